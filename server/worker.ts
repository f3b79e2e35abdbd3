/**
 * Cloudflare Worker entry: the same app as Node, on clinics imported from the prebuilt index
 * that `npm run build` bundles in (no file system, no indexing at start-up: Workers give the
 * global scope 1 s and each request 10 ms of CPU). Static files (widget.js, the demo site) come
 * from Workers Static Assets before the Worker runs (wrangler.toml [assets], with the same
 * security headers in dist/public/_headers). Wiring only.
 */
import type { ExecutionContext } from 'hono'
import { createApp } from './app.ts'
import { createClinicRegistry } from './api/clinic-registry.ts'
import { createAnswerCache } from './api/answer-cache.ts'
import { loadClinicIndex, type ClinicIndex, type SerializedClinicIndex } from './engine/search-index.ts'
import { hostArticles } from './knowledge/host-articles.ts'
// The prebuilt indexes as one JSON text (see scripts/build/worker-bundle.ts): JSON.parse is far
// quicker than evaluating the same data as a JavaScript object literal.
import prebuilt from 'verbatim:prebuilt-clinics'

export interface WorkerEnv {
  /** The clinic whose articles the demo site serves; its citations point at this origin. */
  DEMO_CLINIC?: string
  /** "off" switches the chat rate limit off (local evaluation and benchmarks only). */
  RATE_LIMIT?: string
}

const indexes: ClinicIndex[] = (JSON.parse(prebuilt) as SerializedClinicIndex[]).map(loadClinicIndex)
// One cache for the isolate, shared by the apps below (it is keyed by clinic index).
const answerCache = createAnswerCache()

/** One app per origin the Worker is reached at, because the demo clinic's citations name it. */
const apps = new Map<string, ReturnType<typeof createApp>>()
const MAX_ORIGINS = 8

function appFor(origin: string, env: WorkerEnv) {
  let app = apps.get(origin)
  if (!app) {
    const demo = env.DEMO_CLINIC ?? 'demo'
    const clinics = createClinicRegistry(indexes.map((i) => (i.knowledge.id === demo ? { ...i, knowledge: hostArticles(i.knowledge, origin) } : i)))
    app = createApp({
      clinics,
      answerCache,
      // Cloudflare puts the visitor's address in CF-Connecting-IP; nobody else can set it.
      clientIp: (c) => c.req.header('cf-connecting-ip'),
      rateLimit: env.RATE_LIMIT === 'off' ? false : {},
    })
    if (apps.size < MAX_ORIGINS) apps.set(origin, app)
  }
  return app
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    return appFor(new URL(request.url).origin, env).fetch(request, env, ctx)
  },
}
