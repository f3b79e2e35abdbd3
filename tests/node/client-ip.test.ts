import { describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { forwardedClient, nodeClientIp, parseTrustProxy } from '../../server/node/client-ip.ts'

/** What @hono/node-server hands the app as its env: the Node request, with its socket. */
const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress, remotePort: 50000, remoteFamily: 'IPv4' } } })

function clientIpOf(trustedProxies: number, remoteAddress: string, forwardedFor?: string): Promise<string> {
  const app = new Hono()
  const clientIp = nodeClientIp(trustedProxies)
  app.get('/', (c) => c.text(clientIp(c) ?? 'none'))
  const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}
  return Promise.resolve(app.request('/', { headers }, fromSocket(remoteAddress))).then((res) => res.text())
}

describe('nodeClientIp', () => {
  it("is the socket's address, ignoring X-Forwarded-For unless TRUST_PROXY says otherwise", async () => {
    expect(await clientIpOf(0, '203.0.113.9')).toBe('203.0.113.9')
    expect(await clientIpOf(0, '203.0.113.9', '198.51.100.1')).toBe('203.0.113.9')
  })

  it('behind trusted proxies, is the address the outermost one saw', async () => {
    expect(await clientIpOf(1, '10.0.0.2', '198.51.100.1')).toBe('198.51.100.1')
    // A client that sends its own X-Forwarded-For only adds entries on the left.
    expect(await clientIpOf(1, '10.0.0.2', '1.2.3.4, 198.51.100.1')).toBe('198.51.100.1')
    expect(await clientIpOf(2, '10.0.0.2', '1.2.3.4, 198.51.100.1, 10.0.0.3')).toBe('198.51.100.1')
    expect(await clientIpOf(1, '10.0.0.2')).toBe('10.0.0.2')
  })
})

describe('forwardedClient', () => {
  it.each([
    ['2001:db8::1', 1, '2001:db8::1'],
    ['198.51.100.1', 3, '198.51.100.1'],
    ['garbage', 1, undefined],
    ['x'.repeat(100), 1, undefined],
    [' , ', 1, undefined],
  ])('%s with %i proxies -> %s', (header, hops, client) => {
    expect(forwardedClient(header, hops)).toBe(client)
  })
})

describe('parseTrustProxy', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['false', 0],
    ['0', 0],
    ['true', 1],
    ['2', 2],
  ])('%s -> %i', (value, hops) => {
    expect(parseTrustProxy(value)).toBe(hops)
  })

  it('refuses anything else', () => {
    expect(() => parseTrustProxy('yes please')).toThrow(/TRUST_PROXY/)
  })
})
