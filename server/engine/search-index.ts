/**
 * A clinic's search index: its knowledge, its compiled vocabulary, a MiniSearch index over
 * sections (title, heading, text) to find candidates fast, and passage document frequencies to
 * weigh terms. Built once (at build time for the Worker) and serialized as plain JSON.
 *
 * ```ts
 * const index = buildClinicIndex(knowledge, [clinicVocabulary])
 * const again = loadClinicIndex(JSON.parse(JSON.stringify(serializeClinicIndex(index))))
 * ```
 */
import MiniSearch, { type Options } from 'minisearch'
import type { ClinicKnowledge } from '../knowledge/types.ts'
import { normalize, words, terms, STOPWORDS, stem } from './text.ts'
import { BASE_VOCABULARY, compileVocabulary, type Vocabulary, type VocabularyData } from './vocabulary.ts'

export interface ClinicIndex {
  knowledge: ClinicKnowledge
  vocabulary: Vocabulary
  /** The clinic's own vocabulary additions, kept so that the index can be serialized again. */
  vocabularyData: VocabularyData[]
  sections: MiniSearch<SectionDocument>
  /** In how many passages (text, heading) each term occurs. */
  df: Map<string, number>
  /** Sections `[first, end)` of an article (sections are stored article by article). */
  articleSections(article: number): readonly [number, number]
  passageTerms(passage: number): ReadonlySet<string>
  headingTerms(section: number): ReadonlySet<string>
  titleTerms(article: number): ReadonlySet<string>
}

export interface SerializedClinicIndex {
  format: 1
  knowledge: ClinicKnowledge
  vocabulary: VocabularyData[]
  sections: unknown
  df: [string, number][]
}

interface SectionDocument {
  id: number
  title: string
  heading: string
  text: string
}

/** The options MiniSearch needs both when building and when loading (they must be the same). */
export const SECTION_SEARCH_OPTIONS: Options<SectionDocument> = {
  fields: ['title', 'heading', 'text'],
  tokenize: (text: string) => words(normalize(text)),
  processTerm: (term: string) => (STOPWORDS.has(term) ? null : stem(term)),
  searchOptions: { boost: { title: 3, heading: 2, text: 1 } },
}

export function buildClinicIndex(knowledge: ClinicKnowledge, clinicVocabulary: VocabularyData[] = []): ClinicIndex {
  const sections = new MiniSearch<SectionDocument>(SECTION_SEARCH_OPTIONS)
  sections.addAll(
    knowledge.sections.map((section, id) => ({
      id,
      title: knowledge.articles[section.article]!.title,
      heading: section.heading,
      text: knowledge.passages.slice(section.first, section.end).map((p) => p.text).join(' '),
    })),
  )
  const df = new Map<string, number>()
  knowledge.passages.forEach((passage) => {
    const seen = new Set([...terms(passage.text), ...terms(knowledge.sections[passage.section]!.heading)])
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1)
  })
  return assemble(knowledge, clinicVocabulary, sections, df)
}

export function serializeClinicIndex(index: ClinicIndex): SerializedClinicIndex {
  return { format: 1, knowledge: index.knowledge, vocabulary: index.vocabularyData, sections: index.sections.toJSON(), df: [...index.df] }
}

export function loadClinicIndex(data: SerializedClinicIndex): ClinicIndex {
  const sections = MiniSearch.loadJS<SectionDocument>(data.sections as Parameters<typeof MiniSearch.loadJS>[0], SECTION_SEARCH_OPTIONS)
  return assemble(data.knowledge, data.vocabulary, sections, new Map(data.df))
}

function assemble(knowledge: ClinicKnowledge, vocabularyData: VocabularyData[], sections: MiniSearch<SectionDocument>, df: Map<string, number>): ClinicIndex {
  const vocabulary: Vocabulary = compileVocabulary([BASE_VOCABULARY, ...vocabularyData])
  const ranges: [number, number][] = knowledge.articles.map(() => [0, 0])
  knowledge.sections.forEach((section, i) => {
    const range = ranges[section.article]!
    if (range[1] === 0) range[0] = i
    range[1] = i + 1
  })
  return {
    knowledge,
    vocabulary,
    vocabularyData,
    sections,
    df,
    articleSections: (article) => ranges[article]!,
    passageTerms: memo((i) => knowledge.passages[i]!.text),
    headingTerms: memo((i) => knowledge.sections[i]!.heading),
    titleTerms: memo((i) => knowledge.articles[i]!.title),
  }
}

/** Term sets computed on first use and kept (bounded), so large libraries cost nothing up front. */
function memo(textOf: (i: number) => string, limit = 20_000): (i: number) => ReadonlySet<string> {
  const cache = new Map<number, ReadonlySet<string>>()
  return (i) => {
    let set = cache.get(i)
    if (!set) {
      set = new Set(terms(textOf(i)))
      if (cache.size >= limit) cache.delete(cache.keys().next().value!)
      cache.set(i, set)
    }
    return set
  }
}
