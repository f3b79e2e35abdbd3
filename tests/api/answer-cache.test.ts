import { beforeAll, describe, expect, it } from 'vitest'
import { createAnswerCache } from '../../server/api/answer-cache.ts'
import { answer } from '../../server/engine/answer.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { demoIndex } from '../helpers/demo.ts'

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

let index: ClinicIndex
beforeAll(async () => {
  index = await demoIndex()
})

describe('the answer cache', () => {
  it('gives back the very response the engine gave, for the same message and history', () => {
    const cache = createAnswerCache()
    const history = [{ role: 'user' as const, text: 'What side effects does ketamine have?' }]
    expect(cache.get(index, 'how long do they last?', history)).toBeUndefined()
    const response = answer(index, 'how long do they last?', history)
    cache.put(index, 'how long do they last?', history, response)
    const hit = cache.get(index, 'how long do they last?', history)!
    expect(JSON.parse(text(hit.json))).toEqual(response)
    expect(hit.type).toBe('answer')
  })

  it('tells apart messages, histories and case (SAD is not sad)', () => {
    const cache = createAnswerCache()
    cache.put(index, 'does it help SAD?', [], answer(index, 'does it help SAD?', []))
    expect(cache.get(index, 'does it help sad?', [])).toBeUndefined()
    expect(cache.get(index, 'does it help SAD?', [{ role: 'user', text: 'hi' }])).toBeUndefined()
    expect(cache.get(index, 'does it help SAD?', [])).toBeDefined()
  })

  it('keeps no message text, only what the visitor is shown', () => {
    const cache = createAnswerCache()
    const message = 'my name is Jane Roe and I take lithium, can I do this?'
    const entry = cache.put(index, message, [], answer(index, message, []))
    expect(text(entry.json)).not.toContain('Jane')
    expect(JSON.stringify({ ...entry, json: text(entry.json) })).not.toContain('lithium')
  })

  it('forgets the least recently used beyond its size', () => {
    const cache = createAnswerCache(2)
    const put = (m: string) => cache.put(index, m, [], answer(index, m, []))
    put('hello')
    put('thanks')
    cache.get(index, 'hello', [])
    put('bye')
    expect(cache.get(index, 'thanks', [])).toBeUndefined()
    expect(cache.get(index, 'hello', [])).toBeDefined()
    expect(cache.get(index, 'bye', [])).toBeDefined()
  })
})

describe('an answer cache of size 0', () => {
  it('keeps nothing (ANSWER_CACHE=0 turns caching off)', async () => {
    const index = await demoIndex()
    const cache = createAnswerCache(0)
    cache.put(index, 'hello', [], answer(index, 'hello', []))
    expect(cache.get(index, 'hello', [])).toBeUndefined()
  })
})
