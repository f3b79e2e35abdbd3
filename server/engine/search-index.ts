/**
 * A clinic's search index: its knowledge, its compiled vocabulary, a MiniSearch index over
 * sections (title, heading, text) to find candidates, every passage's terms (term-table.ts) to
 * score them, and document frequencies to weigh terms. Built once (by `npm run build` for the
 * Worker and a fast start) and serialized as plain JSON; everything is tokenized at build time,
 * so loading parses and decodes but never tokenizes.
 *
 * ```ts
 * const index = buildClinicIndex(knowledge, [clinicVocabulary])
 * const again = loadClinicIndex(JSON.parse(JSON.stringify(serializeClinicIndex(index))))
 * ```
 */
import MiniSearch, { type Options } from 'minisearch'
import type { ClinicKnowledge, Passage } from '../knowledge/types.ts'
import { normalize, stem, STOPWORDS, terms, words } from './text.ts'
import { BASE_VOCABULARY, compileVocabulary, type Vocabulary, type VocabularyData } from './vocabulary.ts'
import { TermTable, type SerializedTermTable, type TermLookup } from './term-table.ts'

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
  /** The terms of one passage, or of a span of passages quoted together. */
  spanTerms(span: readonly number[]): TermLookup
  headingTerms(section: number): ReadonlySet<string>
  titleTerms(article: number): ReadonlySet<string>
  /** Every word the articles spell out (letters only, lower case), for mending typos (typos.ts). */
  words: ReadonlySet<string>
  /** Kept for serialization. */
  termTable: TermTable
}

export const INDEX_FORMAT = 3

export interface SerializedClinicIndex {
  format: typeof INDEX_FORMAT
  clinic: Omit<ClinicKnowledge, 'passages'>
  /**
   * Passages by column, which parses several times faster than objects repeating their keys: all
   * texts in one string (a passage never contains a line break), blocks as run lengths (each
   * passage's section follows from the sections' ranges), list items and sources sparse.
   */
  passages: { text: string; blockRuns: number[]; items: number[]; sources: [number, string[]][] }
  vocabulary: VocabularyData[]
  sections: unknown
  terms: SerializedTermTable
  df: [string, number][]
  /** The words, space-separated. */
  words: string
}

interface SectionDocument {
  id: number
  title: string
  heading: string
  text: string
}

/**
 * The options MiniSearch needs both when building and when loading. Documents arrive as search
 * terms already (text.ts `terms`), so MiniSearch only splits them.
 */
export const SECTION_SEARCH_OPTIONS: Options<SectionDocument> = {
  fields: ['title', 'heading', 'text'],
  tokenize: (text: string) => (text ? text.split(' ') : []),
  processTerm: (term: string) => term,
  searchOptions: { boost: { title: 3, heading: 2, text: 1 } },
}

/**
 * A word in more passages than this is too common to find sections by: searching for "symptoms"
 * or "treatment" in a large library matches thousands of sections and decides nothing. Such words
 * are left out of the section index's text (they still score passages and match headings), which
 * keeps the index small and quick to load; retrieve.ts never searches for them.
 */
export function commonAbove(passageCount: number): number {
  return Math.max(COMMON.minPassages, COMMON.share * passageCount)
}

export const COMMON = { share: 0.01, minPassages: 50 } as const

export function buildClinicIndex(knowledge: ClinicKnowledge, clinicVocabulary: VocabularyData[] = []): ClinicIndex {
  // One pass over each text gives both its spelled-out words and its terms (what text.ts `terms` does).
  const spelled = new Set<string>()
  const termsOf = (text: string) => {
    const out: string[] = []
    for (const word of words(normalize(text))) {
      if (SPELLED_WORD.test(word)) spelled.add(word)
      if (!STOPWORDS.has(word)) out.push(stem(word))
    }
    return out
  }
  const table = TermTable.build(knowledge.passages.map((passage) => termsOf(passage.text)))
  const headings = knowledge.sections.map((section) => termsOf(section.heading))
  for (const article of knowledge.articles) termsOf(article.title)
  const df = new Map<string, number>()
  knowledge.passages.forEach((passage, p) => {
    for (const term of new Set([...table.termsOf(p), ...headings[passage.section]!])) df.set(term, (df.get(term) ?? 0) + 1)
  })

  const common = commonAbove(knowledge.passages.length)
  const sections = new MiniSearch<SectionDocument>(SECTION_SEARCH_OPTIONS)
  sections.addAll(
    knowledge.sections.map((section, id) => {
      const text: string[] = []
      for (let p = section.first; p < section.end; p++) for (const term of table.termsOf(p)) if (df.get(term)! <= common) text.push(term)
      return { id, title: terms(knowledge.articles[section.article]!.title).join(' '), heading: headings[id]!.join(' '), text: text.join(' ') }
    }),
  )
  return assemble(knowledge, clinicVocabulary, sections, table, df, spelled)
}

