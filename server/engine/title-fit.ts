/**
 * How well an article's title names what is asked. In a library with many similar articles this
 * is what tells "Lung Cancer" from "Non-Small Cell Lung Cancer" for "who is at risk for lung
 * cancer?": the fit is the share of the title the question names (by term rarity) times the share
 * of the question the title covers, plus a bonus when the question names the title word for word
 * ("Huntington's Disease" over "Huntington disease", "Hepatitis A" over "Hepatitis B").
 *
 * ```ts
 * const titles = titleFitter(index, weighed, 'Who is at risk for lung cancer?')
 * titles.candidates(5) // => articles best named by the question
 * titles.fit(article)  // => 0-1.25
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import type { WeighedQuery } from './weigh-concepts.ts'
import { normalize } from './text.ts'

export const TITLE = {
  /** Added to the fit when the question contains the title word for word. */
  exactBonus: 1.0,
  /** Articles looked at for candidates, gathered from the question's rarest title words. */
  maxArticlesInView: 300,
} as const

export interface TitleFitter {
  fit(article: number): number
  /** Articles whose titles share a word with the question, best fit first. */
  candidates(limit: number): number[]
}

/** @param question the question, normalized (text.ts `normalize`) */
export function titleFitter(index: ClinicIndex, weighed: WeighedQuery, question: string): TitleFitter {
  const { concepts, importance, required, possible, idf } = weighed
  const asked = new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((alternative) => alternative.terms)))
  const questionWords = ` ${spelling(question)} `
  const fits = new Map<number, number>()

  const fit = (article: number): number => {
    let value = fits.get(article)
    if (value !== undefined) return value
    const title = index.titleTerms(article)
    let total = 0
    let named = 0
    for (const term of title) {
      total += idf(term)
      if (asked.has(term)) named += idf(term)
    }
    let found = 0
    concepts.forEach((concept, i) => {
      if (required[i] && concept.alternatives.some((a) => a.terms.every((term) => title.has(term)))) found += importance[i]!
    })
    value = total > 0 && possible > 0 ? (named / total) * (found / possible) : 0
    if (value > 0 && questionWords.includes(` ${spelledTitle(index, article)} `)) value += TITLE.exactBonus
    fits.set(article, value)
    return value
  }

  const candidates = (limit: number): number[] => {
    // Rarest title words first, until enough articles are in view: an article that shares only
    // "syndrome" or "disease" with the question cannot be the best named.
    const postings = titlePostings(index)
    const lists = [...asked].map((term) => postings.get(term) ?? []).filter((list) => list.length > 0).sort((a, b) => a.length - b.length)
    const seen = new Set<number>()
    for (const list of lists) {
      if (seen.size > 0 && seen.size + list.length > TITLE.maxArticlesInView) break
      for (const article of list) seen.add(article)
    }
    return [...seen]
      .map((article) => ({ article, fit: fit(article) }))
      .filter((a) => a.fit > 0)
      .sort((a, b) => b.fit - a.fit)
      .slice(0, limit)
      .map((a) => a.article)
  }
  return { fit, candidates }
}

const postings = new WeakMap<ClinicIndex, Map<string, number[]>>()
const surfaces = new WeakMap<ClinicIndex, { normalized: string; spelled: string }[]>()

/** Term -> articles whose title has it. */
function titlePostings(index: ClinicIndex): Map<string, number[]> {
  let map = postings.get(index)
  if (!map) {
    map = new Map()
    index.knowledge.articles.forEach((_, article) => {
      for (const term of index.titleTerms(article)) {
        const list = map!.get(term)
        if (list) list.push(article)
        else map!.set(term, [article])
      }
    })
    postings.set(index, map)
  }
  return map
}

/** An article's title normalized, and spelled as questions are compared with it (kept: titles don't change). */
export function normalizedTitle(index: ClinicIndex, article: number): string {
  return titleForms(index, article).normalized
}

/**
 * The longest article title the question spells out word for word (its article, and its words as
 * `spelling` writes them), or undefined. Asked only of the few messages that need it (a redirect
 * word inside a title, topic-name.ts; a question of weak words only): it reads every title.
 */
export function longestTitleNamed(index: ClinicIndex, question: string): { article: number; words: string } | undefined {
  const questionWords = ` ${spelling(question)} `
  let best: { article: number; words: string } | undefined
  for (let article = 0; article < index.knowledge.articles.length; article++) {
    const words = spelledTitle(index, article)
    if (words && (!best || words.length > best.words.length) && questionWords.includes(` ${words} `)) best = { article, words }
  }
  return best
}

function spelledTitle(index: ClinicIndex, article: number): string {
  return titleForms(index, article).spelled
}

function titleForms(index: ClinicIndex, article: number): { normalized: string; spelled: string } {
  let list = surfaces.get(index)
  if (!list) {
    list = []
    surfaces.set(index, list)
  }
  return (list[article] ??= formsOf(normalize(index.knowledge.articles[article]!.title)))
}

function formsOf(normalized: string) {
  return { normalized, spelled: spelling(normalized) }
}

/** Lower-case words with their apostrophes and hyphens: "Parkinson's Disease" is not "Parkinson disease". */
export function spelling(normalized: string): string {
  return normalized.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()
}
