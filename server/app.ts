/**
 * The Verbatim app: a Hono app built from its dependencies, with no runtime of its own. The Node
 * and Worker entries only load clinics and hand them in.
 *
 * ```ts
 * const app = createApp({ clinics: createClinicRegistry([index]) })
 * const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ clinic: 'demo', message: 'What are the side effects?' }) })
 * ```
 */
import { Hono, type MiddlewareHandler } from 'hono'
import type { ClinicRegistry } from './api/clinic-registry.ts'
import { ApiError } from './api/errors.ts'
import type { AppEnv } from './api/env.ts'
import { chatRoutes } from './api/chat.ts'
import { clinicRoutes } from './api/clinics.ts'
import { healthRoutes } from './api/health.ts'
import { clinicCors } from './api/cors.ts'
import type { AnswerCache } from './api/answer-cache.ts'

export interface AppDependencies {
  clinics: ClinicRegistry
  /** Recent answers (api/answer-cache.ts); a fresh one by default. */
  answerCache?: AnswerCache
  /** Serves the widget bundle and the demo site (the Node entry passes a static-file handler). */
  site?: MiddlewareHandler
}

export function createApp({ clinics, site, answerCache }: AppDependencies): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(async (c, next) => {
    c.set('clinics', clinics)
    await next()
  })
  app.use('/api/*', clinicCors())
  app.route('/', healthRoutes())
  app.route('/', clinicRoutes())
  app.route('/', chatRoutes(answerCache))
  // After the API, so that a file in the site can never shadow an endpoint.
  if (site) app.use('*', site)

  app.notFound((c) => c.json(new ApiError(404, 'not_found', 'No such endpoint. The API is POST /api/chat and GET /api/clinics/:id.').toJSON(), 404))
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toJSON(), error.status)
    // A bug, never the client's fault: say so without leaking internals.
    console.error(JSON.stringify({ level: 'error', msg: 'unhandled', error: String(error) }))
    return c.json(new ApiError(500, 'internal', 'Something went wrong on our side.').toJSON(), 500)
  })
  return app
}
