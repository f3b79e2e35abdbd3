/**
 * The access log: one entry per request, written when the response is ready. It is built only
 * from what the app decided (route pattern, status, clinic, the kind of reply), never from what
 * the visitor sent, so a message cannot reach the log by accident: there is no field to put it in.
 *
 * ```ts
 * app.use(accessLog(jsonLines()))
 * // {"time":"…","event":"request","requestId":"…","method":"POST","route":"/api/chat","status":200,"clinic":"demo","type":"answer","ms":2.4}
 * ```
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'
import type { Log } from '../log.ts'

export function accessLog(log: Log): MiddlewareHandler<AppEnv> {
  return async function accessLog(c, next) {
    const started = performance.now()
    await next()
    const clinic = c.get('clinic')
    const outcome = c.get('outcome')
    log({
      event: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      // The pattern of the deepest route the request reached: "/api/clinics/:id", or "*" for the site.
      route: c.req.routePath,
      status: c.res.status,
      ...(clinic ? { clinic } : {}),
      ...(outcome ?? {}),
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  }
}
