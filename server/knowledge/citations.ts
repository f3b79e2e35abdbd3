/**
 * Finds the citations a sentence gives inline, such as "(Glue et al., 2017)" or "(FDA Label)", so
 * that a quote can show the study it rests on. A parenthesis counts when it names a source listed
 * in the article's front matter, or looks like an author-year reference; "(SAD)" does not.
 *
 * ```ts
 * findCitations('It helped (Glue et al., 2017).', {}) // => ['Glue et al., 2017']
 * ```
 */
const AUTHOR_YEAR = /^[\p{Lu}][\p{L}'’ .&-]*(?:et al\.?)?,? (?:19|20)\d{2}[a-z]?$/u

export function findCitations(sentence: string, known: Record<string, unknown>): string[] {
  const labels: string[] = []
  const byLowercase = new Map(Object.keys(known).map((label) => [label.toLowerCase(), label]))
  for (const [, inner] of sentence.matchAll(/\(([^()]{2,120})\)/g)) {
    for (const part of inner!.split(/;\s*/)) {
      const candidate = part.trim()
      const label = byLowercase.get(candidate.toLowerCase()) ?? (AUTHOR_YEAR.test(candidate) ? candidate : undefined)
      if (label && !labels.includes(label)) labels.push(label)
    }
  }
  return labels
}
