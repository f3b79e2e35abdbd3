/**
 * The chat API's contract, in one place: what a client sends to `POST /api/chat` and what it gets
 * back. The server validates requests with these schemas, the engine returns `ChatResponse`, and
 * the widget imports the types (types only, so none of zod reaches the browser).
 *
 * ```ts
 * const request = chatRequestSchema.parse(await c.req.json())
 * const response: ChatResponse = answer(index, request.message, request.history)
 * ```
 */
import { z } from 'zod'

export const LIMITS = {
  /** Characters of a message after trimming. */
  message: 2000,
  /** Earlier turns a client may send. */
  historyTurns: 20,
  /** Characters of each earlier turn (assistant turns quote articles, so they can be long). */
  historyText: 4000,
  /** Bytes of a request body. */
  bodyBytes: 16 * 1024,
} as const

export const chatRequestSchema = z.strictObject({
  clinic: z.string('must be a string').min(1, 'must not be empty').max(64, 'is too long'),
  message: z
    .string('must be a string')
    .trim()
    .min(1, 'must not be empty')
    .max(LIMITS.message, `must be at most ${LIMITS.message} characters`),
  history: z
    .array(
      z.strictObject(
        {
          role: z.enum(['user', 'assistant'], 'must be "user" or "assistant"'),
          text: z.string('must be a string').max(LIMITS.historyText, `must be at most ${LIMITS.historyText} characters`),
        },
        'must be an object { role, text }',
      ),
      'must be an array of { role, text }',
    )
    .max(LIMITS.historyTurns, `must have at most ${LIMITS.historyTurns} turns`)
    .default([]),
})

export type ChatRequest = z.output<typeof chatRequestSchema>
export type Turn = ChatRequest['history'][number]

export const sourceSchema = z.object({ label: z.string(), url: z.string().optional() })

export const quoteSchema = z.object({
  /** Verbatim from the article. */
  text: z.string(),
  title: z.string(),
  /** The article's URL with a text fragment (`#:~:text=`) that scrolls to the quote. */
  url: z.string(),
  section: z.string(),
  sources: z.array(sourceSchema),
})

export const resourceSchema = z.object({
  label: z.string(),
  phone: z.string().optional(),
  sms: z.string().optional(),
  /** Text to pre-fill in the SMS app, e.g. "HOME" for the Crisis Text Line. */
  smsBody: z.string().optional(),
  url: z.string().optional(),
})

export const RESPONSE_TYPES = ['answer', 'redirect', 'crisis', 'no_answer', 'chitchat'] as const
export const REASONS = ['dosing', 'personal', 'booking', 'self_harm', 'emergency'] as const

export const chatResponseSchema = z.object({
  type: z.enum(RESPONSE_TYPES),
  reason: z.enum(REASONS).optional(),
  /** The assistant's own fixed, reviewed copy: never a medical claim. */
  text: z.string(),
  quotes: z.array(quoteSchema),
  consultation: z.object({ url: z.string(), label: z.string() }).optional(),
  resources: z.array(resourceSchema).optional(),
  suggestions: z.array(z.string()).optional(),
})

export type ChatResponse = z.infer<typeof chatResponseSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Resource = z.infer<typeof resourceSchema>
export type ResponseType = ChatResponse['type']
export type Reason = NonNullable<ChatResponse['reason']>

/** `GET /api/clinics/:id`: the public part of a clinic's configuration, what the widget draws itself from. */
export interface ClinicInfo {
  id: string
  name: string
  greeting: string
  /** Questions the clinic's articles answer, for the widget's suggestion buttons. */
  suggestedQuestions: string[]
  consultation: { url: string; label: string }
  theme: { color?: string; position?: 'bottom-right' | 'bottom-left' }
  contact?: { phone?: string; email?: string; url?: string }
}

/** Errors: `{ error: { code, message } }` with a 4xx status. */
export interface ApiErrorBody {
  error: { code: string; message: string }
}
