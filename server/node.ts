/**
 * Node entry: read the knowledge folder, build each clinic's index, serve the app, and (when
 * `npm run build` has made dist/public) the widget and the demo clinic's site. Wiring only: each
 * piece it wires lives in server/node/ (client address, reload, file watching, shutdown).
 *
 *   PORT=8787 HOST=127.0.0.1 KNOWLEDGE_DIR=knowledge npm start
 *   PUBLIC_URL=https://demo.example DEMO_CLINIC=demo npm start   # where citation links should point
 *   PREBUILT_DIR=dist/knowledge                                 # where npm run build put the index
 *   ANSWER_CACHE=2000                                           # answers kept per clinic; 0 turns it off
 *   TRUST_PROXY=1 npm start       # behind one reverse proxy: the client is in X-Forwarded-For
 *   RATE_LIMIT=off npm start      # no chat rate limit (local evaluation and benchmarks only)
 *   npm run dev                   # the same, reloading the knowledge when a file under it changes
 *   kill -HUP <pid>               # reload the knowledge now; broken knowledge keeps the last good one
 */
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { createAnswerCache } from './api/answer-cache.ts'
import { createClinicRegistry } from './api/clinic-registry.ts'
import { loadClinics, DEFAULT_KNOWLEDGE_DIR } from './knowledge/build-clinics.ts'
import { KnowledgeError } from './knowledge/errors.ts'
import { jsonLines } from './log.ts'
import { bufferedLines } from './node/buffered-lines.ts'
import { serveSite, SITE_DIR } from './site/serve-site.ts'
import { nodeClientIp, parseTrustProxy } from './node/client-ip.ts'
import { createKnowledgeReload } from './node/knowledge-reload.ts'
import { asBuilt, hostDemoClinic, type PrepareIndexes } from './node/prepare-indexes.ts'
import { watchKnowledge } from './node/watch-knowledge.ts'
import { shutDownOnSignals } from './node/graceful-shutdown.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
const root = process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR
const demoClinic = process.env.DEMO_CLINIC ?? 'demo'
const watchFiles = process.argv.includes('--watch-knowledge')
// A wrong TRUST_PROXY stops the server at once, saying what it should be.
const trustedProxies = parseTrustProxy(process.env.TRUST_PROXY)
// One write per turn of the event loop (buffered-lines.ts), not one per request.
const log = jsonLines(bufferedLines())

try {
  const started = performance.now()
  const { indexes, prebuilt } = await loadClinics(root, process.env.PREBUILT_DIR)
  const clinics = createClinicRegistry(indexes)
  const hasSite = existsSync(SITE_DIR)
  const answerCache = createAnswerCache(process.env.ANSWER_CACHE === undefined ? undefined : Number(process.env.ANSWER_CACHE))
  const app = createApp({
    clinics,
    answerCache,
    log,
    clientIp: nodeClientIp(trustedProxies),
    rateLimit: process.env.RATE_LIMIT === 'off' ? false : {},
    ...(hasSite ? { site: serveSite(SITE_DIR) } : {}),
  })
  let prepare: PrepareIndexes = asBuilt
  const reload = createKnowledgeReload({ root, clinics, prepare: (built) => prepare(built), log })
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    if (hasSite) {
      // The demo clinic's articles are pages of this site: citations must link here. The port is
      // known only now (PORT=0 picks one), and no request has been served yet.
      prepare = hostDemoClinic(demoClinic, process.env.PUBLIC_URL ?? `http://${hostname}:${info.port}`)
      clinics.replace(prepare(indexes))
    }
    const list = indexes.map((i) => `${i.knowledge.id} (${i.knowledge.articles.length} articles)`).join(', ')
    const site = hasSite ? '' : ` (no ${SITE_DIR}: run npm run build for the widget and demo site)`
    const watching = watchFiles ? `; reloading on changes under ${root}` : ''
    const from = prebuilt ? 'prebuilt index' : 'Markdown'
    console.log(`Verbatim on http://${hostname}:${info.port} (pid ${process.pid}): ${list}; ready in ${Math.round(performance.now() - started)} ms from the ${from}${site}${watching}`)
  })
  process.on('SIGHUP', () => void reload())
  const watcher = watchFiles ? watchKnowledge(root, () => void reload()) : undefined
  // serve() makes a node:http server unless told otherwise.
  shutDownOnSignals(server as Server, { log, onStop: () => watcher?.close() })
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error
  console.error(`Knowledge error: ${error.message}`)
  process.exit(1)
}
