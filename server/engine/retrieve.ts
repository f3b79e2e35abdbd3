/**
 * Ranks a clinic's passages for a question and says how sure it is.
 *
 * Candidates are the sections of the articles whose titles best name the question (title-fit.ts)
 * and the sections MiniSearch finds by their words. Each passage is scored as the span it would be
 * quoted with (span.ts): the importance of the question's concepts it contains (weigh-concepts.ts,
 * concept-match.ts), shorter spans preferred, plus bonuses when its section heading answers the
 * question type ("How is gout diagnosed?" -> "Exams and tests"), when its article's title is
 * what is asked, and when it defines what "what is ...?" asks about (definition.ts). `assess` says how much of the question a quote covers; compose.ts decides from it
 * whether to answer at all.
 *
 * ```ts
 * const ranking = retrieve(index, analyzeQuery('what are the side effects', index.vocabulary))
 * ranking.passages[0] // => { passage: 23, span: [23, 24], score: 5.1 }
 * ranking.assess(ranking.passages[0].span) // => { coverage: 0.92, missing: [], missingShare: 0, saysAll: true }
 * ```
 */
import { commonAbove, type ClinicIndex } from './search-index.ts'
import type { AnalyzedQuery, Concept } from './query.ts'
import { cuesFor, findCues, type QuestionType } from './question-types.ts'
import { sectionContexts, type SectionContext } from './section-context.ts'
import { isLeadIn, spanFor } from './span.ts'
import { weighConcepts, type WeighedQuery } from './weigh-concepts.ts'
import { conceptMatch, MATCH } from './concept-match.ts'
import { titleFitter } from './title-fit.ts'
import type { TermLookup } from './term-table.ts'
import { anyDefines, definitionOf, DEFINITION } from './definition.ts'
import { answersType } from './scope.ts'

export interface RankedPassage {
  passage: number
  /** The passage with the neighbours it is quoted with (see span.ts); scored as a whole. */
  span: number[]
  score: number
}

export interface Ranking {
  passages: RankedPassage[]
  /** Concepts the clinic's articles never mention. */
  unknown: Concept[]
  /** Weak words the articles never use ("free", "right"): ignored, unless nothing else is asked. */
  vague: Concept[]
  /** Does the question ask about something besides the clinic's own subject ("ketamine")? */
  hasTopic: boolean
  types: QuestionType[]
  /** How well a quote made of these passages answers the question. */
  assess(passages: number[]): Assessment
}

export interface Assessment {
  /** Share of the question's importance the quote covers, 0-1. */
  coverage: number
  /** Required concepts the quote does not contain (unknown ones included). */
  missing: Concept[]
  /** Importance of the missing concepts as a share of the question's. */
  missingShare: number
  /** Does the quote's own text say every required concept besides the clinic's subject? */
  saysAll: boolean
}

/** Tunable constants of retrieval, gathered in one place. */
export const RETRIEVAL = {
  /** Clinics with at most this many sections have all of them scored. */
  scoreAllUpTo: 64,
  /** Sections scored passage by passage; articles whose sections join by title; search results read. */
  candidateSections: 8,
  candidateArticles: 5,
  searchResults: 200,
  /** Words too common to search sections by (search-index.ts commonAbove) are left out, unless
   * among the few rarest words of the question; and at most this many words are searched. */
  minSearchTerms: 1,
  maxSearchTerms: 6,
  /** A title fit at which the question names an article outright (see title-fit.ts). */
  namedArticleFit: 0.9,
  /** Bonus, as a share of the question's importance, for a heading that answers the question type. */
  headingTypeBonus: 0.3,
  /** Bonus, as a share of the question's importance, for an article whose title is what is asked. */
  titleFitBonus: 0.3,
  /** Bonus, as a share of the question's importance, for a passage that says what the question type asks ("because"). */
  saysTypeBonus: 0.3,
  /** Score lost for a required concept a span does not say, as a share of its importance. */
  missingPenalty: 0.5,
  /** Passages returned at most. */
  limit: 12,
  /** A concept counts as found in a quote when at least this much of it is there. */
  matched: 0.5,
  /** Score lost per typical passage length beyond the first (terms), so long spans don't win by volume. */
  lengthPenalty: 0.15,
  typicalTerms: 12,
} as const

