/**
 * The Verbatim app: a Hono app built from its dependencies, with no runtime of its own. The Node
 * and Worker entries load clinics and hand them in, with what only they can know: who the client
 * is (the socket's address, or the CDN's header) and where the log goes.
 *
 * ```ts
 * const app = createApp({ clinics: createClinicRegistry([index]), clientIp: (c) => c.req.header('cf-connecting-ip') })
 * const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ clinic: 'demo', message: 'What are the side effects?' }) })
 * ```
 */
import { Hono, type MiddlewareHandler } from 'hono'
import { requestId } from 'hono/request-id'
import type { ClinicRegistry } from './api/clinic-registry.ts'
import { ApiError } from './api/errors.ts'
import type { AppEnv } from './api/env.ts'
import { chatRoutes } from './api/chat.ts'
import { clinicRoutes } from './api/clinics.ts'
import { healthRoutes } from './api/health.ts'
import { clinicCors } from './api/cors.ts'
import type { AnswerCache } from './api/answer-cache.ts'
import { accessLog } from './api/access-log.ts'
import { securityHeaders } from './api/security-headers.ts'
import { chatRateLimit, noRateLimit, type ClientIp, type RateLimitOptions } from './api/rate-limit.ts'
import { describeError, jsonLines, type Log } from './log.ts'

export interface AppDependencies {
  clinics: ClinicRegistry
  /** Recent answers (api/answer-cache.ts); a fresh one by default. */
  answerCache?: AnswerCache
  /** Serves the widget bundle and the demo site (the Node entry passes a static-file handler). */
  site?: MiddlewareHandler
  /**
   * The client's address, for the rate limit. Only the runtime knows it (the socket, or a CDN
   * header); without it every client shares one bucket.
   */
  clientIp?: ClientIp
  /** The chat rate limit's defaults (clinics may set their own), or false for none at all. */
  rateLimit?: RateLimitOptions | false
  /** Where log entries go: JSON lines on the console unless given. */
  log?: Log
}

/** Longest X-Request-Id taken from a client or proxy; anything else gets a fresh id. */
const REQUEST_ID_MAX_LENGTH = 128

export function createApp({ clinics, site, answerCache, clientIp = () => undefined, rateLimit = {}, log = jsonLines() }: AppDependencies): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(requestId({ limitLength: REQUEST_ID_MAX_LENGTH }))
  app.use(accessLog(log))
  app.use(securityHeaders())
  app.use(async function provideClinics(c, next) {
    c.set('clinics', clinics)
    await next()
  })
  app.use('/api/*', clinicCors())
  app.route('/', healthRoutes())
  app.route('/', clinicRoutes())
  app.route('/', chatRoutes({ limit: rateLimit === false ? noRateLimit : chatRateLimit({ clientIp, ...rateLimit }), ...(answerCache ? { cache: answerCache } : {}) }))
  // After the API, so that a file in the site can never shadow an endpoint.
  if (site) app.use('*', site)

  app.notFound((c) => c.json(new ApiError(404, 'not_found', 'No such endpoint. The API is POST /api/chat and GET /api/clinics/:id.').toJSON(), 404))
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toJSON(), error.status, error.headers)
    // A bug, never the client's fault: say so without leaking internals, and log where it happened
    // without the error's message, which might quote the request.
    log({ event: 'error', requestId: c.get('requestId'), route: c.req.routePath, ...describeError(error) })
    return c.json(new ApiError(500, 'internal', 'Something went wrong on our side.').toJSON(), 500)
  })
  return app
}
