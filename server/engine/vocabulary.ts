/**
 * The vocabulary turns the words visitors use into the words articles use. It is data
 * (vocabulary.json for every clinic, plus knowledge/<clinic>/vocabulary.json), compiled once into
 * a phrase table keyed by the stem of each phrase's first word.
 *
 * ```ts
 * const vocabulary = compileVocabulary([BASE_VOCABULARY, { groups: [['ketamine', 'special k']] }])
 * analyzeQuery('is special k safe', vocabulary).concepts
 * // => [{ text: 'special k', alternatives: [['special', 'k'], ['ketamin']], ... }, { text: 'safe', ... }]
 * ```
 */
import { z } from 'zod'
import { normalize, stem, STOPWORDS } from './text.ts'
import baseData from './vocabulary.json' with { type: 'json' }

export const vocabularyDataSchema = z.object({
  groups: z.array(z.array(z.string().min(1)).min(2)).default([]),
  hints: z.array(z.object({ from: z.array(z.string().min(1)).min(1), to: z.array(z.string().min(1)).min(1) })).default([]),
  spelling: z.record(z.string().min(1), z.string().min(1)).default({}),
  weak: z.array(z.string().min(1)).default([]),
  idioms: z.array(z.string().min(1)).default([]),
})

export type VocabularyData = z.input<typeof vocabularyDataSchema>

export const BASE_VOCABULARY: VocabularyData = baseData

/** One way of saying a concept, as search terms, and how much a match on it is worth (0-1]. */
export interface Alternative {
  terms: string[]
  strength: number
}

export interface PhraseRule {
  /** Stems of every word of the phrase, stopwords included ("how long" -> ["how", "long"]). */
  stems: string[]
  /** Set when the phrase must be typed in capitals (abbreviations that are also words, like SAD). */
  exact?: string[]
  alternatives: Alternative[]
}

export interface Vocabulary {
  rules: Map<string, PhraseRule[]>
  spelling: Map<string, string>
  weak: Set<string>
  /** Figures of speech to drop from a question before it is searched, as one pattern. */
  idioms?: RegExp
}

/** How much a synonym's match is worth next to the word the visitor actually typed. */
export const SYNONYM_STRENGTH = 0.85

export function compileVocabulary(sources: VocabularyData[]): Vocabulary {
  const vocabulary: Vocabulary = { rules: new Map(), spelling: new Map(), weak: new Set() }
  const idioms: string[] = []
  for (const source of sources) {
    const data = vocabularyDataSchema.parse(source)
    for (const group of data.groups) {
      const alternatives = group.filter((phrase) => !isQuestionPhrase(phrase)).map((phrase) => ({ terms: contentTerms(phrase), strength: SYNONYM_STRENGTH }))
      for (const phrase of group) addRule(vocabulary, phrase, alternatives)
    }
    for (const hint of data.hints) {
      const targets = hint.to.map((phrase) => ({ terms: contentTerms(phrase), strength: SYNONYM_STRENGTH }))
      for (const phrase of hint.from) addRule(vocabulary, phrase, targets)
    }
    for (const [wrong, right] of Object.entries(data.spelling)) vocabulary.spelling.set(normalize(wrong), normalize(right))
    for (const word of data.weak) vocabulary.weak.add(stem(normalize(word)))
    idioms.push(...data.idioms)
  }
  if (idioms.length > 0) vocabulary.idioms = idiomPattern(idioms)
  // A phrase that boils down to weak words ("nothing has worked" -> "work") would match almost
  // anything: keep only the phrases that still say something.
  for (const rules of vocabulary.rules.values()) {
    for (const rule of rules) {
      rule.alternatives = rule.alternatives.filter(
        (alternative) => alternative.strength === 1 || alternative.terms.some((term) => !vocabulary.weak.has(term)),
      )
    }
  }
  return vocabulary
}

/** "dying to know" matches "Dying to  know" and "dying-to-know", never inside a longer word. */
function idiomPattern(idioms: string[]): RegExp {
  const phrases = idioms.map((idiom) => normalize(idiom).split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}

function addRule(vocabulary: Vocabulary, phrase: string, alternatives: Alternative[]): void {
  const raw = phrase.trim().split(/\s+/)
  const stems = normalize(phrase).split(/[\s/]+/).map(stemWord)
  const exact = raw.length > 0 && raw.every((word) => /^[A-Z0-9-]{2,}$/.test(word) && /[A-Z]/.test(word)) ? raw : undefined
  const key = stems[0]!
  const list = vocabulary.rules.get(key) ?? []
  const same = list.find((rule) => rule.stems.join(' ') === stems.join(' ') && String(rule.exact) === String(exact))
  const own = isQuestionPhrase(phrase) ? [] : [{ terms: contentTerms(phrase), strength: 1 }]
  if (same) {
    for (const alternative of [...own, ...alternatives]) if (!hasAlternative(same.alternatives, alternative)) same.alternatives.push(alternative)
    return
  }
  const rule: PhraseRule = { stems, alternatives: [...own] }
  if (exact) rule.exact = exact
  for (const alternative of alternatives) if (!hasAlternative(rule.alternatives, alternative)) rule.alternatives.push(alternative)
  list.push(rule)
  list.sort((a, b) => b.stems.length - a.stems.length)
  vocabulary.rules.set(key, list)
}

function hasAlternative(list: Alternative[], alternative: Alternative): boolean {
  const key = alternative.terms.join(' ')
  return list.some((existing) => existing.terms.join(' ') === key)
}

/**
 * A question phrase ("how long", "who is at risk", "been around long") is recognised as a whole
 * but never looked for as its leftover words: "long" would match "long-term", "risk" would match
 * "risks".
 */
function isQuestionPhrase(phrase: string): boolean {
  return /^(how|who|what|when|where|why|which|whose|is|are|does|do|can|could|should|will|would|been)\b/i.test(phrase.trim()) && contentTerms(phrase).length < 2
}

/** Stem of a word as phrases are matched: hyphens split ("first-line" is two words). */
function stemWord(word: string): string {
  return stem(word.replace(/'s$/, '').replace(/'/g, ''))
}

/** Search terms of a phrase: stopwords out, hyphenated words split, stemmed. */
export function contentTerms(phrase: string): string[] {
  return normalize(phrase)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word && !STOPWORDS.has(word))
    .map(stemWord)
}
