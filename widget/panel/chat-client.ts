/**
 * Talks to `POST /api/chat`. Sends no cookies (the API needs none, and a clinic's visitors should
 * not be tracked by it). Every way a request can fail becomes a ChatFailure the panel can show
 * with a retry button, and an answer of the wrong shape counts as a failure, not as something
 * to render.
 *
 * ```ts
 * const response = await postChat('https://verbatim.example', { clinic: 'demo', message: 'Side effects?', history: [] })
 * ```
 */
import type { ApiErrorBody, ChatRequest, ChatResponse } from '../../server/contract.ts'

/** An answer takes milliseconds; past this the network is the problem, and the visitor can retry. */
const TIMEOUT_MS = 20_000

export class ChatFailure extends Error {
  constructor(
    /** `network`: no answer at all; `server`: the API said no; `busy`: too many questions too fast (429). */
    readonly kind: 'network' | 'server' | 'busy',
    message: string,
    /** For `busy`: the seconds the API asked us to wait (its Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message)
  }
}

export async function postChat(api: string, request: ChatRequest): Promise<ChatResponse> {
  let response: Response
  try {
    response = await fetch(`${api}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    throw new ChatFailure('network', 'network')
  }
  const body: unknown = await response.json().catch(() => undefined)
  const message = (body as ApiErrorBody | undefined)?.error?.message ?? `status ${response.status}`
  if (response.status === 429) throw new ChatFailure('busy', message, retryAfter(response.headers.get('retry-after')))
  if (!response.ok) throw new ChatFailure('server', message)
  if (!isChatResponse(body)) throw new ChatFailure('server', 'unexpected answer')
  return body
}

function isChatResponse(body: unknown): body is ChatResponse {
  const candidate = body as ChatResponse | undefined
  return typeof candidate?.type === 'string' && typeof candidate.text === 'string' && Array.isArray(candidate.quotes)
}

/** The wait after a 429 whose Retry-After is missing or unreadable. */
export const RETRY_AFTER_FALLBACK_SECONDS = 5

/** Seconds from a Retry-After header, kept between 1 and 60 so a bad header cannot stall the chat. */
function retryAfter(header: string | null): number {
  const seconds = header === null ? NaN : Math.ceil(Number(header))
  return Number.isFinite(seconds) ? Math.min(60, Math.max(1, seconds)) : RETRY_AFTER_FALLBACK_SECONDS
}
