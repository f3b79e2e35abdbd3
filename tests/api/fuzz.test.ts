/**
 * Fuzzing `POST /api/chat` in process (app.request, no socket): thousands of generated bad
 * requests, each of which must get a 4xx JSON error, never a 5xx; and hundreds of valid but odd
 * messages, each of which must get a 200 in the contract's shape. fast-check prints the seed and
 * the smallest failing request when one fails.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { chatResponseSchema, LIMITS } from '../../server/contract.ts'
import { demoApp, type App } from '../helpers/app.ts'

/** Runs per kind of bad request: 9 kinds x 250 = 2,250 requests. */
const RUNS_PER_KIND = 250
const VALID_RUNS = 300

const JSON_TYPE = { 'content-type': 'application/json' }
const VALID = { clinic: 'demo', message: 'What are the side effects?' }

interface BadRequest {
  method?: string
  headers?: Record<string, string>
  body: string | Uint8Array
  /** The status this request must get, when only one is right. */
  status?: number
}

const utf8 = new TextEncoder()
const byteLength = (body: string | Uint8Array) => (typeof body === 'string' ? utf8.encode(body).length : body.length)
/** A body over the size limit is refused as such before it is read; otherwise `status`. */
const bySize = (body: string | Uint8Array, status: number): BadRequest => ({ body, status: byteLength(body) > LIMITS.bodyBytes ? 413 : status })

const notAString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }))

const KINDS: Record<string, fc.Arbitrary<BadRequest>> = {
  'wrong types': fc.oneof(
    fc.record({ field: fc.constantFrom('clinic', 'message'), value: notAString }).map(({ field, value }) => ({ ...VALID, [field]: value })),
    fc.record({ value: fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 })) }).map(({ value }) => ({ ...VALID, history: value })),
    fc.record({ role: fc.oneof(fc.string(), fc.integer()), text: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) })
      .filter(({ role, text }) => !(['user', 'assistant'].includes(role as string) && typeof text === 'string'))
      .map((turn) => ({ ...VALID, history: [turn] })),
    fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 })),
  ).map((value) => ({ body: JSON.stringify(value), status: 400 })),

  'missing or unknown fields': fc
    .record(
      { clinic: fc.constant('demo'), message: fc.constant('hi'), history: fc.constant([]), extra: fc.jsonValue(), __proto__: fc.jsonValue(), constructor: fc.jsonValue() },
      { requiredKeys: [] },
    )
    .filter((body) => !('clinic' in body && 'message' in body) || Object.keys(body).some((key) => !['clinic', 'message', 'history'].includes(key)))
    .map((body) => bySize(JSON.stringify(body), 400)),

  'huge strings and long histories': fc.oneof(
    fc.string({ unit: 'grapheme', minLength: LIMITS.message + 1, maxLength: 6_000 }).filter((s) => s.trim().length > LIMITS.message).map((message) => ({ ...VALID, message })),
    fc.string({ minLength: 65, maxLength: 2_000 }).map((clinic) => ({ ...VALID, clinic })),
    fc.string({ minLength: LIMITS.historyText + 1, maxLength: 8_000 }).map((text) => ({ ...VALID, history: [{ role: 'user', text }] })),
    fc.integer({ min: LIMITS.historyTurns + 1, max: 200 }).map((n) => ({ ...VALID, history: Array.from({ length: n }, () => ({ role: 'user', text: 'hi' })) })),
    fc.integer({ min: LIMITS.bodyBytes, max: 1_000_000 }).map((n) => ({ ...VALID, pad: 'x'.repeat(n) })),
  ).map((body) => bySize(JSON.stringify(body), 400)),

  'deep nesting': fc
    .record({ depth: fc.integer({ min: 2, max: 12_000 }), container: fc.constantFrom('array', 'object'), at: fc.constantFrom('top', 'message', 'history', 'turn', 'clinic') })
    .map(({ depth, container, at }) => {
      const nested = container === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
      const bodies = {
        top: nested,
        message: `{"clinic":"demo","message":${nested}}`,
        history: `{"clinic":"demo","message":"hi","history":${nested}}`,
        turn: `{"clinic":"demo","message":"hi","history":[{"role":"user","text":${nested}}]}`,
        clinic: `{"clinic":${nested},"message":"hi"}`,
      }
      return bySize(bodies[at], 400)
    }),

  'invalid UTF-8': fc
    .record({
      text: fc.string({ maxLength: 200 }),
      at: fc.nat(),
      bad: fc.constantFrom([0xff], [0xfe], [0x80], [0xc0, 0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]),
    })
    .map(({ text, at, bad }) => {
      const message = utf8.encode(JSON.stringify({ ...VALID, message: `${text}x` }))
      // Inside the message's quotes: after `{"clinic":"demo","message":"` and before the closing `"}`.
      const start = utf8.encode('{"clinic":"demo","message":"').length
      const position = start + (at % (message.length - 2 - start))
      return { body: new Uint8Array([...message.subarray(0, position), ...bad, ...message.subarray(position)]), status: 400 }
    }),

  'not JSON at all': fc
    .oneof(fc.string({ unit: 'binary', maxLength: 3_000 }), fc.uint8Array({ maxLength: 3_000 }))
    .filter((body) => {
      try {
        JSON.parse(typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: true }).decode(body))
        return false
      } catch {
        return true
      }
    })
    .map((body) => bySize(body, 400)),

  'wrong content types': fc
    .record({
      type: fc.oneof(
        fc.constantFrom('text/plain', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream', 'application/jsonp', 'json', ''),
        fc.string().filter((type) => !/json/i.test(type)),
      ),
    })
    .map(({ type }): BadRequest => ({ headers: type ? { 'content-type': type } : {}, body: JSON.stringify(VALID), status: 415 })),

  'unknown clinics': fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 64 })
    .filter((clinic) => clinic !== 'demo' && clinic.length <= 64)
    .map((clinic) => ({ body: JSON.stringify({ ...VALID, clinic }), status: 404 })),

  'wrong methods': fc
    .constantFrom('GET', 'PUT', 'PATCH', 'DELETE')
    .map((method) => ({ method, body: JSON.stringify(VALID), status: 405 })),
}

