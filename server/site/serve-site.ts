/**
 * Serves the built widget and the demo clinic site from dist/public (Node only; the app itself
 * stays free of runtime imports). Widget files get `Access-Control-Allow-Origin: *`, because the
 * panel is an ES module and modules are fetched with CORS; their
 * `Cross-Origin-Resource-Policy: cross-origin` comes with the app's security headers
 * (server/api/security-headers.ts), like every other security header.
 * widget.js keeps a stable name, so it is cached briefly; the panel's name carries its content
 * hash, so it is cached for good. Precompressed .br/.gz files written by the build are preferred.
 *
 * ```ts
 * createApp({ clinics, site: serveSite('dist/public') })
 * ```
 */
import type { MiddlewareHandler } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { isWidgetFile } from './widget-files.ts'

export const SITE_DIR = 'dist/public'

/** Files in the site folder that are rules for Workers Static Assets (scripts/build/asset-rules.ts). */
export const ASSET_RULE_FILES = ['/_headers', '/.assetsignore']

export const CACHE = {
  /** widget.js: the URL clinics embed; a fix reaches every site within minutes. */
  loader: 'public, max-age=300',
  /** widget-panel-<hash>.js: a new build has a new name. */
  hashed: 'public, max-age=31536000, immutable',
}

export function serveSite(root: string = SITE_DIR): MiddlewareHandler {
  const files = serveStatic({ root, precompressed: true })
  return async (c, next) => {
    // Rules for Workers Static Assets live beside the files; they are not files of the site.
    if (ASSET_RULE_FILES.includes(c.req.path)) return next()
    if (isWidgetFile(c.req.path)) {
      c.header('Access-Control-Allow-Origin', '*')
      c.header('Cache-Control', c.req.path === '/widget.js' ? CACHE.loader : CACHE.hashed)
    }
    return files(c, next)
  }
}
