/**
 * Reads the body of `POST /api/chat` and checks it: its size, UTF-8, JSON, the fields of the
 * contract, a clinic that exists. What passes is handed on as `c.var.chat`; what fails is a 400 or 404 that
 * names what to fix. It is its own middleware so that the rate limit can run after it (it needs
 * the clinic, and the message to let a crisis through) and the route itself stays a single call.
 *
 * ```ts
 * routes.post('/api/chat', readChatRequest(), (c) => c.json(answer(c.var.chat.index, c.var.chat.message)))
 * ```
 */
import type { MiddlewareHandler } from 'hono'
import { chatRequestSchema, LIMITS } from '../contract.ts'
import { describeIssue } from '../describe-issue.ts'
import { ApiError } from './errors.ts'
import type { ChatEnv } from './env.ts'
import { readBody } from './read-body.ts'

export function readChatRequest(): MiddlewareHandler<ChatEnv> {
  // fatal: bytes that are not UTF-8 are a client error, not text to be patched with U+FFFD.
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  return async function readChatRequest(c, next) {
    let raw: unknown
    try {
      raw = JSON.parse(utf8.decode(await readBody(c, LIMITS.bodyBytes)))
    } catch (error) {
      if (error instanceof ApiError) throw error
      throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON in UTF-8.')
    }
    const parsed = chatRequestSchema.safeParse(raw)
    if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssue(parsed.error.issues[0]!, raw))
    const { clinic, message, history } = parsed.data
    const index = c.get('clinics').get(clinic)
    if (!index) throw new ApiError(404, 'unknown_clinic', `There is no clinic "${clinic.slice(0, 64)}".`)
    c.set('clinic', clinic)
    c.set('chat', { clinic, index, message, history })
    await next()
  }
}
