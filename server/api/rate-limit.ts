/**
 * The chat rate limit: a token bucket per client address and clinic (token-buckets.ts), with the
 * clinic's own `rateLimit` from clinic.json, else RATE_LIMIT_DEFAULTS. Over the limit is a 429 with
 * `Retry-After`, except for a crisis: a message that triage reads as an emergency or self-harm is
 * always answered, because the one reply that must never be refused is the one with 988 and 911.
 *
 * It runs after the body is read (readChatRequest), so it knows the clinic and the message; bad
 * requests are refused before they reach it and cost no token.
 *
 * ```ts
 * chatRoutes({ limit: chatRateLimit({ clientIp: (c) => c.req.header('cf-connecting-ip') }) })
 * ```
 */
import type { Context, MiddlewareHandler } from 'hono'
import { triage } from '../engine/triage/triage.ts'
import { ApiError } from './errors.ts'
import type { ChatEnv } from './env.ts'
import { createTokenBuckets, type BucketLimit } from './token-buckets.ts'

export const RATE_LIMIT_DEFAULTS = {
  /**
   * A person reads each answer before asking again: a handful of questions a minute at most. 20
   * leaves room for several people behind one address (a clinic's waiting room, an office).
   */
  perMinute: 20,
  /** Quick follow-ups in a row ("and how long does it last?") never meet the limit. */
  burst: 10,
  /** Client/clinic pairs kept in memory (about 100 bytes each): a flood of addresses stays flat. */
  maxClients: 10_000,
} as const

/** Who is asking: an address the runtime vouches for, or undefined when it cannot tell. */
export type ClientIp = (c: Context) => string | undefined

export interface RateLimitOptions {
  /** The limit for clinics whose clinic.json sets none. */
  defaults?: BucketLimit
  maxClients?: number
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number
}

export interface ChatRateLimitOptions extends RateLimitOptions {
  clientIp: ClientIp
}

export function chatRateLimit({ clientIp, defaults = RATE_LIMIT_DEFAULTS, maxClients = RATE_LIMIT_DEFAULTS.maxClients, now }: ChatRateLimitOptions): MiddlewareHandler<ChatEnv> {
  const buckets = createTokenBuckets({ maxKeys: maxClients, ...(now ? { now } : {}) })
  return async function rateLimit(c, next) {
    const { clinic, index, message } = c.get('chat')
    // Without an address (a runtime that cannot tell) all such requests share one bucket.
    const wait = buckets.take(`${clientIp(c) ?? 'unknown'} ${clinic}`, index.knowledge.config.rateLimit ?? defaults)
    if (wait > 0 && !isCrisis(message)) {
      throw new ApiError(
        429,
        'rate_limited',
        `Too many messages in a short time. Please wait ${wait} second${wait === 1 ? '' : 's'} and try again.`,
        { 'Retry-After': String(wait) },
      )
    }
    await next()
  }
}

/** For when the limit is switched off (RATE_LIMIT=off for local evaluation and benchmarks). */
export const noRateLimit: MiddlewareHandler<ChatEnv> = async function noRateLimit(_, next) {
  await next()
}

function isCrisis(message: string): boolean {
  const kind = triage(message)?.kind
  return kind === 'emergency' || kind === 'self_harm'
}