/** Words worth keeping for mending typos: letters only, three or more. */
const SPELLED_WORD = /^\p{L}{3,}$/u

export function serializeClinicIndex(index: ClinicIndex): SerializedClinicIndex {
  const { passages, ...clinic } = index.knowledge
  const sources: [number, string[]][] = []
  const items: number[] = []
  passages.forEach((passage, p) => {
    if (passage.sources.length > 0) sources.push([p, passage.sources])
    if (passage.item) items.push(p)
  })
  const blockRuns: number[] = []
  passages.forEach((passage, p) => {
    if (p > 0 && passage.block === passages[p - 1]!.block) blockRuns[blockRuns.length - 1]!++
    else blockRuns.push(1)
  })
  return {
    format: INDEX_FORMAT,
    clinic,
    passages: { text: passages.map((p) => p.text).join('\n'), blockRuns, items, sources },
    vocabulary: index.vocabularyData,
    sections: index.sections.toJSON(),
    terms: index.termTable.encode(),
    df: [...index.df],
    words: [...index.words].join(' '),
  }
}

export function loadClinicIndex(data: SerializedClinicIndex): ClinicIndex {
  if (data.format !== INDEX_FORMAT) throw new Error(`prebuilt index format ${String(data.format)}, expected ${INDEX_FORMAT}: run npm run build`)
  const { text, blockRuns, items, sources } = data.passages
  const texts = text.split('\n')
  const passages = new Array<Passage>(texts.length)
  data.clinic.sections.forEach((section, s) => {
    for (let p = section.first; p < section.end; p++) passages[p] = { section: s, block: 0, text: texts[p]!, sources: [] }
  })
  let p = 0
  blockRuns.forEach((run, block) => {
    for (const end = p + run; p < end; p++) passages[p]!.block = block
  })
  for (const p of items) passages[p]!.item = true
  for (const [p, labels] of sources) passages[p]!.sources = labels
  const sectionIndex = MiniSearch.loadJS<SectionDocument>(data.sections as Parameters<typeof MiniSearch.loadJS>[0], SECTION_SEARCH_OPTIONS)
  const spelled = new Set(data.words ? data.words.split(' ') : [])
  return assemble({ ...data.clinic, passages }, data.vocabulary, sectionIndex, TermTable.decode(data.terms), new Map(data.df), spelled)
}

function assemble(
  knowledge: ClinicKnowledge,
  vocabularyData: VocabularyData[],
  sections: MiniSearch<SectionDocument>,
  termTable: TermTable,
  df: Map<string, number>,
  spelled: ReadonlySet<string>,
): ClinicIndex {
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
    termTable,
    articleSections: (article) => ranges[article]!,
    spanTerms: (span) => termTable.lookup(...span),
    headingTerms: memo((i) => knowledge.sections[i]!.heading),
    titleTerms: memo((i) => knowledge.articles[i]!.title),
    words: spelled,
  }
}

/** Term sets of headings and titles, computed on first use and kept (there are few of them). */
function memo(textOf: (i: number) => string): (i: number) => ReadonlySet<string> {
  const cache = new Map<number, ReadonlySet<string>>()
  return (i) => {
    let set = cache.get(i)
    if (!set) {
      set = new Set(terms(textOf(i)))
      cache.set(i, set)
    }
    return set
  }
}
