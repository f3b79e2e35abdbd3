/**
 * How a zod validation issue is told to a person, the same way for an API request and for a
 * knowledge file: the field's dotted path, and "is required" when the field is simply absent.
 *
 * ```ts
 * describeIssue(issue, { clinic: 'demo' }) // => 'message: is required'
 * describeIssue(issue, body)               // => 'history.3.role: must be "user" or "assistant"'
 * ```
 */
import type { z } from 'zod'

/** zod reports a missing field as a type error; we say it plainly when the field is absent. */
export function isMissing(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (issue.code !== 'invalid_type') return false
  let value: unknown = input
  for (const key of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
  return value === undefined
}

/** The problem without the field name: "is required", "must not be empty", "unexpected field "x"". */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}`
  }
  return isMissing(issue, input) ? 'is required' : issue.message
}

/** One sentence naming the field: `message: must not be empty`. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.map(String).join('.')
  if (!field && issue.code === 'invalid_type') return 'the body must be a JSON object'
  return field ? `${field}: ${issueMessage(issue, input)}` : issueMessage(issue, input)
}
