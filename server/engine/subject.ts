/**
 * A clinic's subject: the title words its articles keep coming back to ("ketamine", "anxiety",
 * "IV"). A question that names only the subject asks nothing in particular ("is ketamine free?"
 * is about "free"), and a question about another health topic is in scope only when it names
 * the subject ("does ketamine raise blood pressure?").
 *
 * ```ts
 * subjectTerms(index) // => Set { 'iv', 'ketamin', 'anxieti' }
 * ```
 */
import type { ClinicIndex } from './search-index.ts'

/** A term in at least this many passages is something the clinic's articles discuss. */
export const DISCUSSED_IN = 3

const subjects = new WeakMap<ClinicIndex, Set<string>>()

/** Title words the articles keep coming back to ("ketamine", "anxiety"): the clinic's subject. */
export function subjectTerms(index: ClinicIndex): Set<string> {
  let set = subjects.get(index)
  if (!set) {
    set = new Set()
    index.knowledge.articles.forEach((_, i) => {
      for (const term of index.titleTerms(i)) if ((index.df.get(term) ?? 0) >= DISCUSSED_IN) set!.add(term)
    })
    subjects.set(index, set)
  }
  return set
}

