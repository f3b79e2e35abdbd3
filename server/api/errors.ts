/**
 * One typed exception for everything a client can get wrong, with the HTTP status it maps to.
 * Routes throw it; the app's error handler turns it into `{ error: { code, message } }`, with any
 * headers the client needs to act on it (a 429's `Retry-After`).
 *
 * ```ts
 * throw new ApiError(404, 'unknown_clinic', 'No clinic "acme" here.')
 * throw new ApiError(429, 'rate_limited', 'Too many messages.', { 'Retry-After': '3' })
 * ```
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiErrorBody } from '../contract.ts'

export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'unknown_clinic'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'internal'

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  toJSON(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } }
  }
}
