/**
 * Turns ranked passages into quotes a visitor can read: one to three, verbatim, each with its
 * article, section, deep link and the sources it cites. Each quote is the passage's span (see
 * span.ts), so it reads on its own. No passage is quoted twice.
 *
 * ```ts
 * composeQuotes(index, ranking) // => [{ text: 'Possible side effects include ... (FDA Label).', title, url, section, sources }]
 * ```
 */
import type { Quote } from '../contract.ts'
import type { ClinicIndex } from './search-index.ts'
import type { Assessment, Ranking } from './retrieve.ts'
import { textFragmentUrl } from './text-fragment.ts'
import { readOn } from './span.ts'

export const COMPOSE = {
  maxQuotes: 3,
  /** A further quote must score at least this share of the first one. */
  furtherQuoteShare: 0.8,
  /** Coverage a quote needs to be given as an answer at all. */
  minCoverage: 0.5,
  /** Share of the question's importance that may be missing from the quote (never an unknown concept). */
  maxMissingShare: 0.4,
} as const

export interface ComposedQuote {
  quote: Quote
  passages: number[]
  assessment: Assessment
}

/** Is this assessment good enough to answer with? */
export function answers(assessment: Assessment, ranking: Ranking): boolean {
  // "Is ketamine free?": the only thing asked is a word the articles lack. A question of a
  // definite type ("who should try ketamine?") asks something, even in weak words.
  if (ranking.vague.length > 0 && !ranking.hasTopic && !ranking.types.some((type) => !type.fallback)) return false
  return (
    assessment.coverage >= COMPOSE.minCoverage &&
    assessment.missingShare <= COMPOSE.maxMissingShare &&
    !assessment.missing.some((concept) => ranking.unknown.includes(concept))
  )
}

export function composeQuotes(index: ClinicIndex, ranking: Ranking): ComposedQuote[] {
  const used = new Set<number>()
  const quotes: ComposedQuote[] = []
  const best = ranking.passages[0]
  if (!best) return quotes
  for (const candidate of ranking.passages) {
    if (quotes.length >= COMPOSE.maxQuotes) break
    if (used.has(candidate.passage)) continue
    if (quotes.length > 0 && candidate.score < best.score * COMPOSE.furtherQuoteShare) break
    const span = candidate.span
    if (span.some((p) => used.has(p))) continue
    const assessment = ranking.assess(span)
    // A passage ranked first for its heading or its "because" may miss what was asked; one just
    // behind it that says it all answers instead.
    if (!answers(assessment, ranking)) continue
    // A further quote must say what was asked itself, not only sit under the right heading.
    if (quotes.length > 0 && !assessment.saysAll) continue
    const quoted = readOn(index.knowledge, span)
    if (quoted.some((p) => p !== span[0] && used.has(p))) continue
    for (const p of quoted) used.add(p)
    quotes.push({ quote: quoteOf(index, quoted), passages: quoted, assessment })
  }
  return quotes
}

/** A span of passages as a quote: verbatim text, article, section, deep link and sources. */
export function quoteOf(index: ClinicIndex, span: number[]): Quote {
  const { passages, sections, articles } = index.knowledge
  const first = passages[span[0]!]!
  const section = sections[first.section]!
  const article = articles[section.article]!
  // A lead-in and its list item are separate blocks: a line break keeps them apart as on the page.
  const text = span.map((p, i) => (i > 0 && passages[p]!.block !== passages[span[i - 1]!]!.block ? '\n' : i > 0 ? ' ' : '') + passages[p]!.text).join('')
  const labels = [...new Set(span.flatMap((p) => passages[p]!.sources))]
  return {
    text,
    title: article.title,
    url: textFragmentUrl(article.url, text),
    section: section.heading,
    sources: labels.map((label) => {
      const url = article.sources[label]
      return url ? { label, url } : { label }
    }),
  }
}
