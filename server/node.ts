/**
 * Node entry: read the knowledge folder, build each clinic's index, serve the app. Wiring only.
 *
 *   PORT=8787 HOST=127.0.0.1 KNOWLEDGE_DIR=knowledge npm start
 */
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { createClinicRegistry } from './api/clinic-registry.ts'
import { buildClinics, DEFAULT_KNOWLEDGE_DIR } from './knowledge/build-clinics.ts'
import { KnowledgeError } from './knowledge/errors.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
const root = process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR

try {
  const started = performance.now()
  const indexes = await buildClinics(root)
  const app = createApp({ clinics: createClinicRegistry(indexes) })
  serve({ fetch: app.fetch, port, hostname }, (info) => {
    const clinics = indexes.map((i) => `${i.knowledge.id} (${i.knowledge.articles.length} articles)`).join(', ')
    console.log(`Verbatim on http://${hostname}:${info.port}: ${clinics}; ready in ${Math.round(performance.now() - started)} ms`)
  })
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error
  console.error(`Knowledge error: ${error.message}`)
  process.exit(1)
}
