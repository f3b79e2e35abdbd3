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
import { cors } from 'hono/cors'
import type { AppEnv } from './env.ts'
import type { ClinicRegistry } from './clinic-registry.ts'

/** Browsers may cache a preflight this long (seconds), so a chat costs one round trip, not two. */
const PREFLIGHT_MAX_AGE = 600

/** Response headers a page may read besides the safelisted ones: when to retry, and the id to report. */
const EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id']

export function clinicCors(): MiddlewareHandler<AppEnv> {
  const allowAnyClinic = cors({
    origin: (origin, c) => (anyClinicAllows(c.var.clinics, origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE,
  })
  return async function clinicCors(c, next) {
    const preflight = await allowAnyClinic(c, next)
    const origin = c.req.header('origin')
    if (origin && !allowedFor(c.var.clinics, origin, c.var.clinic)) {
      // Both: Hono copies the context's headers onto a response returned by a middleware.
      withoutCors(c.res.headers)
      if (preflight) withoutCors(preflight.headers)
    }
    return preflight
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

/** Removes every Access-Control-* header (Vary stays: the answer did depend on the Origin). */
function withoutCors(headers: Headers): void {
  for (const name of [...headers.keys()]) if (name.startsWith('access-control-')) headers.delete(name)
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
