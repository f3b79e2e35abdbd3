/**
 * `wrangler dev` with the project's wrangler.toml, in real workerd: what `npm run dev:worker`
 * serves and `npm run deploy` publishes. The static assets (demo site, widget.js) come from
 * Workers Static Assets with the rules the build wrote (_headers), the API from the Worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

let wrangler: ChildProcess
let base: string

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

beforeAll(async () => {
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  wrangler = spawn('node_modules/.bin/wrangler', ['dev', '--ip', '127.0.0.1', '--port', String(port), '--var', 'RATE_LIMIT:off'], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler dev did not start:\n${output}`)), 90_000)
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes('Ready on')) {
        clearTimeout(timer)
        resolve()
      }
    }
    wrangler.stdout!.on('data', onData)
    wrangler.stderr!.on('data', onData)
    wrangler.on('exit', (code) => reject(new Error(`wrangler dev exited with ${code}:\n${output}`)))
  })
}, 120_000)

afterAll(() => {
  wrangler?.kill('SIGTERM')
})

describe('npm run dev:worker (wrangler dev)', () => {
  it('serves the demo page under its strict CSP', async () => {
    const res = await fetch(`${base}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/<script[^>]+src="\/widget\.js"/)
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
  })

  it('serves widget.js so that any site can load it', async () => {
    const res = await fetch(`${base}/widget.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('does not serve its asset rules as files', async () => {
    expect((await fetch(`${base}/_headers`)).status).toBe(404)
  })

  it('answers POST /api/chat and GET /healthz from the Worker', async () => {
    const res = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clinic: 'demo', message: 'does ketamine help social anxiety?' }) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { quotes: { text: string; url: string }[] }
    expect(body.quotes[0]!.text).toMatch(/^Social Anxiety Disorder/)
    expect(body.quotes[0]!.url.startsWith(`${base}/articles/`)).toBe(true)
    expect(res.headers.get('x-request-id')).toBeTruthy()
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', clinics: 1 })
  })
})
