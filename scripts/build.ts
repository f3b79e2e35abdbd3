/**
 * `npm run build`: the widget bundle and the demo clinic site into dist/public, precompressed,
 * plus dist/widget-build.json (which files, from which sources) for the size test. Prints the
 * sizes a visitor downloads.
 *
 *   npm run build                     # DEMO_CLINIC=demo KNOWLEDGE_DIR=knowledge by default
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { bundleWidget } from './build/widget-bundle.ts'
import { buildDemoSite } from './build/demo-site.ts'
import { gzipSize, precompress } from './build/compress.ts'

export const DIST = 'dist'
export const PUBLIC_DIR = path.join(DIST, 'public')
export const MANIFEST = path.join(DIST, 'widget-build.json')

export async function buildAll(): Promise<void> {
  await rm(PUBLIC_DIR, { recursive: true, force: true })
  await mkdir(PUBLIC_DIR, { recursive: true })
  const widget = await bundleWidget(PUBLIC_DIR)
  await buildDemoSite({ knowledgeDir: process.env.KNOWLEDGE_DIR ?? 'knowledge', clinicId: process.env.DEMO_CLINIC ?? 'demo', outDir: PUBLIC_DIR })
  await precompress(PUBLIC_DIR)
  await writeFile(MANIFEST, JSON.stringify(widget, null, 2))
  for (const file of widget.files) {
    const data = await readFile(path.join(PUBLIC_DIR, file))
    console.log(`${file.padEnd(32)} ${(data.length / 1024).toFixed(1).padStart(5)} KB, ${(gzipSize(data) / 1024).toFixed(1).padStart(4)} KB gzip`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll()