let app: App
let unlimited: App
beforeAll(async () => {
  app = await demoApp()
  // The valid messages below all come from one test "client"; the limit itself has its own tests.
  unlimited = await demoApp({ rateLimit: false })
})

function send(target: App, { method = 'POST', headers = JSON_TYPE, body }: BadRequest) {
  return target.request('/api/chat', { method, headers, ...(method === 'GET' ? {} : { body: typeof body === 'string' ? body : new Uint8Array(body) }) })
}

describe('POST /api/chat under fuzzing', () => {
  it.each(Object.keys(KINDS))('answers %s with a 4xx JSON error, never a 5xx', async (kind) => {
    await fc.assert(
      fc.asyncProperty(KINDS[kind]!, async (request) => {
        const res = await send(app, request)
        if (request.status) expect(res.status).toBe(request.status)
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
        expect(res.headers.get('content-type')).toMatch(/^application\/json/)
        expect(await res.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } })
      }),
      { numRuns: RUNS_PER_KIND },
    )
  })

  it('answers any sequence of ordinary question words in the contract shape ("like an ssri?", "than the weeks")', async () => {
    // Words the engine reads for structure (comparisons, fillers, question words, the subject),
    // few enough that unusual orders come up often: a message opening with "like an ..." once threw.
    const words = fc.constantFrom('like', 'than', 'a', 'the', 'with', 'weeks', 'fast', 'is', 'it', 'what', 'how', 'does', 'ketamine', 'anxiety', 'side effects', 'or', 'not', 'my', 'dose', 'help', 'first', '?', 'SSRIs', 'and')
    await fc.assert(
      fc.asyncProperty(fc.array(words, { minLength: 1, maxLength: 10 }), async (sequence) => {
        const res = await send(unlimited, { body: JSON.stringify({ clinic: 'demo', message: sequence.join(' ') }) })
        expect(res.status).toBe(200)
        chatResponseSchema.parse(await res.json())
      }),
      { numRuns: 2 * VALID_RUNS },
    )
  })

  it('answers valid but odd messages (any Unicode, emoji, RTL, control characters, 2,000 characters) in the contract shape', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('ا', 'ل', 'כ', 'ט', '\u200f', '\u202e', '😀', '👩‍⚕️', '\u0000', '\u0007', '\t', '\n', 'e\u0301', ' ', 'ketamine', '?'), minLength: 1, maxLength: 400 }),
      fc.string({ unit: 'grapheme-ascii', minLength: LIMITS.message - 50, maxLength: LIMITS.message }),
    )
    const message = text.filter((m) => m.trim().length > 0 && m.trim().length <= LIMITS.message)
    const turn = fc.record({ role: fc.constantFrom('user' as const, 'assistant' as const), text: fc.string({ unit: 'grapheme', maxLength: 200 }) })
    await fc.assert(
      fc.asyncProperty(message, fc.array(turn, { maxLength: 4 }), async (m, history) => {
        const res = await send(unlimited, { body: JSON.stringify({ clinic: 'demo', message: m, history }) })
        expect(res.status).toBe(200)
        chatResponseSchema.parse(await res.json())
      }),
      { numRuns: VALID_RUNS },
    )
  })
})
