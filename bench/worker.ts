/**
 * The Worker against Cloudflare's limits (128 MB of memory, 1 s for the global scope, 10 ms of CPU
 * a request on the free plan, 3 MB compressed on the free plan and 10 MB paid), in real workerd
 * (Miniflare), for the demo clinic and for the MedQuAD library:
 *
 * - bundle size, raw and gzip;
 * - start-up: how much longer workerd takes to be ready with the bundle than with an empty Worker
 *   (the difference is the bundle's global scope: parsing the index and loading it);
 * - memory: the workerd process's resident size after start-up, against an empty Worker's;
 * - time per request: one request in flight at a time, new questions (no answer cache hits);
 *   the handler does no I/O, so this is its CPU time plus Miniflare's dispatch overhead, which
 *   the health check shows.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Readable } from 'node:stream'
import { Miniflare } from 'miniflare'
import { bundleWorker } from '../scripts/build/worker-bundle.ts'
import type { ClinicIndex } from '../server/engine/search-index.ts'
import { median, percentile, repeat } from './stats.ts'

export interface WorkerRow {
  library: string
  bundleBytes: number
  bundleGzipBytes: number
  startupMs: number
  rssBytes: number
  baselineRssBytes: number
  requestP50: number
  requestP95: number
  healthP50: number
}

const COMPATIBILITY_DATE = '2026-04-20'
const EMPTY_WORKER = 'export default { fetch() { return new Response("ok") } }'

export async function benchWorker(library: string, indexes: ClinicIndex[], clinic: string, messages: string[], runs: number): Promise<WorkerRow> {
  // Inside the project: workerd will not read a module from above its starting directory.
  const dir = path.join('dist', 'bench', library.replace(/\W+/g, '-').toLowerCase())
  mkdirSync(dir, { recursive: true })
  const bundle = path.join(dir, 'worker.mjs')
  await bundleWorker({ indexes, outFile: bundle })
  const empty = path.join(dir, 'empty.mjs')
  writeFileSync(empty, EMPTY_WORKER)
  const raw = readFileSync(bundle)

  const start = async (scriptPath: string) => {
    const started = performance.now()
    const mf = new Miniflare({
      modules: true,
      scriptPath,
      compatibilityDate: COMPATIBILITY_DATE,
      bindings: { RATE_LIMIT: 'off' },
      // The Worker's access log would flood the benchmark's output.
      handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
        stdout.resume()
        stderr.resume()
      },
    })
    await mf.ready
    return { mf, ms: performance.now() - started, rss: workerdRss() }
  }
  const startups = await repeat(runs, async () => {
    const baseline = await start(empty)
    await baseline.mf.dispose()
    const loaded = await start(bundle)
    await loaded.mf.dispose()
    return { extra: loaded.ms - baseline.ms, rss: loaded.rss, baselineRss: baseline.rss }
  })

  const { mf } = await start(bundle)
  try {
    const time = async (init: () => Promise<{ text(): Promise<string> }>) => {
      const started = performance.now()
      await (await init()).text()
      return performance.now() - started
    }
    const chat = (message: string) => () =>
      mf.dispatchFetch('http://127.0.0.1/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clinic, message }) })
    for (const message of messages.slice(0, 20)) await time(chat(`${message} (warm-up)`))
    const requests: number[] = []
    for (const message of messages) requests.push(await time(chat(message)))
    const health: number[] = []
    for (let i = 0; i < 50; i++) health.push(await time(() => mf.dispatchFetch('http://127.0.0.1/healthz')))
    return {
      library,
      bundleBytes: raw.length,
      bundleGzipBytes: gzipSync(raw).length,
      startupMs: median(startups.map((s) => s.extra)),
      rssBytes: median(startups.map((s) => s.rss)),
      baselineRssBytes: median(startups.map((s) => s.baselineRss)),
      requestP50: percentile(requests, 0.5),
      requestP95: percentile(requests, 0.95),
      healthP50: percentile(health, 0.5),
    }
  } finally {
    await mf.dispose()
  }
}

/** Resident size of the (one) workerd process this benchmark started, from /proc. */
function workerdRss(): number {
  const pids = execFileSync('pgrep', ['-P', String(process.pid), 'workerd'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean)
  const status = readFileSync(`/proc/${pids[pids.length - 1]}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
}
