/**
 * How well a concept is found in a span of passages and its context (section heading, article
 * title), 0-1 for the best way of saying it, plus a little for each further way the span says it
 * too: "the evidence is still considered preliminary" says "evidence" and "preliminary" for "is it
 * proven?", which tells a passage about the thing from one that mentions it.
 *
 * ```ts
 * conceptMatch(concept, index.spanTerms([21, 22]), index.headingTerms(7), index.titleTerms(0))
 * ```
 */
import type { Concept } from './query.ts'
import type { TermLookup } from './term-table.ts'

export const MATCH = {
  /** Credit for a term found in the section heading or article title rather than the passage. */
  headingCredit: 0.7,
  /** Credit for a concept that only names the question type ("benefits") in every passage of a
   * section whose heading names it too ("Potential Benefits"): each sentence there is one. */
  cueCredit: 0.85,
  /** An article is about its title: every sentence of "How IV Ketamine Affects Anxiety" is about ketamine. */
  titleCredit: 0.75,
  /** Bonus for each further way a passage says a concept, and its cap. */
  density: 0.1,
  densityCap: 0.3,
} as const

/**
 * @param idf how informative each word is (weigh-concepts.ts): a way of saying it found in part is
 *   credited by the share of its information found, so "anxiety disorders" is little of "social
 *   anxiety disorder" and "social" much of it.
 */
export function conceptMatch(concept: Concept, own: TermLookup, heading: TermLookup, title: TermLookup, idf?: (term: string) => number): number {
  let best = 0
  let whole = 0
  for (const { terms, strength } of concept.alternatives) {
    let found = 0
    let inOwn = 0
    let total = 0
    for (const term of terms) {
      const weight = idf && terms.length > 1 ? idf(term) : 1
      total += weight
      if (own.has(term)) {
        found += weight
        inOwn++
      } else found += weight * (heading.has(term) ? MATCH.headingCredit : title.has(term) ? MATCH.titleCredit : 0)
    }
    if (inOwn === terms.length) whole++
    best = Math.max(best, total > 0 ? (strength * found) / total : 0)
  }
  return best + Math.min(MATCH.densityCap, MATCH.density * Math.max(0, whole - 1))
}
