/**
 * `npm run build`: validates all knowledge and writes the prebuilt search index (dist/knowledge),
 * then the widget bundle and the demo clinic site into dist/public, precompressed, with the rules
 * Workers Static Assets follow (_headers), plus dist/widget-build.json (which files, from which
 * sources) for the size test, and the Cloudflare Worker with the same prebuilt index
 * (dist/worker/worker.mjs). Prints the sizes. A broken article stops the build with its file,
 * line and field.
 *
 *   npm run build                                   # KNOWLEDGE_DIR=knowledge DEMO_CLINIC=demo
 *   KNOWLEDGE_DIR=../shared/corpora npm run build   # prebuild the MedQuAD library (the demo site
 *                                                   # still comes from knowledge/, DEMO_KNOWLEDGE_DIR)
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { bundleWidget } from './build/widget-bundle.ts'
import { buildDemoSite } from './build/demo-site.ts'
import { gzipSize, precompress } from './build/compress.ts'
import { writeAssetRules } from './build/asset-rules.ts'
import { bundleWorker } from './build/worker-bundle.ts'
import { buildClinics } from '../server/knowledge/build-clinics.ts'
import { writePrebuilt } from '../server/knowledge/prebuilt.ts'
import { KnowledgeError } from '../server/knowledge/errors.ts'

export const DIST = 'dist'
export const PUBLIC_DIR = path.join(DIST, 'public')
export const MANIFEST = path.join(DIST, 'widget-build.json')

export async function buildAll(): Promise<void> {
  const knowledgeDir = process.env.KNOWLEDGE_DIR ?? 'knowledge'
  const started = performance.now()
  const workerIndexes = await buildClinics(knowledgeDir)
  const manifest = await writePrebuilt(knowledgeDir, workerIndexes)
  for (const clinic of manifest.clinics) console.log(`${`knowledge/${clinic.file}`.padEnd(32)} ${(clinic.bytes / 1e6).toFixed(1).padStart(5)} MB`)
  console.log(`knowledge indexed in ${Math.round(performance.now() - started)} ms`)
  await rm(PUBLIC_DIR, { recursive: true, force: true })
  await mkdir(PUBLIC_DIR, { recursive: true })
  const widget = await bundleWidget(PUBLIC_DIR)
  // The demo site is the demo clinic's, from knowledge/, whichever library the index was built from.
  await buildDemoSite({ knowledgeDir: process.env.DEMO_KNOWLEDGE_DIR ?? 'knowledge', clinicId: process.env.DEMO_CLINIC ?? 'demo', outDir: PUBLIC_DIR })
  await precompress(PUBLIC_DIR)
  await writeAssetRules(PUBLIC_DIR, widget.files)
  await writeFile(MANIFEST, JSON.stringify(widget, null, 2))
  const worker = await bundleWorker({ indexes: workerIndexes })
  console.log(`${'worker/worker.mjs'.padEnd(32)} ${(worker.bytes / 1e6).toFixed(1).padStart(5)} MB (Cloudflare Worker, ${workerIndexes.map((i) => i.knowledge.id).join(', ')})`)
  for (const file of widget.files) {
    const data = await readFile(path.join(PUBLIC_DIR, file))
    console.log(`${file.padEnd(32)} ${(data.length / 1024).toFixed(1).padStart(5)} KB, ${(gzipSize(data) / 1024).toFixed(1).padStart(4)} KB gzip`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildAll()
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error
    console.error(`Knowledge error: ${error.message}`)
    process.exit(1)
  }
}
