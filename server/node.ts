/**
 * Node entry: read the knowledge folder, build each clinic's index, serve the app, and (when
 * `npm run build` has made dist/public) the widget and the demo clinic's site. Wiring only.
 *
 *   PORT=8787 HOST=127.0.0.1 KNOWLEDGE_DIR=knowledge npm start
 *   PUBLIC_URL=https://demo.example DEMO_CLINIC=demo npm start   # where citation links should point
 *   TRUST_PROXY=1 npm start       # behind one reverse proxy: the client is in X-Forwarded-For
 *   RATE_LIMIT=off npm start      # no chat rate limit (local evaluation and benchmarks only)
 */
import { existsSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { createClinicRegistry } from './api/clinic-registry.ts'
import { buildClinics, DEFAULT_KNOWLEDGE_DIR } from './knowledge/build-clinics.ts'
import { KnowledgeError } from './knowledge/errors.ts'
import { hostArticles } from './knowledge/host-articles.ts'
import { serveSite, SITE_DIR } from './site/serve-site.ts'
import { nodeClientIp, parseTrustProxy } from './node/client-ip.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
const root = process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR
const demoClinic = process.env.DEMO_CLINIC ?? 'demo'
// A wrong TRUST_PROXY stops the server at once, saying what it should be.
const trustedProxies = parseTrustProxy(process.env.TRUST_PROXY)

try {
  const started = performance.now()
  const indexes = await buildClinics(root)
  const clinics = createClinicRegistry(indexes)
  const hasSite = existsSync(SITE_DIR)
  const app = createApp({
    clinics,
    clientIp: nodeClientIp(trustedProxies),
    rateLimit: process.env.RATE_LIMIT === 'off' ? false : {},
    ...(hasSite ? { site: serveSite(SITE_DIR) } : {}),
  })
  serve({ fetch: app.fetch, port, hostname }, (info) => {
    if (hasSite) {
      // The demo clinic's articles are pages of this site: citations must link here. The port is
      // known only now (PORT=0 picks one), and no request has been served yet.
      const origin = process.env.PUBLIC_URL ?? `http://${hostname}:${info.port}`
      clinics.replace(indexes.map((i) => (i.knowledge.id === demoClinic ? { ...i, knowledge: hostArticles(i.knowledge, origin) } : i)))
    }
    const list = indexes.map((i) => `${i.knowledge.id} (${i.knowledge.articles.length} articles)`).join(', ')
    const site = hasSite ? '' : ` (no ${SITE_DIR}: run npm run build for the widget and demo site)`
    console.log(`Verbatim on http://${hostname}:${info.port}: ${list}; ready in ${Math.round(performance.now() - started)} ms${site}`)
  })
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error
  console.error(`Knowledge error: ${error.message}`)
  process.exit(1)
}
