/**
 * Follow-up suggestions: two or three questions the clinic's articles do answer, to help a
 * visitor who doesn't know what to ask next. They come from the clinic's own suggested questions
 * (kept only if the engine answers them) and, for articles named after a topic ("Gout"), from
 * question types matching its other sections ("What causes Gout?").
 *
 * ```ts
 * suggest(index, { section: 3, asked: ['what are the side effects?'] }) // => ['How does ketamine work in the brain?', ...]
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import { QUESTION_TYPES, headingMatches } from './question-types.ts'
import { normalize } from './text.ts'

export interface SuggestionContext {
  /** Section of the current answer, to suggest something else. */
  section?: number
  /** Questions already asked in this conversation. */
  asked: string[]
}

export interface Suggestion {
  question: string
  section: number
}

export const MAX_SUGGESTIONS = 3

/** A title that reads as a sentence ("How IV Ketamine Affects Anxiety") cannot fill a template. */
const SENTENCE_TITLE = /^(how|why|what|when|where|who|which|can|is|are|does|do|should|will|your|our|the|a|an|\d)\b/i

export function suggest(index: ClinicIndex, answerable: Suggestion[], context: SuggestionContext): string[] {
  const asked = new Set(context.asked.map((question) => normalize(question)))
  const out: string[] = []
  const add = (question: string) => {
    const key = normalize(question)
    if (out.length < MAX_SUGGESTIONS && !asked.has(key) && !out.some((q) => normalize(q) === key)) out.push(question)
  }
  if (context.section !== undefined) for (const question of topicQuestions(index, context.section)) add(question)
  for (const suggestion of answerable) if (suggestion.section !== context.section) add(suggestion.question)
  for (const suggestion of answerable) add(suggestion.question)
  return out
}

/** "What causes Gout?" for the other typed sections of the current article. */
function topicQuestions(index: ClinicIndex, current: number): string[] {
  const { sections, articles } = index.knowledge
  const article = sections[current]!.article
  const title = articles[article]!.title
  if (SENTENCE_TITLE.test(title)) return []
  const out: string[] = []
  const [first, end] = index.articleSections(article)
  for (let s = first; s < end && out.length < MAX_SUGGESTIONS; s++) {
    if (s === current) continue
    const heading = index.headingTerms(s)
    const type = QUESTION_TYPES.find((t) => t.template && headingMatches([t], heading))
    if (type?.template) out.push(type.template.replace('{title}', title))
  }
  return out
}
