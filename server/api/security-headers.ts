/**
 * Security headers on every response, chosen by what is being served (hono/secure-headers does
 * the writing). All get `nosniff`, HSTS and the rest of its defaults; then:
 *
 * - the API (`/api/*`, `/healthz`): no referrer, never framed, a CSP that lets a JSON answer do
 *   nothing if it is ever opened as a page;
 * - the widget's files: `Cross-Origin-Resource-Policy: cross-origin`, because every clinic's site
 *   loads widget.js from here (secure-headers' default, same-origin, would block exactly that);
 * - the demo site's pages: framed only by themselves, and a CSP that allows nothing but this
 *   origin: the widget runs on its own demo under the same strict CSP it promises host pages.
 *
 * ```ts
 * app.use(securityHeaders())
 * ```
 */
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { isWidgetFile } from '../site/widget-files.ts'

const SELF = ["'self'"]
const NONE = ["'none'"]

/** Settings per kind of response; anything not named keeps secure-headers' default. */
export const SECURITY_HEADERS = {
  api: {
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    contentSecurityPolicy: { defaultSrc: NONE, frameAncestors: NONE },
  },
  widget: {
    crossOriginResourcePolicy: 'cross-origin',
    referrerPolicy: 'strict-origin-when-cross-origin',
  },
  page: {
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'SAMEORIGIN',
    contentSecurityPolicy: {
      defaultSrc: SELF,
      scriptSrc: SELF,
      styleSrc: SELF,
      imgSrc: [...SELF, 'data:'],
      connectSrc: SELF,
      objectSrc: NONE,
      baseUri: SELF,
      formAction: SELF,
      frameAncestors: SELF,
    },
  },
} as const satisfies Record<string, Parameters<typeof secureHeaders>[0]>

export type ResponseKind = keyof typeof SECURITY_HEADERS

/** Which settings a path gets. */
export function responseKind(path: string): ResponseKind {
  if (path === '/healthz' || path === '/api' || path.startsWith('/api/')) return 'api'
  return isWidgetFile(path) ? 'widget' : 'page'
}

export function securityHeaders(): MiddlewareHandler {
  const byKind = {
    api: secureHeaders(SECURITY_HEADERS.api),
    widget: secureHeaders(SECURITY_HEADERS.widget),
    page: secureHeaders(SECURITY_HEADERS.page),
  }
  return function securityHeaders(c, next) {
    return byKind[responseKind(c.req.path)](c, next)
  }
}
