/**
 * clinic.json: who the clinic is, where its consultation is booked and which sites may embed it.
 * Only `name`, `consultation.url` and `allowedOrigins` are required; everything else has a
 * sensible default so that a clinic can start with four lines (`rateLimit`: the server's defaults,
 * server/api/rate-limit.ts).
 *
 * ```json
 * { "name": "Lakeside Clinic",
 *   "consultation": { "url": "https://lakeside.example/book", "label": "Book a consultation" },
 *   "allowedOrigins": ["https://lakeside.example", "https://*.lakeside.example"] }
 * ```
 */
import { z } from 'zod'
import { KnowledgeError } from './errors.ts'
import { lineAt, lineOf } from './locate.ts'
import { issueMessage } from '../describe-issue.ts'

/** Above this a limit limits nothing; a clinic that wants none says so with a high number. */
const RATE_LIMIT_MAX = 1_000_000

const count = (max: number) => z.number('must be a number').int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`)

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

/** `https://example.com`, `http://127.0.0.1:8787`, or a wildcard subdomain `https://*.example.com`. */
const origin = z
  .string()
  .regex(/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i, 'must be an origin like https://example.com or https://*.example.com (no path)')

export const clinicConfigSchema = z.object({
  name: text(120),
  consultation: z.object({
    url: z.httpUrl('must be an http(s) URL'),
    label: text(80).default('Book a consultation'),
  }),
  allowedOrigins: z.array(origin),
  greeting: text(500).optional(),
  suggestedQuestions: z.array(text(200)).max(6).optional(),
  theme: z
    .object({
      color: z.string().regex(/^#[0-9a-f]{3}([0-9a-f]{3})?$/i, 'must be a hex colour like #0f766e').optional(),
      position: z.enum(['bottom-right', 'bottom-left']).optional(),
    })
    .optional(),
  contact: z
    .object({
      phone: text(40).optional(),
      email: z.email('must be an email address').optional(),
      url: z.httpUrl('must be an http(s) URL').optional(),
    })
    .optional(),
  /** Chat requests per visitor address: the steady rate and how many may come at once. */
  rateLimit: z
    .object({
      perMinute: count(RATE_LIMIT_MAX),
      burst: count(RATE_LIMIT_MAX),
    })
    .optional(),
})

export type ClinicConfig = z.output<typeof clinicConfigSchema>

/** Parses and validates clinic.json; throws a KnowledgeError naming the file, line and field. */
export function parseClinicConfig(json: string, file: string): ClinicConfig {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1]
    throw new KnowledgeError({
      file,
      line: position === undefined ? undefined : lineAt(json, Number(position)),
      message: `invalid JSON: ${(error as Error).message}`,
    })
  }
  const parsed = clinicConfigSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new KnowledgeError({
      file,
      line: lineOf(json, issue.path),
      field: issue.path.join('.') || undefined,
      message: issueMessage(issue, raw),
    })
  }
  return parsed.data
}

