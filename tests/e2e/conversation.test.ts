/**
 * The conversation in a real browser: a clinic's page on one origin, the widget and API on
 * another (CORS), and the replies a visitor must get: quotes with working citations, the
 * consultation for dosing, crisis resources that stay, honest "not covered", errors with retry.
 */
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { embedPage, startWorld, type World } from './harness.ts'
import { widgetOn } from './widget-page.ts'

let world: World
let context: BrowserContext
let page: Page
let chat: ReturnType<typeof widgetOn>

beforeAll(async () => {
  world = await startWorld()
  world.site.page('/', embedPage(world.api))
})
afterAll(() => world?.stop())

beforeEach(async () => {
  context = await world.newContext()
  page = await context.newPage()
  chat = widgetOn(page)
  await page.goto(`${world.site.origin}/`)
  await chat.launcher.click()
  await chat.input.waitFor()
})
afterEach(() => context.close())

describe('conversation', () => {
  it('answers with a verbatim quote whose citation opens the article at the quoted sentence', async () => {
    const reply = await chat.ask('What side effects does ketamine have?')
    await expect.poll(() => reply.locator('blockquote').first().textContent()).toMatch(/^Possible side effects include dissociation/)
    const citation = reply.getByRole('link', { name: /How IV Ketamine Affects Anxiety.*Safety and Considerations/ })
    const href = await citation.getAttribute('href')
    expect(href).toMatch(new RegExp(`^${world.api}/articles/how-iv-ketamine-affects-anxiety#:~:text=Possible`))
    expect(await citation.getAttribute('target')).toBe('_blank')
    expect(await citation.getAttribute('rel')).toContain('noopener')
    expect(await reply.getByRole('link', { name: /FDA Label/ }).getAttribute('href')).toMatch(/^https:\/\/dailymed\.nlm\.nih\.gov\//)

    const [article] = await Promise.all([context.waitForEvent('page'), citation.click()])
    await article.waitForLoadState()
    expect(new URL(article.url()).pathname).toBe('/articles/how-iv-ketamine-affects-anxiety')
    expect(await article.locator('h1').textContent()).toBe('How IV Ketamine Affects Anxiety')
    expect(await article.getByText(/Possible side effects include dissociation/).count()).toBe(1)
    // The text fragment scrolled the article down to the quoted sentence.
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  })

  it("shows the study a quote cites, e.g. 'Glue et al., 2017'", async () => {
    const reply = await chat.ask('Does ketamine help social anxiety?')
    await expect.poll(() => reply.locator('figcaption').first().textContent()).toContain('Glue et al., 2017')
  })

  it('answers a dosing question with the reason and a consultation button', async () => {
    const reply = await chat.ask('How many mg of ketamine will I get?')
    expect(await reply.textContent()).toMatch(/decided by our medical team/)
    const consultation = reply.getByRole('link', { name: /Schedule a free virtual consultation/ })
    expect(await consultation.getAttribute('href')).toBe('https://demo-clinic.example/consultation')
    expect(await reply.locator('blockquote').count()).toBe(0)
  })

  it('pins crisis resources above the input, and keeps them there after later messages', async () => {
    const reply = await chat.ask('I want to die')
    expect(await reply.textContent()).toMatch(/988/)
    const card = chat.crisisCard
    await card.waitFor()
    const hrefs = await card.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(expect.arrayContaining(['tel:911', 'tel:988', 'sms:988', 'sms:741741?&body=HOME', 'https://988lifeline.org/chat/']))

    await chat.ask('What side effects does ketamine have?')
    await chat.ask('hello')
    expect(await card.isVisible()).toBe(true)
    // Pinned, not in the transcript: it sits between the conversation and the question box.
    const [cardBox, inputBox] = [await card.boundingBox(), await chat.input.boundingBox()]
    expect(cardBox!.y + cardBox!.height).toBeLessThanOrEqual(inputBox!.y)
    expect(await chat.log.getByRole('region').count()).toBe(0)
  })

  it("says plainly when the articles don't cover a question, and offers the consultation and suggestions", async () => {
    const reply = await chat.ask('Do you treat OCD?')
    expect(await reply.textContent()).toMatch(/articles don't cover/)
    await reply.getByRole('link', { name: /consultation/ }).waitFor()
    const suggestions = chat.root.getByRole('group', { name: 'Suggested questions' }).getByRole('button')
    expect(await suggestions.count()).toBeGreaterThan(0)
  })

  it('asks a suggested question with one click', async () => {
    const suggestion = chat.root.getByRole('group', { name: 'Suggested questions' }).getByRole('button').first()
    const question = (await suggestion.textContent())!
    await suggestion.click()
    await chat.replies.first().locator('blockquote').first().waitFor()
    expect(await chat.root.locator('.message.user').first().textContent()).toContain(question)
  })

  it('sends the earlier turns as history, so a follow-up is understood', async () => {
    await chat.ask('What side effects does ketamine have?')
    const request = page.waitForRequest((r) => r.url().endsWith('/api/chat'))
    const reply = await chat.ask('are they permanent?')
    const body = (await request).postDataJSON() as { history: { role: string; text: string }[] }
    expect(body.history.map((t) => t.role)).toEqual(['user', 'assistant'])
    expect(body.history[0]!.text).toBe('What side effects does ketamine have?')
    expect(body.history[1]!.text).toMatch(/Possible side effects include/)
    expect(await reply.locator('blockquote').first().textContent()).toMatch(/usually short-lived/)
  })

  it('shows a typing indicator while waiting, then an error with retry when the network fails', async () => {
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    let calls = 0
    await page.route('**/api/chat', async (route) => {
      calls++
      if (calls === 1) {
        await held
        await route.abort('failed')
      } else await route.continue()
    })
    await chat.input.fill('What side effects does ketamine have?')
    await chat.input.press('Enter')
    await chat.root.getByText('Looking through our articles…').waitFor()
    release()
    const retry = chat.root.getByRole('button', { name: 'Try again' })
    await retry.waitFor()
    expect(await chat.root.getByText(/didn't reach us/).count()).toBe(1)
    await retry.click()
    await chat.replies.first().locator('blockquote').first().waitFor()
    expect(await retry.count()).toBe(0)
    expect(await chat.root.locator('.message.user').count()).toBe(1)
  })

  it('renders whatever the API says as text: no HTML, no script links', async () => {
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          type: 'answer',
          text: '<img src=x onerror="window.pwned=1">',
          quotes: [{ text: '<b>bold</b>', title: 'T', section: 'S', url: 'javascript:window.pwned=1', sources: [{ label: 'L', url: 'data:text/html,x' }] }],
          consultation: { url: 'javascript:window.pwned=1', label: 'Book' },
        }),
      }),
    )
    const reply = await chat.ask('anything')
    expect(await reply.locator('.text').textContent()).toBe('<img src=x onerror="window.pwned=1">')
    expect(await reply.locator('img, b').count()).toBe(0)
    expect(await reply.locator('a').count()).toBe(0)
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
  })
})
