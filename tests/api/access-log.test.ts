import { describe, expect, it } from 'vitest'
import type { MiddlewareHandler } from 'hono'
import { jsonLines, type RequestEntry } from '../../server/log.ts'
import { collectLog, demoApp, postChat } from '../helpers/app.ts'

/** Words no route, clinic or reply kind contains, to look for in the log. */
const SECRET = 'Zyxwvut-lithium-overdose-Qqq'

function requests(entries: unknown[]): RequestEntry[] {
  return entries.filter((e): e is RequestEntry => (e as RequestEntry).event === 'request')
}

describe('the access log', () => {
  it('writes one entry per request: id, route pattern, status, clinic, kind of reply, latency', async () => {
    const { log, entries } = collectLog()
    const app = await demoApp({ log })
    const res = await postChat(app, { clinic: 'demo', message: 'What are the side effects?' })
    await app.request('/api/clinics/demo?utm_source=x')
    await postChat(app, { clinic: 'demo', message: 'how many mg will I get?' })
    await app.request('/healthz')
    expect(requests(entries)).toEqual([
      { event: 'request', requestId: res.headers.get('x-request-id'), method: 'POST', route: '/api/chat', status: 200, clinic: 'demo', type: 'answer', ms: expect.any(Number) },
      { event: 'request', requestId: expect.any(String), method: 'GET', route: '/api/clinics/:id', status: 200, clinic: 'demo', ms: expect.any(Number) },
      { event: 'request', requestId: expect.any(String), method: 'POST', route: '/api/chat', status: 200, clinic: 'demo', type: 'redirect', reason: 'dosing', ms: expect.any(Number) },
      { event: 'request', requestId: expect.any(String), method: 'GET', route: '/healthz', status: 200, ms: expect.any(Number) },
    ])
  })

  it('never contains the message, the history, the body or the query string', async () => {
    const { log, entries } = collectLog()
    const app = await demoApp({ log })
    await postChat(app, { clinic: 'demo', message: `${SECRET} can I take this with ketamine?`, history: [{ role: 'user', text: `${SECRET} history` }] })
    await postChat(app, { clinic: 'demo', message: `I want to die ${SECRET}` })
    await postChat(app, { clinic: 'demo', message: SECRET.repeat(100) })
    await postChat(app, { clinic: `clinic-${SECRET}`, message: SECRET })
    await postChat(app, `{"clinic":"demo","message":"${SECRET}"`)
    await app.request(`/api/clinics/${SECRET}?q=${SECRET}`)
    await app.request(`/api/chat?message=${SECRET}`)
    const logged = requests(entries)
    expect(logged.map((e) => e.status)).toEqual([200, 200, 400, 404, 400, 404, 405])
    expect(logged.map((e) => e.route)).toEqual(['/api/chat', '/api/chat', '/api/chat', '/api/chat', '/api/chat', '/api/clinics/:id', '/api/chat'])
    expect(logged[1]).toMatchObject({ type: 'crisis', reason: 'self_harm' })
    expect(JSON.stringify(entries)).not.toMatch(/zyxwvut/i)
  })

  it('logs an unhandled error without its message, which might quote the request', async () => {
    const { log, entries } = collectLog()
    const exploding: MiddlewareHandler = (c) => {
      throw new TypeError(`cannot serve ${c.req.header('x-secret')}`)
    }
    const app = await demoApp({ log, site: exploding })
    const res = await app.request('/articles/a', { headers: { 'x-secret': SECRET } })
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side.' } })
    const error = entries.find((e) => e.event === 'error')
    expect(error).toMatchObject({ event: 'error', requestId: res.headers.get('x-request-id'), route: '/*', error: 'TypeError', stack: expect.any(Array) })
    expect(requests(entries)[0]).toMatchObject({ status: 500 })
    expect(JSON.stringify(entries)).not.toMatch(/zyxwvut/i)
  })
})

describe('jsonLines', () => {
  it('writes each entry as one line of JSON, with the time first', () => {
    const lines: string[] = []
    jsonLines((line) => lines.push(line))({ event: 'shutdown', signal: 'SIGTERM' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toMatch(/\n/)
    const parsed = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(Object.keys(parsed)[0]).toBe('time')
    expect(new Date(parsed.time as string).getTime()).not.toBeNaN()
    expect(parsed).toMatchObject({ event: 'shutdown', signal: 'SIGTERM' })
  })
})
