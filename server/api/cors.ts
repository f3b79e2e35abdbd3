/**
 * CORS for `/api/*`: a browser on a clinic's own site may call the API, no other site may read the
 * answers. Origins come from each clinic's `allowedOrigins` (exact, or `https://*.example.com` for
 * its subdomains). A preflight and `GET /api/clinics/:id` cannot know the clinic from the body, so
 * they are allowed when any clinic allows the origin; a chat answer is then narrowed to the clinic
 * it was for. Requests without an Origin header (server to server, curl) are untouched.
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

export function clinicCors(): MiddlewareHandler<AppEnv> {
  const allowAnyClinic = cors({
    origin: (origin, c) => (anyClinicAllows(c.var.clinics, origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type'],
    maxAge: PREFLIGHT_MAX_AGE,
  })
  return async (c, next) => {
    const preflight = await allowAnyClinic(c, next)
    if (preflight) return preflight
    const origin = c.req.header('origin')
    const clinic = c.var.clinic
    if (origin && clinic && !originAllowed(origin, c.var.clinics.get(clinic)?.knowledge.config.allowedOrigins ?? [])) {
      c.res.headers.delete('Access-Control-Allow-Origin')
    }
  }
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
