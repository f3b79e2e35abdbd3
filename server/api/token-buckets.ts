/**
 * Token buckets, one per key, in memory. A key starts with `burst` tokens; each request takes one;
 * tokens come back at `perMinute` a minute, up to `burst`. So a visitor can ask a few questions in
 * a row, and a script that keeps asking is slowed to the steady rate.
 *
 * The map is bounded: every use moves a key to the back, and past `maxKeys` the least recently
 * used keys are dropped. Dropping a key that has been idle long enough to refill costs nothing (a
 * new bucket is a full one); under a flood of addresses the memory stays flat, at the price that
 * the oldest ones start afresh.
 *
 * ```ts
 * const buckets = createTokenBuckets({ maxKeys: 10_000 })
 * buckets.take('203.0.113.7 demo', { perMinute: 20, burst: 10 }) // => 0 (allowed), or seconds to wait
 * ```
 */

export interface BucketLimit {
  /** Tokens that come back each minute: the steady rate. */
  perMinute: number
  /** Tokens a bucket holds: how many requests may come at once. */
  burst: number
}

export interface TokenBucketOptions {
  /** Most keys kept at once; the least recently used go first. */
  maxKeys: number
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number
}

export interface TokenBuckets {
  /** Takes a token for `key`: 0 when there was one, else the whole seconds until there is. */
  take(key: string, limit: BucketLimit): number
  /** How many keys are kept (for tests and the memory bound). */
  size(): number
}

interface Bucket {
  tokens: number
  /** When `tokens` was last brought up to date. */
  at: number
}

const MS_PER_MINUTE = 60_000

export function createTokenBuckets({ maxKeys, now = Date.now }: TokenBucketOptions): TokenBuckets {
  const buckets = new Map<string, Bucket>()
  return {
    take(key, { perMinute, burst }) {
      const time = now()
      const previous = buckets.get(key)
      // Re-inserting moves the key to the back: the map's order is least recently used first.
      buckets.delete(key)
      const refilled = previous ? previous.tokens + ((time - previous.at) * perMinute) / MS_PER_MINUTE : burst
      const tokens = Math.min(burst, refilled)
      const allowed = tokens >= 1
      buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: time })
      while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!)
      return allowed ? 0 : Math.ceil(((1 - tokens) * MS_PER_MINUTE) / perMinute / 1000)
    },
    size: () => buckets.size,
  }
}
