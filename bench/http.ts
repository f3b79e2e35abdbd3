/**
 * HTTP throughput: requests per second and latency of `POST /api/chat` against `GET /healthz` on
 * the same server in the same run, so the ratio shows what answering costs. The server is the
 * real Node entry (prebuilt index); the load comes from autocannon in a process of its own
 * (load.ts), so that the benchmark's own heap (the MedQuAD index it has just measured) does not
 * slow the client down; runs alternate between the two routes and the medians are reported.
 */
import type autocannon from 'autocannon'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startServer } from '../tests/helpers/spawn.ts'
import { median, repeat } from './stats.ts'

export interface HttpRow {
  library: string
  route: string
  rps: number
  p50: number
  p99: number
  errors: number
}

export interface HttpOptions {
  library: string
  env: Record<string, string>
  clinic: string
  messages: string[]
  seconds: number
  runs: number
  connections: number
}

/**
 * Three rows per library: answering with the answer cache (the questions repeat, as a clinic's
 * visitors' do), answering every question afresh (ANSWER_CACHE=0: what the engine costs), and
 * the health check.
 */
export async function benchHttp(options: HttpOptions): Promise<HttpRow[]> {
  return [...(await benchServer(options, {}, true)), ...(await benchServer(options, { ANSWER_CACHE: '0' }, false))]
}

async function benchServer(options: HttpOptions, env: Record<string, string>, withHealth: boolean): Promise<HttpRow[]> {
  // The benchmark measures answering, not the abuse limits (which would turn most requests into 429s).
  const server = await startServer({ ...options.env, ...env, RATE_LIMIT: 'off' })
  try {
    const chat = options.messages.map((message) => ({
      method: 'POST' as const,
      path: '/api/chat',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clinic: options.clinic, message }),
    }))
    const health = [{ method: 'GET' as const, path: '/healthz' }]
    const load = (requests: autocannon.Request[], seconds: number) => loadFromChild({ url: server.url, connections: options.connections, duration: seconds, requests })
    await load(chat, 1) // warm-up
    const runs = await repeat(options.runs, async () => ({
      chat: await load(chat, options.seconds),
      health: withHealth ? await load(health, options.seconds) : undefined,
    }))
    const row = (route: string, results: autocannon.Result[]): HttpRow => ({
      library: options.library,
      route,
      rps: median(results.map((r) => r.requests.average)),
      p50: median(results.map((r) => r.latency.p50)),
      p99: median(results.map((r) => r.latency.p99)),
      errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    })
    const chatRoute = env.ANSWER_CACHE === '0' ? 'POST /api/chat, no answer cache' : 'POST /api/chat'
    const rows = [row(chatRoute, runs.map((r) => r.chat))]
    if (withHealth) rows.push(row('GET /healthz', runs.map((r) => r.health!)))
    return rows
  } finally {
    await server.stop()
  }
}

const LOAD_SCRIPT = fileURLToPath(new URL('./load.ts', import.meta.url))

/** Runs autocannon with these options in a fresh process (bench/load.ts) and returns its result. */
function loadFromChild(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', LOAD_SCRIPT, JSON.stringify(options)], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error)
      else resolve(JSON.parse(stdout) as autocannon.Result)
    })
  })
}
