/**
 * A question that asks only for a kind of answer ("tl;dr?", "in a nutshell, what's the
 * takeaway?") names nothing to search for, but a clinic whose articles have one section of that
 * kind ("The Bottom Line") answers it: with the section's sentence that says what the type asks
 * for (question-types.json `says`), else its opening sentence. Where several
 * sections would do (a library with a summary per article), the question does not say which,
 * and it is not answered this way.
 *
 * ```ts
 * sectionOfType(index, normalize('tldr?'), []) // => [first passage of "The Bottom Line", ...its span]
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import { cuesFor, findCues, headingMatches } from './question-types.ts'
import { isLeadIn, spanFor } from './span.ts'
import type { Concept } from './query.ts'
import { terms } from './text.ts'

/**
 * @param normalized the question, normalized (text.ts `normalize`)
 * @param concepts the question's concepts: it asks only for a kind of answer when each is a weak
 * word or the cue's own word that the articles never use ("sum it up": "sum")
 * @returns the span to quote, or []
 */
export function sectionOfType(index: ClinicIndex, normalized: string, concepts: Concept[]): number[] {
  const cues = cuesFor(findCues(normalized), undefined).filter((cue) => !cue.type.fallback)
  if (cues.length === 0) return []
  const cueWords = new Set(cues.flatMap((cue) => cue.stems))
  const unused = (concept: Concept) => concept.alternatives.every((alternative) => alternative.terms.some((term) => !index.df.has(term)))
  const onlyType = concepts.every((concept) => concept.weight < 1 || concept.optional || (unused(concept) && terms(concept.text).every((term) => cueWords.has(term))))
  if (!onlyType) return []
  const types = cues.map((cue) => cue.type)
  const sections = index.knowledge.sections.flatMap((_, section) => (headingMatches(types, index.headingTerms(section)) ? [section] : []))
  if (sections.length !== 1) return []
  const { first, end } = index.knowledge.sections[sections[0]!]!
  // The sentence that says what the type asks for ("appropriate only for people who ..." to "who is
  // it for?"), else the section's opening sentence.
  const says = types.flatMap((type) => (type.says ? [type.says] : []))
  const quotable = (passage: number) => !isLeadIn(index.knowledge, passage)
  const passages = Array.from({ length: end - first }, (_, k) => first + k).filter(quotable)
  const telling = passages.find((passage) => says.some((pattern) => pattern.test(index.knowledge.passages[passage]!.text)))
  const chosen = telling ?? passages[0]
  return chosen === undefined ? [] : spanFor(index.knowledge, chosen)
}
