/**
 * `POST /api/chat`: checks the request (type, size, body, clinic), applies the rate limit, and
 * hands the message to the engine. Every way a request can be wrong is a 4xx with a message that
 * says what to fix; the route never ranks or triages anything itself.
 *
 * ```sh
 * curl -s localhost:8787/api/chat -H 'content-type: application/json' \
 *   -d '{"clinic":"demo","message":"What are the side effects?"}'
 * ```
 */
import { Hono, type MiddlewareHandler } from 'hono'
import { answer } from '../engine/answer.ts'
import { ApiError } from './errors.ts'
import type { AppEnv, ChatEnv } from './env.ts'
import { readChatRequest } from './read-chat-request.ts'
import { createAnswerCache, type AnswerCache } from './answer-cache.ts'

export interface ChatRouteOptions {
  /** Runs once the request is known to be valid, before the engine: the rate limit. */
  limit: MiddlewareHandler<ChatEnv>
  /** Recent answers (answer-cache.ts); a fresh one by default. */
  cache?: AnswerCache
}

export function chatRoutes({ limit, cache = createAnswerCache() }: ChatRouteOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()

  routes.post(
    '/api/chat',
    requireJson,
    readChatRequest(),
    limit,
    (c) => {
      const { index, message, history } = c.get('chat')
      const result = cache.get(index, message, history) ?? cache.put(index, message, history, answer(index, message, history))
      c.set('outcome', { type: result.type, ...(result.reason ? { reason: result.reason } : {}) })
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
