/**
 * Who the client is, for the rate limit, when Node serves the app itself: the address of the TCP
 * connection. Behind a reverse proxy or load balancer every connection comes from the proxy, so
 * with `TRUST_PROXY=<n>` (the number of proxies in front, each appending to X-Forwarded-For) the
 * client is the address the outermost trusted proxy saw. X-Forwarded-For is never read without
 * it: any client can send that header, and a limit keyed on it would be a limit a bot sets itself.
 *
 * ```ts
 * createApp({ clinics, clientIp: nodeClientIp(parseTrustProxy(process.env.TRUST_PROXY)) })
 * forwardedClient('198.51.100.7, 203.0.113.9', 1) // => '203.0.113.9' (what our one proxy saw)
 * ```
 */
import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { ClientIp } from '../api/rate-limit.ts'

/** `TRUST_PROXY`: unset, "0" or "false": none; "true": one; a whole number: that many. */
export function parseTrustProxy(value: string | undefined): number {
  if (value === undefined || value === '' || value === 'false') return 0
  if (value === 'true') return 1
  if (!/^\d+$/.test(value)) throw new Error(`TRUST_PROXY must be a number of proxies, "true" or "false", not "${value.slice(0, 40)}"`)
  return Number(value)
}

export function nodeClientIp(trustedProxies: number): ClientIp {
  return function clientIp(c: Context) {
    const socket = getConnInfo(c).remote.address
    if (trustedProxies === 0) return socket
    return forwardedClient(c.req.header('x-forwarded-for'), trustedProxies) ?? socket
  }
}

/** The entry `hops` from the right of X-Forwarded-For (the leftmost if there are fewer), if it is an address. */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  if (!header) return undefined
  const entries = header.split(',').map((entry) => entry.trim())
  const candidate = entries[Math.max(0, entries.length - hops)]!
  return isAddress(candidate) ? candidate : undefined
}

/** An IPv4 or IPv6 address in the forms proxies write (so a junk header cannot pick its own key). */
function isAddress(text: string): boolean {
  return text.length <= 45 && (/^\d{1,3}(\.\d{1,3}){3}$/.test(text) || (/^[0-9a-f:.]+$/i.test(text) && text.includes(':')))
}
