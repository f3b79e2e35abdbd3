/**
 * Ranks a clinic's passages for a question and says how sure it is.
 *
 * Each concept of the question has an importance: its weight in the question times how rare its
 * words are in the clinic's passages (IDF). A concept the clinic's articles never mention gets the
 * importance of the rarest word there is, because a question about something the articles don't
 * know ("does it help with OCD?") must not be answered by a passage that shares only "ketamine".
 * A passage scores the importance of the concepts it contains; `coverage` is the share of the
 * question's importance that the best passage covers, and the answer threshold is set on it.
 *
 * ```ts
 * const ranking = retrieve(index, analyzeQuery('what are the side effects', index.vocabulary))
 * ranking.passages[0] // => { passage: 21, score: 5.1, coverage: 0.92 }
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import type { AnalyzedQuery, Concept } from './query.ts'
import { detectQuestionTypes, headingMatches, type QuestionType } from './question-types.ts'
import { spanFor } from './span.ts'
import { subjectTerms } from './subject.ts'

export interface RankedPassage {
  passage: number
  /** The passage with the neighbours it is quoted with (see span.ts); scored as a whole. */
  span: number[]
  score: number
  /** Share of the question's importance this passage covers, 0-1. */
  coverage: number
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
}

/** Tunable constants of retrieval, gathered in one place. */
export const RETRIEVAL = {
  /** Sections taken from the section index before passages are scored. */
  candidateSections: 12,
  /** Credit for a term found in the section heading or article title rather than the passage. */
  headingCredit: 0.7,
  /** An article is about its title: every sentence of "How IV Ketamine Affects Anxiety" is about ketamine. */
  titleCredit: 0.75,
  /** Bonus, as a share of the question's importance, for a heading that answers the question type. */
  headingTypeBonus: 0.3,
  /** Passages returned at most. */
  limit: 12,
  /** A concept counts as found in a quote when at least this much of it is there. */
  matched: 0.5,
  /** Score lost per typical passage length beyond the first (terms), so long spans don't win by volume. */
  lengthPenalty: 0.15,
  typicalTerms: 12,
  /** Bonus for each further way a passage says a concept, and its cap. */
  density: 0.1,
  densityCap: 0.3,
} as const

export function retrieve(index: ClinicIndex, query: AnalyzedQuery, extra: Concept[] = []): Ranking {
  let concepts = [...query.concepts, ...extra]
  const types = detectQuestionTypes(query.normalized)
  const total = index.knowledge.passages.length
  const idf = (df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5))
  const unknownImportance = idf(0)

  const known = (term: string) => index.df.has(term) || titleVocabulary(index).has(term)
  const unknown: Concept[] = []
  const vague: Concept[] = []
  // Only ways of saying a concept whose every word the articles use can match ("FDA approved"
  // must not half-match a passage citing "FDA Label").
  concepts = concepts.map((concept) => ({ ...concept, alternatives: concept.alternatives.filter((a) => a.terms.length > 0 && a.terms.every(known)) }))
  const importance = concepts.map((concept) => {
    let best = 0
    for (const alternative of concept.alternatives) {
      const mean = alternative.terms.reduce((sum, term) => sum + idf(index.df.get(term) ?? 0), 0) / alternative.terms.length
      best = Math.max(best, mean)
    }
    if (best > 0) return concept.weight * best
    // Weak words ("free", "right") and earlier turns' words the articles lack are set aside; a
    // topic word the articles lack weighs as much as the rarest word they have.
    if (concept.optional) return 0
    if (concept.weight < 1) {
      vague.push(concept)
      return 0
    }
    unknown.push(concept)
    return unknownImportance
  })
  const subject = subjectTerms(index)
  const hasTopic = concepts.some(
    (concept, i) =>
      !concept.optional &&
      concept.weight >= 1 &&
      importance[i]! > 0 &&
      !concept.alternatives.some((a) => a.strength === 1 && a.terms.length > 0 && a.terms.every((term) => subject.has(term))),
  )
  const required = concepts.map((concept, i) => !concept.optional && importance[i]! > 0)
  const possible = concepts.reduce((sum, _, i) => sum + (required[i] ? importance[i]! : 0), 0)

  const assess = (span: number[]): Assessment => {
    const first = span[0]
    if (first === undefined || possible === 0) return { coverage: 0, missing: concepts.filter((_, i) => required[i]), missingShare: 1 }
    const section = index.knowledge.passages[first]!.section
    const heading = index.headingTerms(section)
    const title = index.titleTerms(index.knowledge.sections[section]!.article)
    const own = spanTerms(index, span)
    let covered = 0
    let missingImportance = 0
    const missing: Concept[] = []
    concepts.forEach((concept, i) => {
      const match = Math.min(1, conceptMatch(concept, own, heading, title))
      covered += importance[i]! * match
      if (required[i] && match < RETRIEVAL.matched) {
        missing.push(concept)
        missingImportance += importance[i]!
      }
    })
    return { coverage: Math.min(1, covered / possible), missing, missingShare: missingImportance / possible }
  }
  if (possible === 0) return { passages: [], unknown, vague, hasTopic, types, assess }

  const ranked: RankedPassage[] = []
  const seenSpans = new Set<string>()
  for (const section of candidateSections(index, concepts)) {
    const { first, end, article } = index.knowledge.sections[section]!
    const heading = index.headingTerms(section)
    const title = index.titleTerms(article)
    const typeBonus = types.length > 0 && headingMatches(types, heading) ? RETRIEVAL.headingTypeBonus * possible : 0
    for (let passage = first; passage < end; passage++) {
      if (isLeadIn(index, passage)) continue
      const span = spanFor(index.knowledge, passage)
      const key = span.join(',')
      if (seenSpans.has(key)) continue
      const own = spanTerms(index, span)
      let covered = 0
      concepts.forEach((concept, i) => {
        covered += importance[i]! * conceptMatch(concept, own, heading, title)
      })
      if (covered === 0) continue
      seenSpans.add(key)
      // Of two spans that say the same, the shorter is the more to the point (BM25's intuition).
      const norm = 1 + RETRIEVAL.lengthPenalty * Math.max(0, own.size / RETRIEVAL.typicalTerms - 1)
      ranked.push({ passage, span, score: covered / norm + typeBonus, coverage: Math.min(1, covered / possible) })
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.passage - b.passage)
  return { passages: ranked.slice(0, RETRIEVAL.limit), unknown, vague, hasTopic, types, assess }
}

