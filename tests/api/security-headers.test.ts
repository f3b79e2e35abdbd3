import { beforeAll, describe, expect, it } from 'vitest'
import { serveSite } from '../../server/site/serve-site.ts'
import { demoApp, postChat, type App } from '../helpers/app.ts'
import { tempSite } from '../helpers/temp-site.ts'

let app: App
beforeAll(async () => {
  app = await demoApp({ site: serveSite(tempSite()) })
})

const preflight = () =>
  app.request('/api/chat', { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:8787', 'access-control-request-method': 'POST' } })

describe('security headers', () => {
  it.each([
    ['a chat answer', () => postChat(app, { clinic: 'demo', message: 'What are the side effects?' })],
    ['a 400', () => postChat(app, '{')],
    ['a 404', () => app.request('/api/nope')],
    ['a preflight', preflight],
    ['the health check', () => app.request('/healthz')],
  ])('on the API (%s): nosniff, no referrer, never framed, CORP same-origin', async (_, request) => {
    const res = await request()
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin')
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/)
  })

  it('lets any site load widget.js (CORP cross-origin)', async () => {
    const res = await app.request('/widget.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBeNull()
  })

  it("frames the demo site's pages only on the site itself, under a strict CSP", async () => {
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toMatch(/frame-ancestors 'self'/)
    expect(csp).toMatch(/script-src 'self'/)
    expect(csp).not.toMatch(/unsafe/)
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin')
  })
})

describe('request id', () => {
  it.each([
    ['a chat answer', () => postChat(app, { clinic: 'demo', message: 'hi' })],
    ['a 415', () => postChat(app, 'x', { 'content-type': 'text/plain' })],
    ['a 413', () => postChat(app, { clinic: 'demo', message: 'hi', pad: 'x'.repeat(20_000) })],
    ['a preflight', preflight],
    ['a site file', () => app.request('/widget.js')],
    ['a 404', () => app.request('/nope')],
  ])('is on every response (%s)', async (_, request) => {
    expect((await request()).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('differs between requests, and keeps a well-formed id from a proxy', async () => {
    const [a, b] = await Promise.all([app.request('/healthz'), app.request('/healthz')])
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'))
    const traced = await app.request('/healthz', { headers: { 'x-request-id': 'lb-1234_abc' } })
    expect(traced.headers.get('x-request-id')).toBe('lb-1234_abc')
    const hostile = await app.request('/healthz', { headers: { 'x-request-id': '<script>alert(1)</script>' } })
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})
