/**
 * How much each concept of a question matters to this clinic. A concept weighs its weight in the
 * question times how rare its words are in the clinic's passages (IDF), so "glutamate" counts for
 * more than "ketamine" in a ketamine clinic. A concept whose words the articles never use is
 * `unknown` and weighs as much as the rarest word there is: a question about it cannot be
 * answered by quoting something else. Weak words the articles lack ("free", "right") are `vague`.
 *
 * ```ts
 * const weighed = weighConcepts(index, analyzeQuery('does ketamine help OCD', index.vocabulary).concepts)
 * weighed.unknown.map((c) => c.text) // => ['ocd']
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import type { Concept } from './query.ts'
import { subjectTerms } from './subject.ts'

export interface WeighedQuery {
  /** The concepts, each keeping only the ways of saying it that the articles use. */
  concepts: Concept[]
  importance: number[]
  /** Concepts an answer must contain: not optional, and known or unknown topic words. */
  required: boolean[]
  /** The sum of the required concepts' importance. */
  possible: number
  unknown: Concept[]
  vague: Concept[]
  /** Concepts that name the clinic's own subject ("ketamine" at a ketamine clinic). */
  subject: boolean[]
  /** Does the question ask about something besides the clinic's own subject? */
  hasTopic: boolean
  idf(term: string): number
}

/** How much the clinic's subject counts next to a topic in the same question. */
export const SUBJECT_SHARE = 0.3

export function weighConcepts(index: ClinicIndex, asked: Concept[]): WeighedQuery {
  const total = index.knowledge.passages.length
  const idfOf = (df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5))
  const idf = (term: string) => idfOf(index.df.get(term) ?? 0)
  const titles = titleVocabulary(index)
  const known = (term: string) => index.df.has(term) || titles.has(term)

  // Only ways of saying a concept whose every word the articles use can match ("FDA approved"
  // must not half-match a passage citing "FDA Label").
  const concepts = asked.map((concept) => ({ ...concept, alternatives: concept.alternatives.filter((a) => a.terms.length > 0 && a.terms.every(known)) }))
  const unknown: Concept[] = []
  const vague: Concept[] = []
  const importance = concepts.map((concept) => {
    let best = 0
    for (const alternative of concept.alternatives) {
      best = Math.max(best, alternative.terms.reduce((sum, term) => sum + idf(term), 0) / alternative.terms.length)
    }
    if (best > 0) return concept.weight * best
    // Weak words and earlier turns' words the articles lack are set aside; a topic word the
    // articles lack weighs as much as the rarest word they have.
    if (concept.optional) return 0
    if (concept.weight < 1) {
      vague.push(concept)
      return 0
    }
    unknown.push(concept)
    return idfOf(0)
  })
  const required = concepts.map((concept, i) => !concept.optional && importance[i]! > 0)
  const subjectWords = subjectTerms(index)
  const subject = concepts.map((concept) => concept.alternatives.some((a) => a.strength === 1 && a.terms.every((term) => subjectWords.has(term))))
  const hasTopic = concepts.some((concept, i) => required[i] && concept.weight >= 1 && !subject[i])
  // Every passage of a clinic is about its subject: in "what are the side effects of IV ketamine?"
  // the words "IV ketamine" must not make a sentence that says them outrank the one that says
  // "side effects". Beside a topic, the subject counts for less.
  if (hasTopic) subject.forEach((isSubject, i) => (importance[i] = isSubject ? importance[i]! * SUBJECT_SHARE : importance[i]!))
  const possible = concepts.reduce((sum, _, i) => sum + (required[i] ? importance[i]! : 0), 0)
  return { concepts, importance, required, possible, unknown, vague, subject, hasTopic, idf }
}

const titleVocabularies = new WeakMap<ClinicIndex, Set<string>>()

/** Every term of every article title, for telling "not in the articles" from "only in a title". */
function titleVocabulary(index: ClinicIndex): Set<string> {
  let set = titleVocabularies.get(index)
  if (!set) {
    set = new Set(index.knowledge.articles.flatMap((_, i) => [...index.titleTerms(i)]))
    titleVocabularies.set(index, set)
  }
  return set
}