/** "IV ketamine may:" is quoted with the first list item it introduces, never alone. */
function isLeadIn(index: ClinicIndex, passage: number): boolean {
  const { passages } = index.knowledge
  return passages[passage]!.text.endsWith(':') && passages[passage + 1]?.item === true
}

function spanTerms(index: ClinicIndex, span: number[]): ReadonlySet<string> {
  return span.length === 1 ? index.passageTerms(span[0]!) : new Set(span.flatMap((p) => [...index.passageTerms(p)]))
}

/**
 * How well the concept is found in the passage or its context: 0-1 for the best way of saying
 * it, plus a little for each further way the passage says it too ("the evidence is still
 * considered preliminary" says "evidence" and "preliminary" for "is it proven?"), which tells a
 * passage about the thing from one that mentions it.
 */
function conceptMatch(concept: Concept, own: ReadonlySet<string>, heading: ReadonlySet<string>, title: ReadonlySet<string>): number {
  let best = 0
  let whole = 0
  for (const { terms, strength } of concept.alternatives) {
    if (terms.length === 0) continue
    let found = 0
    for (const term of terms) {
      found += own.has(term) ? 1 : heading.has(term) ? RETRIEVAL.headingCredit : title.has(term) ? RETRIEVAL.titleCredit : 0
    }
    const match = (strength * found) / terms.length
    if (found === terms.length && terms.every((term) => own.has(term))) whole++
    best = Math.max(best, match)
  }
  return best + Math.min(RETRIEVAL.densityCap, RETRIEVAL.density * Math.max(0, whole - 1))
}

/** Sections whose title, heading or text share a term with the question, best first. */
function candidateSections(index: ClinicIndex, concepts: Concept[]): number[] {
  const boosts = new Map<string, number>()
  for (const concept of concepts) {
    for (const { terms, strength } of concept.alternatives) {
      for (const term of terms) boosts.set(term, Math.max(boosts.get(term) ?? 0, concept.weight * strength))
    }
  }
  if (boosts.size === 0) return []
  const results = index.sections.search([...boosts.keys()].join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boostTerm: (term) => boosts.get(term) ?? 1,
  })
  return results.slice(0, RETRIEVAL.candidateSections).map((result) => result.id as number)
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
