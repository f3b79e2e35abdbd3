/**
 * The widget as a guest on someone else's page: a hostile stylesheet, a strict Content-Security-
 * Policy, a single-page app loading it twice, the data-* options and the JS API, and what it must
 * never do to the page (globals, global CSS, third-party requests, cookies).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { embedPage, startWorld, type World } from './harness.ts'
import { widgetOn } from './widget-page.ts'

let world: World
let context: BrowserContext

beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(() => context?.close())

async function visit(path: string, html: string, headers?: Record<string, string>): Promise<Page> {
  world.site.page(path, html, headers)
  context = await world.newContext()
  const page = await context.newPage()
  await page.goto(`${world.site.origin}${path}`)
  return page
}

const HOSTILE_CSS = `<style>
* { all: unset !important; }
html { font-size: 64px !important; }
body { font: 40px/3 serif !important; color: red !important; }
div { display: none !important; }
button, input { display: none !important; font-size: 8px !important; }
[role] { visibility: hidden !important; }
body > * { display: none !important; opacity: 0 !important; transform: translateY(-9999px) !important; }
</style>`

describe('on a hostile page', () => {
  it('still shows a usable launcher and panel', async () => {
    const page = await visit('/hostile', embedPage(world.api, { head: HOSTILE_CSS }))
    const chat = widgetOn(page)
    const box = (await chat.launcher.boundingBox())!
    const viewport = page.viewportSize()!
    expect(box.width).toBe(60)
    expect(viewport.width - (box.x + box.width)).toBe(20)
    await chat.launcher.click()
    const reply = await chat.ask('What side effects does ketamine have?')
    expect(await reply.locator('blockquote').first().isVisible()).toBe(true)
    expect(await chat.input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px')
    expect(await reply.locator('.text').evaluate((el) => getComputedStyle(el).fontSize)).toBe('15px')
  })
})

describe('under a strict Content-Security-Policy', () => {
  it('works with scripts and connections only from its own origin, no unsafe-inline or unsafe-eval', async () => {
    const csp = `default-src 'none'; script-src ${world.api}; connect-src ${world.api}; style-src 'self'; img-src 'self'`
    world.site.page('/csp', embedPage(world.api), { 'content-security-policy': csp })
    context = await world.newContext()
    const page = await context.newPage()
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    await page.goto(`${world.site.origin}/csp`)
    const chat = widgetOn(page)
    await chat.launcher.click()
    const reply = await chat.ask('What side effects does ketamine have?')
    await reply.locator('blockquote').first().waitFor()
    // Styles applied (a constructed stylesheet is allowed where <style> would be blocked).
    expect(await chat.launcher.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('50%')
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  })
})

describe('on the host page', () => {
  it('leaves no globals but window.Verbatim, no global CSS, no cookies, and talks to no third party', async () => {
    world.site.page('/clean', embedPage(world.api))
    context = await world.newContext()
    const page = await context.newPage()
    const origins = new Set<string>()
    page.on('request', (request) => origins.add(new URL(request.url()).origin))
    await page.addInitScript(() => Object.assign(window, { globalsBefore: Object.getOwnPropertyNames(window) }))
    await page.goto(`${world.site.origin}/clean`)
    const chat = widgetOn(page)
    await chat.launcher.click()
    await (await chat.ask('What side effects does ketamine have?')).locator('blockquote').first().waitFor()

    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { globalsBefore: string[] }).globalsBefore)
      return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== 'globalsBefore')
    })
    expect(added).toEqual(['Verbatim'])
    expect(await page.evaluate(() => [document.styleSheets.length, document.adoptedStyleSheets.length])).toEqual([0, 0])
    expect(await context.cookies()).toEqual([])
    expect([...origins].sort()).toEqual([world.api, world.site.origin].sort())
  })

  it('makes one widget when the script is loaded twice (a single-page app changing route)', async () => {
    const page = await visit('/twice', embedPage(world.api, { body: `<h1>App</h1><script src="${world.api}/widget.js" data-clinic="demo" async></script>` }))
    await widgetOn(page).launcher.waitFor()
    await page.evaluate((src) => {
      const again = document.createElement('script')
      again.src = src
      again.dataset.clinic = 'demo'
      document.head.append(again)
      return new Promise((done) => (again.onload = done))
    }, `${world.api}/widget.js`)
    expect(await page.locator('verbatim-chat').count()).toBe(1)
  })
})

describe('options and JS API', () => {
  it('takes colour, side, title, greeting and z-index from data-* attributes', async () => {
    const attributes = { 'data-color': '#7c3aed', 'data-position': 'bottom-left', 'data-title': 'Ask Lakeside', 'data-greeting': 'Hello from the test.', 'data-z-index': '5' }
    const page = await visit('/options', embedPage(world.api, { attributes }))
    const chat = widgetOn(page)
    const box = (await chat.launcher.boundingBox())!
    expect(box.x).toBe(20)
    expect(await chat.launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(124, 58, 237)')
    expect(await chat.root.evaluate((el) => getComputedStyle(el).zIndex)).toBe('5')
    await chat.launcher.click()
    expect(await chat.dialog.getByRole('heading', { level: 2 }).textContent()).toBe('Ask Lakeside')
    expect(await chat.log.textContent()).toContain('Hello from the test.')
  })

  it("defaults to the clinic's name and greeting from GET /api/clinics/:id", async () => {
    const chat = widgetOn(await visit('/defaults', embedPage(world.api)))
    await chat.launcher.click()
    expect(await chat.dialog.getByRole('heading', { level: 2 }).textContent()).toBe('Lakeside Ketamine Clinic (demo)')
    expect(await chat.dialog.textContent()).toMatch(/automated assistant.*quoting our articles/i)
  })

  it('opens on load with data-open, without taking focus from the page', async () => {
    const chat = widgetOn(await visit('/open', embedPage(world.api, { attributes: { 'data-open': '' } })))
    await chat.dialog.waitFor()
    expect(await chat.root.evaluate(() => document.activeElement === document.body)).toBe(true)
  })

  it('window.Verbatim opens, asks, closes and destroys', async () => {
    const page = await visit('/api', embedPage(world.api))
    const chat = widgetOn(page)
    await chat.launcher.waitFor()
    await page.evaluate(() => window.Verbatim!.ask('What side effects does ketamine have?'))
    await chat.replies.first().locator('blockquote').first().waitFor()
    expect(await chat.dialog.isVisible()).toBe(true)
    await page.evaluate(() => window.Verbatim!.close())
    expect(await chat.dialog.isHidden()).toBe(true)
    await page.evaluate(() => window.Verbatim!.open())
    expect(await chat.dialog.isVisible()).toBe(true)
    await page.evaluate(() => window.Verbatim!.destroy())
    expect(await page.locator('verbatim-chat').count()).toBe(0)
    expect(await page.evaluate(() => window.Verbatim)).toBeUndefined()
  })
})
