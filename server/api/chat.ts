/**
 * `POST /api/chat`: checks the request (type, size, JSON, fields, clinic) and hands it to the
 * engine. Every way a request can be wrong is a 4xx with a message that says what to fix; the
 * route never ranks or triages anything itself.
 *
 * ```sh
 * curl -s localhost:8787/api/chat -H 'content-type: application/json' \
 *   -d '{"clinic":"demo","message":"What are the side effects?"}'
 * ```
 */
import { Hono } from 'hono'
import { chatRequestSchema, LIMITS } from '../contract.ts'
import { answer } from '../engine/answer.ts'
import { ApiError } from './errors.ts'
import type { AppEnv } from './env.ts'
import { describeIssue } from '../describe-issue.ts'
import { createAnswerCache, type AnswerCache } from './answer-cache.ts'
import { readBody } from './read-body.ts'

export function chatRoutes(cache: AnswerCache = createAnswerCache()): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()

  routes.post(
    '/api/chat',
    requireJson,
    async (c) => {
      const body = await readBody(c, LIMITS.bodyBytes)
      let raw: unknown
      try {
        raw = JSON.parse(body)
      } catch {
        throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.')
      }
      const parsed = chatRequestSchema.safeParse(raw)
      if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssue(parsed.error.issues[0]!, raw))
      const { clinic, message, history } = parsed.data
      const index = c.var.clinics.get(clinic)
      if (!index) throw new ApiError(404, 'unknown_clinic', `There is no clinic "${clinic.slice(0, 64)}".`)
      const result = cache.get(index, message, history) ?? cache.put(index, message, history, answer(index, message, history))
      c.set('outcome', { clinic, type: result.type, ...(result.reason ? { reason: result.reason } : {}) })
      return c.body(result.json, 200, { 'content-type': 'application/json; charset=UTF-8' })
    },
  )

  routes.all('/api/chat', () => {
    throw new ApiError(405, 'method_not_allowed', 'Use POST /api/chat with a JSON body.')
  })
  return routes
}

/** 415 unless the body is declared as JSON (charset and +json types allowed). */
async function requireJson(c: { req: { header(name: string): string | undefined } }, next: () => Promise<void>) {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the request as JSON with "Content-Type: application/json".')
  }
  await next()
}
