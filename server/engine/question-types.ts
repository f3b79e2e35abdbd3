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
  /** Counts only when no other type does ("what is X" versus "what are the symptoms of X"). */
  fallback?: boolean
}

export const QUESTION_TYPES: QuestionType[] = data.types.map((entry) => ({
  type: entry.type,
  patterns: entry.patterns.map((source) => new RegExp(source)),
  headings: entry.headings.map((heading) => terms(heading)).filter((stems) => stems.length > 0),
  ...('template' in entry && entry.template ? { template: entry.template } : {}),
  ...('fallback' in entry && entry.fallback ? { fallback: true } : {}),
}))

/** A question type found in a question, with the words that gave it away. */
export interface Cue {
  type: QuestionType
  /** Where in the normalized question the cue starts. */
  at: number
  /** Stems of the cue's words ("what are the symptoms" -> ["symptom"]). */
  stems: string[]
}

/** Every question type whose pattern matches, with its earliest cue. */
export function findCues(normalizedQuestion: string): Cue[] {
  const cues: Cue[] = []
  for (const type of QUESTION_TYPES) {
    let best: RegExpExecArray | undefined
    for (const pattern of type.patterns) {
      const match = pattern.exec(normalizedQuestion)
      if (match && (!best || match.index < best.index)) best = match
    }
    if (best) cues.push({ type, at: best.index, stems: terms(best[0]) })
  }
  return cues
}

/**
 * The cues that say what a question asks of one article. A cue inside the article's title is part
 * of the topic's name, not the question ("hereditary" in "What is hereditary hypophosphatemic
 * rickets?"). Of the rest, the one that comes first wins ("What to do for Causes of Diabetes" asks
 * what to do); a fallback (overview) counts only when nothing else does.
 */
export function cuesFor(cues: Cue[], titleTerms: ReadonlySet<string>): Cue[] {
  const own = cues.filter((cue) => cue.stems.length === 0 || !cue.stems.every((stem) => titleTerms.has(stem)))
  const specific = own.filter((cue) => !cue.type.fallback)
  if (specific.length === 0) return own
  const first = Math.min(...specific.map((cue) => cue.at))
  return specific.filter((cue) => cue.at === first)
}

/** The types a question asks for, whatever the article (for reporting and the demo's single article). */
export function detectQuestionTypes(normalizedQuestion: string): QuestionType[] {
  return cuesFor(findCues(normalizedQuestion), new Set()).map((cue) => cue.type)
}

/** Does a section heading (its stems) answer one of these question types? */
export function headingMatches(types: QuestionType[], headingTerms: ReadonlySet<string>): boolean {
  return types.some((type) => type.headings.some((stems) => stems.every((s) => headingTerms.has(s))))
}
