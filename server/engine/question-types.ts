/**
 * Question types: "what are the symptoms of X" wants the Symptoms section, "how is X diagnosed"
 * wants Exams and tests. The map from patterns to heading words is data (question-types.json),
 * so it works for any clinic whose articles use ordinary headings.
 *
 * ```ts
 * const types = detectQuestionTypes('How is gout diagnosed?') // => [diagnosis type]
 * headingMatches(types, 'Exams and tests') // => true
 * ```
 */
import data from './question-types.json' with { type: 'json' }
import { terms } from './text.ts'

export interface QuestionType {
  type: string
  patterns: RegExp[]
  /** Each heading phrase as stems, all of which must appear in a heading for it to match. */
  headings: string[][]
  template?: string
}

export const QUESTION_TYPES: QuestionType[] = data.types.map((entry) => ({
  type: entry.type,
  patterns: entry.patterns.map((source) => new RegExp(source)),
  headings: entry.headings.map((heading) => terms(heading)).filter((stems) => stems.length > 0),
  ...('template' in entry && entry.template ? { template: entry.template } : {}),
}))

/** Types whose patterns match the normalized question, most specific (listed first) first. */
export function detectQuestionTypes(normalizedQuestion: string): QuestionType[] {
  return QUESTION_TYPES.filter((type) => type.patterns.some((pattern) => pattern.test(normalizedQuestion)))
}

/** Does a section heading (its stems) answer one of these question types? */
export function headingMatches(types: QuestionType[], headingTerms: ReadonlySet<string>): boolean {
  return types.some((type) => type.headings.some((stems) => stems.every((s) => headingTerms.has(s))))
}
