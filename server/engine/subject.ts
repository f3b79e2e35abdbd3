/**
 * A clinic's subject: the title words its articles keep coming back to ("ketamine", "anxiety",
 * "IV"), in at least half of its titles and in several passages. A question that names only the
 * subject asks nothing in particular ("is ketamine free?" is about "free"); a question about
 * another health topic is in scope only when it names the subject ("does ketamine raise blood
 * pressure?"). A library of unrelated articles has no subject.
 *
 * ```ts
 * subjectTerms(index) // => Set { 'iv', 'ketamin', 'anxieti' }
 * ```
 */
import type { ClinicIndex } from './search-index.ts'

/** A term in at least this many passages is something the clinic's articles discuss. */
export const DISCUSSED_IN = 3

export const SUBJECT = {
  /** Share of a clinic's titles a word must be in to be its subject. */
  titleShare: 0.5,
} as const

const subjects = new WeakMap<ClinicIndex, Set<string>>()

export function subjectTerms(index: ClinicIndex): Set<string> {
  let set = subjects.get(index)
  if (!set) {
    const titles = new Map<string, number>()
    index.knowledge.articles.forEach((_, i) => {
      for (const term of index.titleTerms(i)) titles.set(term, (titles.get(term) ?? 0) + 1)
    })
    const needed = SUBJECT.titleShare * index.knowledge.articles.length
    set = new Set([...titles].filter(([term, count]) => count >= needed && (index.df.get(term) ?? 0) >= DISCUSSED_IN).map(([term]) => term))
    subjects.set(index, set)
  }
  return set
}
