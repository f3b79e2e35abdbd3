/**
 * `npm run screenshots`: pictures of the widget on the demo site for the README, taken the way
 * the browser tests run it (the real server, Debian's Chromium). Desktop: an answer with its
 * quotes and citations. Phone: the full-screen panel after a crisis message, with the pinned card.
 *
 *   npm run build && npm run screenshots     # writes docs/widget-desktop.png, docs/widget-mobile.png
 */
import { mkdir } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { launchChromium } from './chromium.ts'
import { startServer } from '../tests/helpers/spawn.ts'

const OUT = 'docs'

async function ask(page: Page, question: string) {
  const replies = page.locator('verbatim-chat .message.assistant:not(.greeting):not(.typing)')
  const before = await replies.count()
  await page.getByRole('textbox', { name: 'Your question' }).fill(question)
  await page.keyboard.press('Enter')
  await replies.nth(before).waitFor()
}

async function settle(page: Page) {
  await page.locator('verbatim-chat .panel').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
}

const server = await startServer()
const browser = await launchChromium()
try {
  await mkdir(OUT, { recursive: true })
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 })
  await desktop.goto(`${server.url}/`)
  await desktop.getByRole('button', { name: 'Open chat' }).click()
  await ask(desktop, 'Does ketamine help social anxiety?')
  // Start the picture at the question, so the answer's first quote and citation are in view.
  await desktop.locator('verbatim-chat .log').evaluate((log) => log.scrollTo({ top: (log.querySelector('.message.user') as HTMLElement).offsetTop - (log as HTMLElement).offsetTop - 16 }))
  await settle(desktop)
  await desktop.screenshot({ path: `${OUT}/widget-desktop.png` })

  const phone = await browser.newPage({ viewport: { width: 390, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
  await phone.goto(`${server.url}/`)
  await phone.getByRole('button', { name: 'Open chat' }).tap()
  await ask(phone, 'What side effects does ketamine have?')
  await ask(phone, 'I want to die')
  await settle(phone)
  await phone.screenshot({ path: `${OUT}/widget-mobile.png` })
  console.log(`Wrote ${OUT}/widget-desktop.png and ${OUT}/widget-mobile.png`)
} finally {
  await browser.close()
  await server.stop()
}
