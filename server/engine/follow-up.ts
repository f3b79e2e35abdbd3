/**
 * Follow-up questions lean on the conversation: "how long do they last?" after a question about
 * side effects, "and social anxiety?" after one about GAD. When a message looks like a follow-up,
 * the concepts of the visitor's previous question come along at a lower weight: they help rank,
 * but are never required, so the new question's own words decide whether there is an answer.
 *
 * ```ts
 * followUpConcepts('how long do they last?', query, [{ role: 'user', text: 'What side effects does ketamine have?' }], vocabulary)
 * // => [side effects (0.5, optional), ketamine (0.5, optional)]
 * ```
 */
import type { Turn } from '../contract.ts'
import { analyzeQuery, type AnalyzedQuery, type Concept } from './query.ts'
import type { Vocabulary } from './vocabulary.ts'

export const FOLLOW_UP = {
  /** Weight of the previous question's concepts, then of the one before. */
  weights: [0.5, 0.25],
  /** A message with at most this many topic concepts may lean on the previous turn. */
  shortMessage: 2,
} as const

const CONTINUES = /^(and|but|also|so|then|ok and|okay and|what about|how about|and what about|what if|same for|same question for|is that|are they|does that|do they|is it|was it)\b/
const REFERS_BACK = /\b(it|its|they|them|their|this|that|those|these|he|she|such)\b/

export function isFollowUp(message: string, query: AnalyzedQuery): boolean {
  const text = query.normalized
  const topics = query.concepts.filter((concept) => concept.weight >= 1 && !concept.optional).length
  return CONTINUES.test(text) || (REFERS_BACK.test(text) && topics <= FOLLOW_UP.shortMessage) || topics <= 1
}

export function followUpConcepts(message: string, query: AnalyzedQuery, history: Turn[], vocabulary: Vocabulary): Concept[] {
  if (!isFollowUp(message, query)) return []
  const earlier = history.filter((turn) => turn.role === 'user').slice(-FOLLOW_UP.weights.length).reverse()
  // A new concept replaces an earlier one whose words it covers: "what about GAD?" (generalized
  // anxiety disorder) after a question about social anxiety is about GAD only.
  const taken = new Set(query.concepts.flatMap((concept) => concept.alternatives.flatMap((alternative) => alternative.terms)))
  const extra: Concept[] = []
  earlier.forEach((turn, i) => {
    for (const concept of analyzeQuery(turn.text, vocabulary).concepts) {
      const terms = termsOf(concept)
      if (terms.some((term) => taken.has(term))) continue
      for (const term of terms) taken.add(term)
      extra.push({ ...concept, weight: concept.weight * FOLLOW_UP.weights[i]!, optional: true })
    }
  })
  return extra
}

/** The words the visitor typed for a concept (not its synonyms). */
function termsOf(concept: Concept): string[] {
  return concept.alternatives.filter((alternative) => alternative.strength === 1).flatMap((alternative) => alternative.terms)
}
