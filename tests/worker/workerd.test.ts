/**
 * The Worker in real workerd (Miniflare), running the very bundle `npm run build` writes for
 * `wrangler deploy` (dist/worker/worker.mjs): the same answers as the Node app for every message
 * of the dev set, the same CORS and the same errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Readable } from 'node:stream'
import { Miniflare } from 'miniflare'
import { createApp } from '../../server/app.ts'
import { createClinicRegistry } from '../../server/api/clinic-registry.ts'
import { hostArticles } from '../../server/knowledge/host-articles.ts'
import { WORKER_BUNDLE } from '../../scripts/build/worker-bundle.ts'
import { DEV_SET, demoIndex, readCases } from '../helpers/demo.ts'

/** The Worker's access log lines would flood the test output. */
const quiet = { handleRuntimeStdio: (stdout: Readable, stderr: Readable) => (stdout.resume(), stderr.resume()) }

const ORIGIN = 'http://127.0.0.1:8787'
const SITE = 'http://127.0.0.1:8787' // in the demo clinic's allowedOrigins
const silent = () => {}

let worker: Miniflare
let node: ReturnType<typeof createApp>

beforeAll(async () => {
  worker = new Miniflare({
    modules: true,
    scriptPath: WORKER_BUNDLE,
    compatibilityDate: '2026-04-20',
    bindings: { DEMO_CLINIC: 'demo', RATE_LIMIT: 'off' },
    ...quiet,
  })
  await worker.ready
  const demo = await demoIndex()
  node = createApp({ clinics: createClinicRegistry([{ ...demo, knowledge: hostArticles(demo.knowledge, ORIGIN) }]), rateLimit: false, log: silent })
})
afterAll(() => worker?.dispose())

const chat = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})

async function both(path: string, init?: RequestInit) {
  const [fromWorker, fromNode] = await Promise.all([worker.dispatchFetch(`${ORIGIN}${path}`, init as never), node.request(`${ORIGIN}${path}`, init)])
  return { worker: { status: fromWorker.status, body: await fromWorker.json() }, node: { status: fromNode.status, body: await fromNode.json() } }
}

describe('the Worker in workerd', () => {
  it('answers every dev-set message exactly as the Node app does', async () => {
    const cases = readCases(DEV_SET)
    for (const c of cases) {
      const { worker: w, node: n } = await both('/api/chat', chat({ clinic: 'demo', message: c.message, history: c.history ?? [] }))
      expect(w.status, c.id).toBe(200)
      expect(w.body, c.id).toEqual(n.body)
    }
    expect(cases.length).toBe(36)
  })

  it('links citations to the demo site at its own origin', async () => {
    const res = await worker.dispatchFetch(`${ORIGIN}/api/chat`, chat({ clinic: 'demo', message: 'what are the side effects?' }))
    const body = (await res.json()) as { quotes: { url: string }[] }
    expect(body.quotes[0]!.url).toMatch(new RegExp(`^${ORIGIN}/articles/how-iv-ketamine-affects-anxiety#:~:text=`))
  })

  it.each([
    ['invalid JSON', '/api/chat', chat('{"clinic":'), 400, 'invalid_json'],
    ['a missing field', '/api/chat', chat({ clinic: 'demo' }), 400, 'invalid_request'],
    ['an unknown clinic', '/api/chat', chat({ clinic: 'acme', message: 'hi' }), 404, 'unknown_clinic'],
    ['a body over 16 KB', '/api/chat', chat({ clinic: 'demo', message: 'hi', pad: 'x'.repeat(17_000) }), 413, 'payload_too_large'],
    ['a body that is not JSON', '/api/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' }, 415, 'unsupported_media_type'],
    ['another method', '/api/chat', { method: 'GET' }, 405, 'method_not_allowed'],
    ['an unknown route', '/api/nope', { method: 'GET' }, 404, 'not_found'],
  ])('%s: the same 4xx JSON error as Node', async (_, path, init, status, code) => {
    const { worker: w, node: n } = await both(path, init as RequestInit)
    expect(w.status).toBe(status)
    expect((w.body as { error: { code: string } }).error.code).toBe(code)
    expect(w).toEqual(n)
  })

  it('serves the health check and the public clinic config', async () => {
    expect((await both('/healthz')).worker).toEqual({ status: 200, body: { status: 'ok', clinics: 1 } })
    const { worker: w, node: n } = await both('/api/clinics/demo')
    expect(w).toEqual(n)
  })

  it('grants CORS to the clinic’s own sites only, and answers preflights', async () => {
    const allowed = await worker.dispatchFetch(`${ORIGIN}/api/chat`, chat({ clinic: 'demo', message: 'hi' }, { origin: SITE }))
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(allowed.headers.get('vary')).toMatch(/origin/i)
    const other = await worker.dispatchFetch(`${ORIGIN}/api/chat`, chat({ clinic: 'demo', message: 'hi' }, { origin: 'https://evil.example' }))
    expect(other.status).toBe(200)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await worker.dispatchFetch(`${ORIGIN}/api/chat`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/)
  })

  it('limits each visitor by CF-Connecting-IP, and still answers a crisis over the limit', async () => {
    const limited = new Miniflare({ modules: true, scriptPath: WORKER_BUNDLE, compatibilityDate: '2026-04-20', ...quiet })
    try {
      const ask = (ip: string, message: string) => limited.dispatchFetch(`${ORIGIN}/api/chat`, chat({ clinic: 'demo', message }, { 'cf-connecting-ip': ip }))
      const statuses: number[] = []
      for (let i = 0; i < 12; i++) statuses.push((await ask('203.0.113.7', `what are the side effects? ${i}`)).status)
      expect(statuses).toContain(429)
      expect((await ask('203.0.113.8', 'what are the side effects?')).status).toBe(200)
      const crisis = await ask('203.0.113.7', 'I want to end my life')
      expect(crisis.status).toBe(200)
      expect(((await crisis.json()) as { type: string }).type).toBe('crisis')
    } finally {
      await limited.dispose()
    }
  })
})
