/**
 * How the browser tests talk to the widget, as a visitor would: by role and accessible name,
 * through the open shadow root (playwright's locators pierce it).
 *
 * ```ts
 * const chat = widgetOn(page)
 * await chat.launcher.click()
 * const reply = await chat.ask('What are the side effects?')
 * await expect(reply.locator('blockquote')).toHaveCount(1)
 * ```
 */
import type { Locator, Page } from 'playwright-core'

export function widgetOn(page: Page) {
  const root = page.locator('verbatim-chat')
  const replies = root.locator('.message.assistant:not(.greeting):not(.typing)')
  const input = root.getByRole('textbox', { name: 'Your question' })
  return {
    root,
    launcher: root.getByRole('button', { name: /chat/i }).first(),
    dialog: root.getByRole('dialog'),
    log: root.getByRole('log'),
    input,
    replies,
    crisisCard: root.getByRole('region', { name: /alone|help now/i }),
    /** Sends `question` with the keyboard and resolves with the reply that comes back. */
    async ask(question: string): Promise<Locator> {
      const before = await replies.count()
      await input.fill(question)
      await input.press('Enter')
      const reply = replies.nth(before)
      await reply.waitFor()
      return reply
    },
  }
}
