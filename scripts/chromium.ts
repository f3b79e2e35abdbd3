/**
 * Debian's Chromium driven by playwright-core, for the browser tests and the screenshots.
 * `npx playwright install` cannot download browsers here, so .ci/run installs the `chromium`
 * package and this launches it with everything that would reach the network switched off.
 *
 * ```ts
 * const browser = await launchChromium()
 * const page = await browser.newPage()
 * ```
 */
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}
