/**
 * CORS for `/api/*`: a browser on a clinic's own site may call the API, no other site may read the
 * answers. Origins come from each clinic's `allowedOrigins` (exact, or `https://*.example.com` for
 * its subdomains). A preflight cannot know the clinic (it has no body), so it is allowed when any
 * clinic allows the origin; once the clinic is known (a chat, `GET /api/clinics/:id`) the answer is
 * narrowed to that clinic's origins. An origin that is not allowed gets no CORS header at all, not
 * even a preflight's methods. Every response says `Vary: Origin`, so a cache never hands one site's
 * grant to another. Requests without an Origin header (server to server, curl) are untouched:
 * CORS only governs what a browser lets a page read, and those callers are not pages.
 *
 * ```ts
 * app.use('/api/*', clinicCors())
 * originAllowed('https://www.lakeside.example', ['https://*.lakeside.example']) // => true
 * ```
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'
import type { ClinicRegistry } from './clinic-registry.ts'

/** Browsers may cache a preflight this long (seconds), so a chat costs one round trip, not two. */
const PREFLIGHT_MAX_AGE = 600

/** Response headers a page may read besides the safelisted ones: when to retry, and the id to report. */
const EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id']

/** What a page on an allowed origin may send: GET the clinic's configuration, POST a chat in JSON. */
const ALLOWED_METHODS = 'GET,POST'
const ALLOWED_HEADERS = 'Content-Type'

export function clinicCors(): MiddlewareHandler<AppEnv> {
  return async function clinicCors(c, next) {
    const origin = c.req.header('origin')
    if (c.req.method === 'OPTIONS' && origin !== undefined && c.req.header('access-control-request-method')) {
      // A preflight has no body, so no clinic: allowed when any clinic allows the origin.
      const headers: Record<string, string> = { Vary: 'Origin, Access-Control-Request-Headers' }
      if (anyClinicAllows(c.get('clinics'), origin)) {
        Object.assign(headers, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
        })
      }
      return c.body(null, 204, headers)
    }
    await next()
    // Headers go onto the finished response's own headers. Touching c.res before the route runs
    // (as hono/cors does), or c.header() after it, makes the Node adapter build a full Response
    // for every answer, which costs more than answering from the cache.
    const headers = c.res.headers
    headers.append('Vary', 'Origin')
    if (origin !== undefined && allowedFor(c.get('clinics'), origin, c.get('clinic'))) {
      headers.set('Access-Control-Allow-Origin', origin)
      headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(','))
    }
  }
}

/** Whether `origin` may read this response: its clinic's origins when known, else any clinic's. */
function allowedFor(clinics: ClinicRegistry, origin: string, clinic: string | undefined): boolean {
  if (clinic === undefined) return anyClinicAllows(clinics, origin)
  return originAllowed(origin, clinics.get(clinic)?.knowledge.config.allowedOrigins ?? [])
}

function anyClinicAllows(clinics: ClinicRegistry, origin: string): boolean {
  return clinics.ids().some((id) => originAllowed(origin, clinics.get(id)?.knowledge.config.allowedOrigins ?? []))
}

/** True when `origin` is one of `patterns`, or a subdomain of a `scheme://*.host[:port]` pattern. */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  const candidate = parseOrigin(origin)
  if (!candidate) return false
  return patterns.some((pattern) => {
    const wildcard = pattern.includes('://*.')
    const allowed = parseOrigin(pattern.replace('://*.', '://'))
    if (!allowed || allowed.protocol !== candidate.protocol || allowed.port !== candidate.port) return false
    return wildcard ? candidate.hostname.endsWith(`.${allowed.hostname}`) : candidate.hostname === allowed.hostname
  })
}

/** A URL that is exactly an http(s) origin (no path, user, query or default port), or undefined. */
function parseOrigin(text: string): URL | undefined {
  const url = URL.canParse(text) ? new URL(text) : undefined
  return url && /^https?:$/.test(url.protocol) && `${url.protocol}//${url.host}` === text.toLowerCase() ? url : undefined
}
