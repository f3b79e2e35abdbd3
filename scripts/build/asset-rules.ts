/**
 * Writes the rules Workers Static Assets follow for the site's files (dist/public/_headers and
 * .assetsignore), so that on Cloudflare widget.js and the demo pages carry the very headers the
 * Node server gives them. The headers are not written out by hand: they are read off the app's
 * own middleware (security headers, and the widget files' CORS and caching), so the two runtimes
 * cannot drift apart.
 *
 * ```ts
 * await writeAssetRules('dist/public', ['widget.js', 'widget-panel-ABCD.js'])
 * ```
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Hono } from 'hono'
import { securityHeaders } from '../../server/api/security-headers.ts'
import { CACHE } from '../../server/site/serve-site.ts'

/** Pages of the demo site, as Workers Static Assets match them (no overlap with widget files). */
const PAGE_RULES = ['/', '/index.html', '/site.css', '/articles/*']

export async function writeAssetRules(dir: string, widgetFiles: readonly string[]): Promise<void> {
  const app = new Hono()
  app.use(securityHeaders())
  app.get('*', (c) => c.text(''))
  const headersOf = async (file: string) => {
    const response = await app.request(file)
    return [...response.headers].filter(([name]) => !['content-type', 'content-length'].includes(name))
  }
  const block = (rule: string, headers: [string, string][]) => [rule, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  const blocks: string[] = []
  for (const file of widgetFiles) {
    const url = `/${file}`
    const caching: [string, string][] = [
      ['access-control-allow-origin', '*'],
      ['cache-control', file === 'widget.js' ? CACHE.loader : CACHE.hashed],
    ]
    blocks.push(block(url, [...(await headersOf(url)), ...caching]))
  }
  const page = await headersOf('/')
  for (const rule of PAGE_RULES) blocks.push(block(rule, page))
  await writeFile(path.join(dir, '_headers'), `# Written by npm run build (scripts/build/asset-rules.ts).\n${blocks.join('\n\n')}\n`)
  // Precompressed copies are for the Node server; Cloudflare compresses by itself.
  await writeFile(path.join(dir, '.assetsignore'), '*.gz\n*.br\n')
}
