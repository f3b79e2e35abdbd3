/**
 * What visitors expect of a chat widget: keyboard-only use, screen-reader semantics checked by
 * axe-core, the conversation kept across page loads (and nothing stored before they open it, and
 * no breakage when storage is blocked), a phone-sized screen, reduced motion and dark mode.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { embedPage, startWorld, type World } from './harness.ts'
import { widgetOn } from './widget-page.ts'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let world: World
let context: BrowserContext

beforeAll(async () => {
  world = await startWorld()
  world.site.page('/', embedPage(world.api, { body: '<header><a href="#main">Skip to content</a></header><main id="main"><h1>Lakeside Clinic</h1><p>Welcome.</p></main>' }))
})
afterAll(() => world?.stop())
afterEach(() => context?.close())

async function visit(options?: BrowserContextOptions): Promise<Page> {
  context = await world.newContext(options)
  const page = await context.newPage()
  await page.goto(`${world.site.origin}/`)
  return page
}

/** Which element has focus, looking inside the widget's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    return `${element?.tagName.toLowerCase()}${element?.id ? `#${element.id}` : ''}${element?.className ? `.${String(element.className).split(' ').join('.')}` : ''}`
  })
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document)
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

describe('keyboard', () => {
  it('goes from the launcher to an answer and its citation, and Esc returns to the launcher', async () => {
    const page = await visit()
    const chat = widgetOn(page)
    await chat.launcher.waitFor()
    for (let i = 0; i < 5 && (await focused(page)) !== 'button.launcher'; i++) await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button.launcher')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe('input#vb-input')
    await page.keyboard.type('What side effects does ketamine have?')
    await page.keyboard.press('Enter')
    await chat.replies.first().locator('blockquote').first().waitFor()
    for (let i = 0; i < 12 && !(await focused(page)).includes('citation'); i++) await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('a.citation')
    await page.keyboard.press('Escape')
    expect(await chat.dialog.isHidden()).toBe(true)
    expect(await focused(page)).toBe('button.launcher')
    expect(await chat.launcher.getAttribute('aria-expanded')).toBe('false')
  })
})

describe('accessibility', () => {
  it('names its parts: launcher, dialog, live log, labelled textbox, send button', async () => {
    const chat = widgetOn(await visit())
    expect(await chat.launcher.getAttribute('aria-label')).toMatch(/chat/i)
    await chat.launcher.click()
    expect(await chat.launcher.getAttribute('aria-expanded')).toBe('true')
    expect(await chat.log.getAttribute('aria-live')).toBe('polite')
    await chat.dialog.getByRole('button', { name: 'Send' }).waitFor()
    await chat.dialog.getByRole('textbox', { name: 'Your question' }).waitFor()
    expect(await chat.dialog.textContent()).toContain('Information from our articles, not medical advice. In an emergency call 911. In crisis, call or text 988.')
    // The safety net under triage: 911 and 988 are one tap away before anything is asked.
    expect(await chat.dialog.locator('.disclaimer a[href="tel:911"]').count()).toBe(1)
    expect(await chat.dialog.locator('.disclaimer a[href="tel:988"]').count()).toBe(1)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations (${colorScheme}, with an answer and the crisis card)`, async () => {
      const page = await visit({ colorScheme })
      const chat = widgetOn(page)
      await chat.launcher.waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await chat.launcher.click()
      await (await chat.ask('What side effects does ketamine have?')).locator('blockquote').first().waitFor()
      await chat.ask('I want to die')
      await chat.ask('how many mg do I need?')
      await chat.crisisCard.waitFor()
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})

describe('conversation across page loads', () => {
  it('stores nothing before the widget is opened, then keeps the conversation across a reload', async () => {
    const page = await visit()
    const chat = widgetOn(page)
    await chat.launcher.hover() // loads and mounts the panel (if idle time hasn't already), which must still write nothing
    await chat.root.locator('.panel').waitFor({ state: 'attached' })
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([0, 0, ''])

    await chat.launcher.click()
    await (await chat.ask('What side effects does ketamine have?')).locator('blockquote').first().waitFor()
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['verbatim:demo'])
    expect(await page.evaluate(() => localStorage.length)).toBe(0)

    await page.reload()
    await chat.dialog.waitFor()
    expect(await chat.root.locator('.message.user').textContent()).toBe('You: What side effects does ketamine have?')
    expect(await chat.replies.first().locator('blockquote').first().textContent()).toMatch(/^Possible side effects include/)
  })

  it('keeps working when the browser blocks storage', async () => {
    context = await world.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError')
        },
      })
    })
    await page.goto(`${world.site.origin}/`)
    const chat = widgetOn(page)
    await chat.launcher.click()
    await (await chat.ask('What side effects does ketamine have?')).locator('blockquote').first().waitFor()
    expect(errors).toEqual([])
  })
})

describe('small screens and preferences', () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

  it('fills a phone screen, with a 16 px input that stays inside the visible viewport', async () => {
    const page = await visit(phone)
    const chat = widgetOn(page)
    await chat.launcher.tap()
    await chat.input.waitFor()
    await chat.dialog.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)))
    expect(await chat.dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 })
    expect(await chat.input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px')

    // An on-screen keyboard shrinks the visual viewport, not the layout viewport: emulate that.
    await page.evaluate(() => {
      const viewport = window.visualViewport!
      Object.defineProperty(viewport, 'height', { get: () => 500 })
      viewport.dispatchEvent(new Event('resize'))
    })
    await expect.poll(async () => (await chat.dialog.boundingBox())!.height).toBe(500)
    const input = (await chat.input.boundingBox())!
    expect(input.y + input.height).toBeLessThanOrEqual(500)
  })

  const insideWidget = (page: Page) => page.evaluate(() => document.activeElement?.tagName === 'VERBATIM-CHAT')

  it('keeps Tab inside the panel while it covers a phone screen', async () => {
    const page = await visit(phone)
    const chat = widgetOn(page)
    await chat.launcher.tap()
    await chat.input.waitFor()
    await chat.input.focus()
    expect(await chat.dialog.getAttribute('aria-modal')).toBe('true')
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      expect(await insideWidget(page)).toBe(true)
    }
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab')
      expect(await insideWidget(page)).toBe(true)
    }
  })

  it('lets Tab leave the panel on a desktop, where the page stays usable beside it', async () => {
    const desktop = await visit()
    const desktopChat = widgetOn(desktop)
    await desktopChat.launcher.click()
    await desktopChat.input.focus()
    expect(await desktopChat.dialog.getAttribute('aria-modal')).toBeNull()
    const left: boolean[] = []
    for (let i = 0; i < 12; i++) {
      await desktop.keyboard.press('Tab')
      left.push(!(await insideWidget(desktop)))
    }
    expect(left).toContain(true)
  })

  it('respects reduced motion and dark mode', async () => {
    const page = await visit({ reducedMotion: 'reduce', colorScheme: 'dark' })
    const chat = widgetOn(page)
    await chat.launcher.click()
    await chat.input.waitFor()
    expect(await chat.dialog.evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
    expect(await chat.dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(23, 25, 28)')
  })
})
