import { beforeAll, describe, expect, it } from 'vitest'
import { originAllowed } from '../../server/api/cors.ts'
import { createApp } from '../../server/app.ts'
import { createClinicRegistry } from '../../server/api/clinic-registry.ts'
import { demoIndex } from '../helpers/demo.ts'
import { quiet, type App } from '../helpers/app.ts'

describe('originAllowed', () => {
  const patterns = ['https://lakeside.example', 'https://*.lakeside.example', 'http://127.0.0.1:8787']

  it.each([
    ['https://lakeside.example', true],
    ['https://www.lakeside.example', true],
    ['https://a.b.lakeside.example', true],
    ['http://127.0.0.1:8787', true],
    ['http://lakeside.example', false],
    ['https://lakeside.example:8443', false],
    ['https://evil-lakeside.example', false],
    ['https://lakeside.example.evil.example', false],
    ['http://127.0.0.1:8788', false],
    ['null', false],
    ['https://lakeside.example/path', false],
  ])('%s -> %s', (origin, allowed) => {
    expect(originAllowed(origin, patterns)).toBe(allowed)
  })
})

/** The names of a response's Access-Control-* headers. */
function corsHeaders(res: Response): string[] {
  return [...res.headers.keys()].filter((name) => name.startsWith('access-control-'))
}

describe('CORS on /api/*', () => {
  const other = 'https://other.example'
  let app: App
  beforeAll(async () => {
    const demo = await demoIndex()
    // A second clinic that allows another site, to check that answers are narrowed to their clinic.
    const otherClinic = { ...demo, knowledge: { ...demo.knowledge, id: 'other', config: { ...demo.knowledge.config, allowedOrigins: [other] } } }
    app = createApp({ clinics: createClinicRegistry([demo, otherClinic]), log: quiet })
  })
  const chat = (origin: string, clinic = 'demo') =>
    app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ clinic, message: 'What are the side effects?' }),
    })

  it('answers a preflight from an allowed origin', async () => {
    const res = await app.request('/api/chat', {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:8787', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8787')
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/)
    expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/i)
  })

  it('lets an allowed origin read its clinic and chat answers', async () => {
    const info = await app.request('/api/clinics/demo', { headers: { origin: 'http://127.0.0.1:8787' } })
    expect(info.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8787')
    const res = await chat('http://127.0.0.1:8787')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8787')
  })

  it('gives no CORS header at all to an origin no clinic allows', async () => {
    const res = await chat('https://evil.example')
    expect(res.status).toBe(200)
    expect(corsHeaders(res)).toEqual([])
    const preflight = await app.request('/api/chat', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(corsHeaders(preflight)).toEqual([])
  })

  it("narrows a chat answer and a clinic's configuration to the clinic's own origins", async () => {
    expect((await chat(other, 'other')).headers.get('access-control-allow-origin')).toBe(other)
    expect(corsHeaders(await chat(other, 'demo'))).toEqual([])
    expect((await app.request('/api/clinics/other', { headers: { origin: other } })).headers.get('access-control-allow-origin')).toBe(other)
    expect(corsHeaders(await app.request('/api/clinics/demo', { headers: { origin: other } }))).toEqual([])
  })

  it('lets an allowed page read Retry-After and X-Request-Id', async () => {
    const res = await chat('http://127.0.0.1:8787')
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After,X-Request-Id')
  })

  it.each([
    ['an allowed origin', 'http://127.0.0.1:8787'],
    ['another origin', 'https://evil.example'],
    ['no origin', undefined],
  ])('says Vary: Origin to caches (%s)', async (_, origin) => {
    const headers: Record<string, string> = origin ? { origin } : {}
    for (const res of [await app.request('/api/clinics/demo', { headers }), await app.request('/api/clinics/nope', { headers })]) {
      expect(res.headers.get('vary')).toMatch(/\bOrigin\b/)
    }
  })

  it('leaves requests without an Origin header alone', async () => {
    const res = await app.request('/api/clinics/demo')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})
