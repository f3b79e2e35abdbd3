/**
 * The knowledge pipeline on the MedQuAD library: how long parsing and indexing take (what
 * `npm run build` does), how big the prebuilt index is (raw and gzip), and how long a fresh
 * process takes to load it, with its heap after. Medians of several runs.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { loadKnowledge } from '../server/knowledge/load-knowledge.ts'
import { buildClinicIndex, type ClinicIndex } from '../server/engine/search-index.ts'
import { writePrebuilt } from '../server/knowledge/prebuilt.ts'
import { median, repeat } from './stats.ts'

export interface KnowledgeFigures {
  articles: number
  sections: number
  passages: number
  buildMs: number
  indexBytes: number
  indexGzipBytes: number
  loadMs: number
  heapAfterLoad: number
  rssAfterLoad: number
}

export async function benchKnowledge(root: string, prebuiltDir: string, runs: number): Promise<{ figures: KnowledgeFigures; index: ClinicIndex }> {
  let index: ClinicIndex | undefined
  const builds = await repeat(runs, async () => {
    const started = performance.now()
    const [source] = await loadKnowledge(root)
    index = buildClinicIndex(source!.knowledge, source!.vocabulary)
    return performance.now() - started
  })
  const manifest = await writePrebuilt(root, [index!], prebuiltDir)
  const file = path.join(prebuiltDir, manifest.clinics[0]!.file)
  const raw = readFileSync(file)
  const loads = await repeat(runs, () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/load-prebuilt.ts', file], { encoding: 'utf8' })
    return JSON.parse(output) as { ms: number; heapUsed: number; rss: number }
  })
  const { articles, sections, passages } = index!.knowledge
  return {
    index: index!,
    figures: {
      articles: articles.length,
      sections: sections.length,
      passages: passages.length,
      buildMs: median(builds),
      indexBytes: raw.length,
      indexGzipBytes: gzipSync(raw).length,
      loadMs: median(loads.map((l) => l.ms)),
      heapAfterLoad: median(loads.map((l) => l.heapUsed)),
      rssAfterLoad: median(loads.map((l) => l.rss)),
    },
  }
}
