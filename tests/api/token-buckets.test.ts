import { describe, expect, it } from 'vitest'
import { createTokenBuckets } from '../../server/api/token-buckets.ts'

function clock() {
  let time = 1_000_000
  return { now: () => time, advance: (ms: number) => (time += ms) }
}

const limit = { perMinute: 6, burst: 3 } // a token every 10 s

describe('createTokenBuckets', () => {
  it('allows a burst, then says how many seconds until the next token', () => {
    const { now, advance } = clock()
    const buckets = createTokenBuckets({ maxKeys: 10, now })
    expect([1, 2, 3].map(() => buckets.take('a', limit))).toEqual([0, 0, 0])
    expect(buckets.take('a', limit)).toBe(10)
    advance(4_000)
    expect(buckets.take('a', limit)).toBe(6)
    advance(6_000)
    expect(buckets.take('a', limit)).toBe(0)
    expect(buckets.take('a', limit)).toBe(10)
  })

  it('refills at the steady rate, never above the burst', () => {
    const { now, advance } = clock()
    const buckets = createTokenBuckets({ maxKeys: 10, now })
    buckets.take('a', limit)
    advance(3_600_000)
    expect([1, 2, 3, 4].map(() => buckets.take('a', limit))).toEqual([0, 0, 0, 10])
  })

  it('keeps keys apart', () => {
    const buckets = createTokenBuckets({ maxKeys: 10, now: clock().now })
    for (let i = 0; i < 3; i++) buckets.take('a', limit)
    expect(buckets.take('a', limit)).toBeGreaterThan(0)
    expect(buckets.take('b', limit)).toBe(0)
  })

  it('stays within maxKeys under a flood of keys, dropping the least recently used', () => {
    const buckets = createTokenBuckets({ maxKeys: 100, now: clock().now })
    for (let i = 0; i < 3; i++) buckets.take('regular', limit)
    for (let i = 0; i < 10_000; i++) {
      buckets.take(`flood-${i}`, limit)
      // The regular visitor keeps coming back, so stays among the most recent keys.
      if (i % 50 === 0) buckets.take('regular', limit)
    }
    expect(buckets.size()).toBe(100)
    expect(buckets.take('regular', limit)).toBeGreaterThan(0)
    // flood-0 was dropped long ago: it starts afresh with a full bucket.
    expect([1, 2, 3].map(() => buckets.take('flood-0', limit))).toEqual([0, 0, 0])
  })
})
