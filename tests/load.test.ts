/**
 * A bounded load test on loopback: the real server (server/node.ts), 50 connections for 10 s of
 * chat requests (a rotating set of demo questions: answers, redirects, crisis, not covered, small
 * talk, a follow-up). It asserts correctness under load, not speed: no connection error, no
 * timeout, every response a 200 in the contract's shape, no unhandled error in the server's log,
 * and the server's memory (RSS, read from /proc) flat: less than LOAD.maxGrowthMb more after than
 * before (measured after a 2 s warm-up: compiling and sizing the heap is not a leak). The figures
 * go to the test's output for the README's results table.
 *
 * The rate limit stays on, raised for this clinic in a temporary copy of knowledge/demo (its
 * clinic.json `rateLimit`), so the limiter runs on every request as it does in production.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { startServer, type Server } from './helpers/spawn.ts'

const LOAD = {
  connections: 50,
  seconds: 10,
  /** A short run first, so that "before" is a server with its code compiled and its heap sized. */
  warmUpSeconds: 2,
  /** RSS after the run may exceed RSS before it by less than this. */
  maxGrowthMb: 100,
}

const QUESTIONS = [
  { message: 'What side effects does ketamine have?' },
  { message: 'Does ketamine help social anxiety?' },
  { message: 'how many mg will I get?' },
  { message: 'I take lithium, can I do this?' },
  { message: 'I want to end my life' },
  { message: 'is ketamine legal?' },
  { message: 'hello there' },
  { message: 'how long do they last?', history: [{ role: 'user', text: 'What side effects does ketamine have?' }] },
]

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Math.round(Number(kb) / 1024)
}

/** Percentiles of the `ms` of the access log's request lines. */
function percentiles(log: string): { p50: number; p99: number; max: number } {
  const ms = [...log.matchAll(/"event":"request".*"ms":([\d.]+)/g)].map((m) => Number(m[1])).sort((a, b) => a - b)
  return { p50: ms[Math.floor(ms.length / 2)] ?? NaN, p99: ms[Math.floor(ms.length * 0.99)] ?? NaN, max: ms.at(-1) ?? NaN }
}

let server: Server | undefined
afterAll(async () => {
  await server?.stop()
})

describe('load on loopback', () => {
  it(`${LOAD.connections} connections for ${LOAD.seconds} s: no errors, every answer well-formed, flat memory`, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'verbatim-load-'))
    cpSync('knowledge/demo', path.join(root, 'demo'), { recursive: true })
    const clinicFile = path.join(root, 'demo/clinic.json')
    writeFileSync(clinicFile, JSON.stringify({ ...JSON.parse(readFileSync(clinicFile, 'utf8')), rateLimit: { perMinute: 1_000_000, burst: 1_000_000 } }))
    server = await startServer({ KNOWLEDGE_DIR: root })
    const pid = server.child.pid!
    const cold = rssMb(pid)

    let malformed = 0
    const load = (seconds: number) =>
      autocannon({
        url: `${server!.url}/api/chat`,
        connections: LOAD.connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: QUESTIONS.map((question) => ({
          body: JSON.stringify({ clinic: 'demo', ...question }),
          onResponse: (status: number, body: string) => {
            const parsed = JSON.parse(body) as { type?: unknown; quotes?: unknown }
            if (status !== 200 || typeof parsed.type !== 'string' || !Array.isArray(parsed.quotes)) malformed++
          },
        })),
      })
    const warmUp = await load(LOAD.warmUpSeconds)
    const logFrom = server.output().length
    const before = rssMb(pid)
    const samples: number[] = []
    const sampler = setInterval(() => samples.push(rssMb(pid)), 1_000)
    const result = await load(LOAD.seconds)
    clearInterval(sampler)
    const after = rssMb(pid)
    const serverMs = percentiles(server.output().slice(logFrom))

    console.log(
      `load: ${result.requests.total} requests in ${LOAD.seconds} s (${Math.round(result.requests.average)} req/s), ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms ` +
        `(in the server, from its log: p50 ${serverMs.p50} ms, p99 ${serverMs.p99} ms, max ${serverMs.max} ms); ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; ` +
        `RSS ${cold} MB at start, ${before} MB after a ${LOAD.warmUpSeconds} s warm-up (${warmUp.requests.total} requests), ${after} MB after (each second: ${samples.join(', ')})`,
    )
    expect(result.requests.total).toBeGreaterThan(1_000)
    for (const run of [warmUp, result]) {
      expect(run.errors).toBe(0)
      expect(run.timeouts).toBe(0)
      expect(run.non2xx).toBe(0)
    }
    expect(malformed).toBe(0)
    expect(server.output()).not.toMatch(/"event":"error"|"status":5\d\d/)
    expect(after - before).toBeLessThan(LOAD.maxGrowthMb)
  }, 60_000)
})