const NOTHING: ReadonlySet<string> = new Set()
export function retrieve(index: ClinicIndex, query: AnalyzedQuery, extra: Concept[] = []): Ranking {
  const weighed = weighConcepts(index, [...query.concepts, ...extra])
  const { concepts, importance, required, possible, unknown, vague, hasTopic } = weighed
  const cues = findCues(query.normalized)
  const types = cuesFor(cues, undefined).map((cue) => cue.type)
  const titles = titleFitter(index, weighed, query.normalized)

  const contextOf = sectionContexts(index, query.normalized, concepts, cues)
  // Per concept, how well a span says it; above 1 when it says it several ways (ranking only).
  const covers = (own: TermLookup, context: SectionContext) => {
    return concepts.map((concept, i) => {
      const match = conceptMatch(concept, own, context.heading, context.title, weighed.idf)
      return Math.max(match, context.cueCredits.get(i) ?? 0)
    })
  }

  const assess = (span: number[]): Assessment => {
    const first = span[0]
    if (first === undefined || possible === 0) return { coverage: 0, missing: concepts.filter((_, i) => required[i]), missingShare: 1, saysAll: false }
    const own = index.spanTerms(span)
    const matches = covers(own, contextOf(index.knowledge.passages[first]!.section))
    const saysAll = concepts.every(
      (concept, i) => !required[i] || weighed.subject[i] || conceptMatch(concept, own, NOTHING, NOTHING, weighed.idf) >= RETRIEVAL.matched,
    )
    let covered = 0
    let missingImportance = 0
    const missing: Concept[] = []
    matches.forEach((match, i) => {
      match = Math.min(1, match)
      covered += importance[i]! * match
      if (required[i] && match < RETRIEVAL.matched) {
        missing.push(concepts[i]!)
        missingImportance += importance[i]!
      }
    })
    return { coverage: Math.min(1, covered / possible), missing, missingShare: missingImportance / possible, saysAll }
  }
  if (possible === 0) return { passages: [], unknown, vague, hasTopic, types, assess }

  const ranked: RankedPassage[] = []
  const seenSpans = new Set<string>()
  const bonusOf = (section: number) => {
    const context = contextOf(section)
    return RETRIEVAL.headingTypeBonus * possible * context.typeMatch + RETRIEVAL.titleFitBonus * possible * titles.fit(context.article)
  }
  const named = titles.candidates(RETRIEVAL.candidateArticles)
  // A question that names an article outright ("What causes Gout?") is answered from it: no need
  // to search every section for its words.
  const searchSections = named.length === 0 || titles.fit(named[0]!) < RETRIEVAL.namedArticleFit
  // A question that names an article asks for that article's overview; one that does not is
  // answered best by a sentence that defines what it names.
  const defines = searchSections ? definitionOf(index, weighed, types) : undefined
  // "What does IV mean?" asks what the clinic's own subject is: only a sentence that defines it
  // answers, and one that merely says "IV ketamine" does not.
  if (defines?.onlySubject && !anyDefines(index, defines)) {
    return { passages: [], unknown, vague, hasTopic, types, assess }
  }
  // A type's way of answering ("because", "studies found") counts in a section headed for the
  // type, or anywhere when the clinic has no such section: a library's Research sections answer
  // "what research is being done?", not any sentence that says "research suggests".
  const saying = types.flatMap((type) => (type.says ? [{ pattern: type.says, anywhere: !answersType(index, type) }] : []))
  // "Where does that claim come from?" is answered by a sentence that names its source.
  const cited = types.some((type) => type.cited)
  for (const section of candidateSections(index, weighed, named, bonusOf, searchSections)) {
    const context = contextOf(section)
    const bonus = bonusOf(section)
    const { first, end } = index.knowledge.sections[section]!
    for (let passage = first; passage < end; passage++) {
      if (isLeadIn(index.knowledge, passage)) continue
      const span = spanFor(index.knowledge, passage)
      const key = span.join(',')
      if (seenSpans.has(key)) continue
      const own = index.spanTerms(span)
      let covered = 0
      let lacking = 0
      covers(own, context).forEach((match, i) => {
        covered += importance[i]! * match
        if (required[i] && match < RETRIEVAL.matched) lacking += importance[i]!
      })
      if (covered === 0) continue
      seenSpans.add(key)
      // Of two spans that say the same, the shorter is the more to the point (BM25's intuition).
      const length = own.size
      const norm = 1 + RETRIEVAL.lengthPenalty * Math.max(0, length / RETRIEVAL.typicalTerms - 1)
      const defining = defines?.(passage) ? DEFINITION.bonus * possible : 0
      const says =
        saying.some(({ pattern, anywhere }) => (anywhere || context.typeMatch > 0) && span.some((p) => pattern.test(index.knowledge.passages[p]!.text))) ||
        (cited && span.some((p) => index.knowledge.passages[p]!.sources.length > 0))
          ? RETRIEVAL.saysTypeBonus * possible
          : 0
      // A span that leaves out part of the question answers less of it than its words suggest.
      const score = (covered - RETRIEVAL.missingPenalty * lacking) / norm + bonus + defining + says
      ranked.push({ passage, span, score })
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.passage - b.passage)
  return { passages: ranked.slice(0, RETRIEVAL.limit), unknown, vague, hasTopic, types, assess }
}

/**
 * The sections worth scoring passage by passage, best first. MiniSearch finds sections by the
 * question's informative words only: words in more than a small share of passages ("symptoms",
 * "treatment", "people") would match thousands of sections and decide nothing that the heading
 * and title bonuses don't. The sections of the best-named articles join them. Each is pre-scored
 * by the concepts its words, heading and title contain, plus the same bonuses as passages.
 */
function candidateSections(
  index: ClinicIndex,
  weighed: WeighedQuery,
  articles: number[],
  bonusOf: (section: number) => number,
  search: boolean,
): number[] {
  const { concepts, importance, required } = weighed
  // A clinic with a few articles has every section scored: cheap, and nothing is missed.
  if (index.knowledge.sections.length <= RETRIEVAL.scoreAllUpTo) return index.knowledge.sections.map((_, i) => i)
  const boosts = new Map<string, number>()
  for (const concept of concepts) {
    for (const { terms, strength } of concept.alternatives) {
      for (const term of terms) boosts.set(term, Math.max(boosts.get(term) ?? 0, concept.weight * strength))
    }
  }
  const byRarity = [...boosts.keys()].sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0))
  const common = commonAbove(index.knowledge.passages.length)
  const informative = byRarity
    .filter((term, i) => i < RETRIEVAL.minSearchTerms || (index.df.get(term) ?? 0) <= common)
    .slice(0, RETRIEVAL.maxSearchTerms)
  const searched = new Set(search ? informative : [])

  const matchedTerms = new Map<number, Set<string>>()
  if (search && informative.length > 0) {
    const results = index.sections.search(informative.join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => boosts.get(term) ?? 1,
    })
    for (const result of results.slice(0, RETRIEVAL.searchResults)) matchedTerms.set(result.id as number, new Set(Object.keys(result.match)))
  }
  for (const article of articles) {
    const [first, end] = index.articleSections(article)
    for (let s = first; s < end; s++) if (!matchedTerms.has(s)) matchedTerms.set(s, new Set())
  }

  const scored: { section: number; score: number }[] = []
  for (const [section, matched] of matchedTerms) {
    const heading = index.headingTerms(section)
    const title = index.titleTerms(index.knowledge.sections[section]!.article)
    let score = bonusOf(section)
    concepts.forEach((concept, i) => {
      if (!required[i]) return
      const searchable = concept.alternatives.some((a) => a.terms.some((term) => searched.has(term)))
      const found = concept.alternatives.some((a) => a.terms.every((term) => matched.has(term) || heading.has(term) || title.has(term)))
      // A concept made only of common words was not searched for: it cannot tell sections apart here.
      score += importance[i]! * (found ? 1 : searchable ? 0 : 0.5)
    })
    scored.push({ section, score })
  }
  scored.sort((a, b) => b.score - a.score || a.section - b.section)
  return scored.slice(0, RETRIEVAL.candidateSections).map((s) => s.section)
}
