/**
 * Follow-up questions lean on the conversation: "how long do they last?" after a question about
 * side effects, "and social anxiety?" after one about GAD. When a message looks like a follow-up,
 * the concepts of the visitor's previous question come along at a lower weight: they help rank,
 * but are never required, so the new question's own words decide whether there is an answer.
 *
 * ```ts
 * followUpConcepts('how long do they last?', query, [{ role: 'user', text: 'What side effects does ketamine have?' }], index)
 * // => [side effects (0.35, optional), ketamine (0.35, optional)]
 * ```
 */
import type { Turn } from '../contract.ts'
import { analyzeQuery, type AnalyzedQuery, type Concept } from './query.ts'
import type { ClinicIndex } from './search-index.ts'
import type { Ranking } from './retrieve.ts'
import { normalize } from './text.ts'
import copy from './copy.json' with { type: 'json' }

export const FOLLOW_UP = {
  /** Weight of the previous question's concepts, then of the one before. */
  weights: [0.35, 0.2],
  /** Weight of the previous question's concepts when the message points back at them ("does that ..."). */
  pointedAt: 0.6,
  /** A message with at most this many topic concepts may lean on the previous turn. */
  shortMessage: 2,
} as const

const CONTINUES = /^(and|but|also|so|then|ok and|okay and|what about|how about|and what about|what if|same for|same question for|is that|are they|does that|do they|is it|was it)\b/
const REFERS_BACK = /\b(it|its|they|them|their|this|that|those|these|he|she|such)\b/

/** "What exactly is ketamine?": a question that names what it asks to have defined stands alone. */
const DEFINES = /^(((wait|ok|okay|so|hmm+|um+|well|oh|sorry|also|actually|then|right|alright)[,.!:]* )*)(what|who) (exactly |really |actually |even )?(is|are) (?!(it|this|that|they|those|these|them|the same|so|there)\b)/

export function isFollowUp(message: string, query: AnalyzedQuery): boolean {
  const text = query.normalized
  const topics = query.concepts.filter((concept) => concept.weight >= 1 && !concept.optional).length
  const refersBack = REFERS_BACK.test(text)
  if (DEFINES.test(text) && topics >= 1 && !refersBack) return false
  return CONTINUES.test(text) || (refersBack && topics <= FOLLOW_UP.shortMessage) || topics <= 1
}

export function followUpConcepts(message: string, query: AnalyzedQuery, history: Turn[], index: ClinicIndex): Concept[] {
  if (!isFollowUp(message, query)) return []
  // A question the assistant did not answer from the articles (it sent it to the team, or said
  // they don't cover it) is left behind: "fine, side effects then?" after a dose question asks
  // about side effects only.
  if (declined(history)) return []
  const vocabulary = index.vocabulary
  const earlier = history.filter((turn) => turn.role === 'user').slice(-FOLLOW_UP.weights.length).reverse()
  // A new concept replaces an earlier one whose words it covers: "what about GAD?" (generalized
  // anxiety disorder) after a question about social anxiety is about GAD only.
  const taken = new Set(query.concepts.flatMap((concept) => concept.alternatives.flatMap((alternative) => alternative.terms)))
  const extra: Concept[] = []
  // A message that names nothing itself ("ok but what does that actually do?") is all about the
  // previous question: its concepts are then what has to be answered.
  const ownsNothing = query.concepts.every((concept) => concept.optional)
  // "Does that wear off fast?": what "that" points at is what the question is about.
  const pointsBack = REFERS_BACK.test(query.normalized)
  earlier.forEach((turn, i) => {
    for (const concept of analyzeQuery(turn.text, vocabulary).concepts) {
      const terms = termsOf(concept)
      if (terms.some((term) => taken.has(term))) continue
      for (const term of terms) taken.add(term)
      const carried: Concept = { ...concept, weight: concept.weight * (i === 0 && pointsBack ? FOLLOW_UP.pointedAt : FOLLOW_UP.weights[i]!), optional: true }
      if (ownsNothing && i === 0 && !concept.optional) delete carried.optional
      extra.push(carried)
    }
  })
  return extra
}

/** The assistant's own replies that answer nothing from the articles (copy.json), as the widget sends them back. */
const DECLINES = [copy.noAnswer, copy.noAnswerPrice, ...Object.values(copy.redirect), ...Object.values(copy.crisis)].map((text) => normalize(text))

/** Did the assistant's last turn decline the question before it? */
function declined(history: Turn[]): boolean {
  const last = history.at(-1)
  if (last?.role !== 'assistant') return false
  const said = normalize(last.text)
  return DECLINES.some((text) => said.startsWith(text))
}

/** The words the visitor typed for a concept (not its synonyms). */
function termsOf(concept: Concept): string[] {
  return concept.alternatives.filter((alternative) => alternative.strength === 1).flatMap((alternative) => alternative.terms)
}

/** A follow-up that asks for more of what was just said, not for it again. */
const ASKS_FOR_MORE = /\b(what kinds?|which ones?|which kinds?|like what|such as|for example|for instance|examples?|specifically|in detail|more detail|more details|tell me more|say more|what else|anything else|what are they|what are those|name them|list them|the other (one|ones|kind|kinds|type|types|study|studies|trial|disorder|condition)|the others|what (does|do|would|will|could|can|might) (that|this|it|all that|all this) (actually |really |even |then )?(do|mean|change|lead to)( for|$)|what (is|s) (that|this|it) (supposed to |meant to |going to )?(do|mean) for|what does that translate to|so what does that mean)\b/

/**
 * A follow-up that asks for more ("like what kind of risks?" after "IV ketamine carries risks")
 * is not answered with the very sentence just quoted: passages that the assistant's last turn
 * already said step aside, unless nothing else answers. ("How long did that last?" may well be
 * answered by the sentence just quoted, and is.)
 *
 * ```ts
 * notRepeating(index, ranking, 'like what kind of risks?', [..., { role: 'assistant', text: 'Here is ... Like any medical treatment, IV ketamine carries risks.' }])
 * // => the ranking without that sentence
 * ```
 */
/** @param asked the message, normalized (text.ts `normalize`) */
export function notRepeating(index: ClinicIndex, ranking: Ranking, asked: string, history: Turn[]): Ranking {
  if (!ASKS_FOR_MORE.test(asked)) return ranking
  const said = new Set(quotedLastTurn(index, history))
  const fresh = ranking.passages.filter((ranked) => !ranked.span.every((passage) => said.has(passage)))
  return fresh.length > 0 && fresh.length < ranking.passages.length ? { ...ranking, passages: fresh } : ranking
}

/** The passages the assistant's last turn quoted, in article order. */
export function quotedLastTurn(index: ClinicIndex, history: Turn[]): number[] {
  const last = history.findLast((turn) => turn.role === 'assistant')
  if (!last) return []
  const said = normalize(last.text)
  const found: number[] = []
  normalizedPassages(index).forEach((text, i) => {
    if (said.includes(text)) found.push(i)
  })
  return found
}

const normalizedCache = new WeakMap<ClinicIndex, string[]>()

/** Passages as normalize() reads them, worked out once per index and only when first asked. */
function normalizedPassages(index: ClinicIndex): string[] {
  let texts = normalizedCache.get(index)
  if (!texts) {
    texts = index.knowledge.passages.map((passage) => normalize(passage.text))
    normalizedCache.set(index, texts)
  }
  return texts
}

