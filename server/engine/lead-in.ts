/**
 * A scene set before the question: "i'm scared of losing control, do people feel detached on
 * ketamine?", "my ssri is killing my sex drive, how is ketamine different from ssris?". The words
 * before the comma say why the visitor asks; the question after it says what. So the lead-in's
 * words count as weak words, and a sentence need not say "losing" or "sex drive" to answer.
 *
 * Not when the question points back into the lead-in ("the on-edge feeling is the worst part,
 * does ketamine touch that?"): then the lead-in holds what is asked about. Nor when the question
 * says nothing of its own ("... is it any good?").
 *
 * ```ts
 * leadIn("i'm scared of losing control, do people feel detached?") // => { lead: "i'm scared of losing control", question: 'do people feel detached?' }
 * leadIn('what are the side effects, and how long do they last?')   // => undefined (opens as a question)
 * ```
 */
import { analyzeQuery, WEAK_WEIGHT, type AnalyzedQuery, type Concept } from './query.ts'
import type { ClinicIndex } from './search-index.ts'
import { subjectTerms } from './subject.ts'
import { normalizedTerms } from './text.ts'

/** Words a question opens with. */
const ASKS = String.raw`(?:what|how|why|when|where|who|which|does|do|is|are|can|could|will|would|should|did|has|have)\b`
const OPENS_AS_QUESTION = new RegExp(String.raw`^\s*${ASKS}`, 'i')
const LEAD_IN = new RegExp(String.raw`^([^?!.,;:]+?)\s*[,;:\u2013\u2014-]\s*(?:(?:and|but|so|then|just)\s+)?(${ASKS}[^]*)$`, 'i')
/**
 * The lead-ins that only set a scene: the visitor's own story ("my ssri is killing my sex drive",
 * "this anxiety is killing me") or a hedge ("sorry if this is silly", "morbid curiosity"). A lead-in
 * that names whom or what the question is about ("for people with both", "ketamine or ECT",
 * "in the research on X") is part of the question.
 */
const OWN_STORY = /\b(i|i'm|im|i've|ive|i'd|me|my|we|we're|our|us)\b/i
const HEDGE = /^\s*(?:(?:so|ok|okay|well|hi|hey|also|anyway|btw)\s+)*(?:sorry|apologies|apologise|apologize|forgive|pardon|excuse|no offen[cs]e|(?:just |morbid |pure |idle )?curio(?:us|sity)|(?:quick|random|honest|serious|silly|dumb|stupid|weird|odd|genuine|simple|basic) (?:q|question|one)|out of (?:interest|curiosity)|(?:some )?context|fyi|unrelated|switching gears|changing (?:the )?subject)\b/i
/** A question that points back into its lead-in ("... does ketamine touch that?") asks about it. */
const POINTS_BACK = /\b(that|this|those|these|such|them|both|either|so)\b/i
/** "It" and "they" point back too, unless the lead-in is a hedge or names the clinic's subject. */
const IT = /\b(it|its|they|their)\b/i

export function leadIn(message: string): { lead: string; question: string; hedge: boolean } | undefined {
  const match = LEAD_IN.exec(message.trim())
  if (!match || OPENS_AS_QUESTION.test(match[1]!) || POINTS_BACK.test(match[2]!)) return undefined
  const hedge = HEDGE.test(match[1]!)
  if (!hedge && !OWN_STORY.test(match[1]!)) return undefined
  return { lead: match[1]!, question: match[2]!, hedge }
}

/** "This anxiety is killing me, does ketamine work fast?": the subject stays what is asked about. */
function namesSubject(concept: Concept, subject: Set<string>): boolean {
  return concept.alternatives.some((a) => a.strength === 1 && a.terms.length > 0 && a.terms.every((term) => subject.has(term)))
}

/** The query with the lead-in's own concepts weakened, or the query as it was. */
export function weakenLeadIn(index: ClinicIndex, message: string, query: AnalyzedQuery): AnalyzedQuery {
  const parts = leadIn(message)
  if (!parts) return query
  const subject = subjectTerms(index)
  if (!parts.hedge && IT.test(parts.question) && !normalizedTerms(parts.lead).some((term) => subject.has(term))) return query
  const asked = analyzeQuery(parts.question, index.vocabulary).concepts
  if (!asked.some((concept) => concept.weight >= 1 && !concept.optional)) return query
  const askedText = new Set(asked.flatMap((concept) => concept.text.split(' ')))
  return {
    ...query,
    concepts: query.concepts.map((concept) =>
      concept.weight >= 1 && concept.text.split(' ').every((word) => !askedText.has(word)) && !namesSubject(concept, subject) ? { ...concept, weight: WEAK_WEIGHT } : concept,
    ),
  }
}
