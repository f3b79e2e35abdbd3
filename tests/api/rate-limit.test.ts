import { beforeAll, describe, expect, it } from 'vitest'
import { createClinicRegistry } from '../../server/api/clinic-registry.ts'
import { RATE_LIMIT_DEFAULTS } from '../../server/api/rate-limit.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { demoApp, postChat, type App } from '../helpers/app.ts'
import { demoIndex } from '../helpers/demo.ts'

const QUESTION = 'What are the side effects?'
const { burst } = RATE_LIMIT_DEFAULTS

/** Requests say who they are from in a test header; the real entries use the socket or a CDN header. */
const clientIp = (c: { req: { header(name: string): string | undefined } }) => c.req.header('x-test-client')

let demo: ClinicIndex
beforeAll(async () => {
  demo = await demoIndex()
})

function limitedApp(now = () => 0, clinics = [demo]) {
  return demoApp({ clinics: createClinicRegistry(clinics), clientIp, rateLimit: { now } })
}

function ask(app: App, { client = '192.0.2.1', clinic = 'demo', message = QUESTION, origin }: { client?: string; clinic?: string; message?: string; origin?: string } = {}) {
  return postChat(app, { clinic, message }, { 'content-type': 'application/json', 'x-test-client': client, ...(origin ? { origin } : {}) })
}

async function exhaust(app: App, options: Parameters<typeof ask>[1] = {}) {
  for (let i = 0; i < burst; i++) expect((await ask(app, options)).status).toBe(200)
}

describe('the chat rate limit', () => {
  it('answers a burst, then 429 with Retry-After and a JSON error', async () => {
    const app = await limitedApp()
    await exhaust(app)
    const res = await ask(app)
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBe(Math.ceil(60 / RATE_LIMIT_DEFAULTS.perMinute))
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('rate_limited')
    expect(body.error.message).toMatch(/wait 3 seconds/)
  })

  it('lets the client in again once the bucket refills', async () => {
    let time = 0
    const app = await limitedApp(() => time)
    await exhaust(app)
    expect((await ask(app)).status).toBe(429)
    time += 3_000
    expect((await ask(app)).status).toBe(200)
    expect((await ask(app)).status).toBe(429)
  })

  it.each([
    ['self-harm', 'I want to end my life', 'self_harm'],
    ['emergency', 'my friend took too many pills and is not breathing', 'emergency'],
  ])('always answers a crisis message (%s), even over the limit', async (_, message, reason) => {
    const app = await limitedApp()
    await exhaust(app)
    expect((await ask(app)).status).toBe(429)
    const res = await ask(app, { message })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ type: 'crisis', reason })
    // Only crisis messages: a dosing question is still refused.
    expect((await ask(app, { message: 'how many mg will I get?' })).status).toBe(429)
  })

  it('counts each client address and each clinic apart', async () => {
    const other = { ...demo, knowledge: { ...demo.knowledge, id: 'other' } }
    const app = await limitedApp(() => 0, [demo, other])
    await exhaust(app)
    expect((await ask(app)).status).toBe(429)
    expect((await ask(app, { client: '192.0.2.2' })).status).toBe(200)
    expect((await ask(app, { clinic: 'other' })).status).toBe(200)
  })

  it("uses the clinic's own rateLimit from clinic.json", async () => {
    const strict = { ...demo, knowledge: { ...demo.knowledge, config: { ...demo.knowledge.config, rateLimit: { perMinute: 1, burst: 2 } } } }
    const app = await limitedApp(() => 0, [strict])
    expect((await ask(app)).status).toBe(200)
    expect((await ask(app)).status).toBe(200)
    const res = await ask(app)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
  })

  it('takes no token for a request refused before it (bad body, unknown clinic)', async () => {
    const app = await limitedApp()
    for (let i = 0; i < burst * 3; i++) {
      expect((await postChat(app, { clinic: 'demo' }, { 'content-type': 'application/json', 'x-test-client': '192.0.2.1' })).status).toBe(400)
      expect((await ask(app, { clinic: 'nope' })).status).toBe(404)
    }
    await exhaust(app)
  })

  it('lets an allowed origin read the 429 and its Retry-After', async () => {
    const app = await limitedApp()
    const origin = 'http://127.0.0.1:8787'
    await exhaust(app, { origin })
    const res = await ask(app, { origin })
    expect(res.status).toBe(429)
    expect(res.headers.get('access-control-allow-origin')).toBe(origin)
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After/)
  })

  it('is off with rateLimit: false', async () => {
    const app = await demoApp({ clientIp, rateLimit: false })
    for (let i = 0; i < burst * 3; i++) expect((await ask(app)).status).toBe(200)
  })
})
