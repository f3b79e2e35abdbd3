/**
 * Remembers recent answers, because visitors of one clinic ask the same few questions over and
 * over ("what are the side effects?") and the engine answers the same question in the same
 * conversation the same way every time. A hit skips the engine and the JSON serialization.
 *
 * Privacy: the cache is keyed by a 64-bit hash of the message and history, never by their text,
 * and holds only responses, which never repeat the visitor's words. It lives in memory, is
 * bounded, and is dropped with the clinic's index when knowledge is reloaded.
 *
 * ```ts
 * const cache = createAnswerCache()
 * const entry = cache.get(index, message, history) ?? cache.put(index, message, history, answer(index, message, history))
 * entry.json // the response body
 * ```
 */
import type { ChatResponse, Turn } from '../contract.ts'
import type { ClinicIndex } from '../engine/search-index.ts'

const UTF8 = new TextEncoder()

export const ANSWER_CACHE = {
  /** Answers kept per clinic; the least recently used go first. */
  entries: 2000,
} as const

export interface CachedAnswer {
  /** The response body, encoded once: a hit writes these bytes as they are. */
  json: Uint8Array<ArrayBuffer>
  type: ChatResponse['type']
  reason: ChatResponse['reason']
}

export interface AnswerCache {
  get(index: ClinicIndex, message: string, history: Turn[]): CachedAnswer | undefined
  put(index: ClinicIndex, message: string, history: Turn[], response: ChatResponse): CachedAnswer
}

export function createAnswerCache(entries: number = ANSWER_CACHE.entries): AnswerCache {
  const byClinic = new WeakMap<ClinicIndex, Map<string, CachedAnswer>>()
  const mapOf = (index: ClinicIndex) => {
    let map = byClinic.get(index)
    if (!map) {
      map = new Map()
      byClinic.set(index, map)
    }
    return map
  }
  return {
    get(index, message, history) {
      const map = byClinic.get(index)
      const key = keyOf(message, history)
      const hit = map?.get(key)
      if (hit) {
        // Most recently used goes to the end; the oldest is first in line to go.
        map!.delete(key)
        map!.set(key, hit)
      }
      return hit
    },
    put(index, message, history, response) {
      const map = mapOf(index)
      const entry: CachedAnswer = { json: UTF8.encode(JSON.stringify(response)), type: response.type, reason: response.reason }
      if (entries <= 0) return entry
      map.set(keyOf(message, history), entry)
      if (map.size > entries) map.delete(map.keys().next().value!)
      return entry
    },
  }
}

/** Two independent 32-bit FNV-1a hashes of the conversation: a 64-bit key, no text kept. */
function keyOf(message: string, history: Turn[]): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      a = Math.imul(a ^ code, 0x01000193)
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15)
    }
    a = Math.imul(a ^ 0xffff, 0x01000193)
    b = Math.imul(b ^ 0xffff, 0x5bd1e995)
  }
  for (const turn of history) {
    feed(turn.role)
    feed(turn.text)
  }
  feed(message)
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${message.length}`
}
