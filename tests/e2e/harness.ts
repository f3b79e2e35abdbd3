/**
 * The browser tests' world: the real server (server/node.ts, serving the built widget and the API)
 * on one origin, a clinic's website on another (a tiny node:http server whose pages each test
 * writes), and one Chromium for the whole test file. The demo clinic is copied to a temporary
 * knowledge folder that allows the host site's origin, exactly as a clinic would list its site.
 *
 * ```ts
 * const world = await startWorld()
 * world.site.page('/plain', embedPage(world.api))
 * const page = await (await world.newContext()).newPage()
 * await page.goto(`${world.site.origin}/plain`)
 * ```
 */
import { createServer, type Server as HttpServer } from 'node:http'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import { launchChromium } from '../../scripts/chromium.ts'
import { startServer, type Server } from '../helpers/spawn.ts'

export interface HostSite {
  origin: string
  /** Serves `html` at `pathname`, with extra response headers (e.g. a Content-Security-Policy). */
  page(pathname: string, html: string, headers?: Record<string, string>): void
}

export interface World {
  /** Origin of the Verbatim server: widget.js, the API and the demo articles. */
  api: string
  site: HostSite
  browser: Browser
  /** A fresh browser profile (own storage) that gives up on a missing element after 10 s, not 30. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
  stop(): Promise<void>
}

/** Fail fast: a state that hasn't come after this long won't come. */
const STATE_TIMEOUT_MS = 10_000

export async function startWorld(): Promise<World> {
  const { site, server: siteServer } = await startHostSite()
  const knowledge = mkdtempSync(path.join(tmpdir(), 'verbatim-e2e-'))
  cpSync('knowledge/demo', path.join(knowledge, 'demo'), { recursive: true })
  const clinicFile = path.join(knowledge, 'demo', 'clinic.json')
  const clinic = JSON.parse(readFileSync(clinicFile, 'utf8')) as { allowedOrigins: string[] }
  clinic.allowedOrigins.push(site.origin)
  writeFileSync(clinicFile, JSON.stringify(clinic))

  let server: Server | undefined
  let browser: Browser | undefined
  try {
    server = await startServer({ KNOWLEDGE_DIR: knowledge })
    browser = await launchChromium()
  } catch (error) {
    await server?.stop()
    siteServer.close()
    throw error
  }
  const [api, chromium] = [server.url, browser]
  return {
    api,
    site,
    browser: chromium,
    async newContext(options) {
      const context = await chromium.newContext(options)
      context.setDefaultTimeout(STATE_TIMEOUT_MS)
      return context
    },
    async stop() {
      await chromium.close()
      await server.stop()
      await new Promise((done) => siteServer.close(done))
    },
  }
}

async function startHostSite(): Promise<{ site: HostSite; server: HttpServer }> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>()
  const server = createServer((req, res) => {
    const found = pages.get(new URL(req.url ?? '/', 'http://x').pathname)
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...found.headers }).end(found.html)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { server, site: { origin, page: (pathname, html, headers = {}) => pages.set(pathname, { html, headers }) } }
}

export interface EmbedPageOptions {
  /** Extra data-* attributes for the script tag, e.g. { 'data-position': 'bottom-left' }. */
  attributes?: Record<string, string>
  head?: string
  body?: string
}

/** A clinic's page with the one-line embed. */
export function embedPage(api: string, { attributes = {}, head = '', body = '<h1>Lakeside Clinic</h1><p>Welcome.</p>' }: EmbedPageOptions = {}): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>${head}
<script src="${api}/widget.js" data-clinic="demo"${attrs} async></script></head><body>${body}</body></html>`
}
