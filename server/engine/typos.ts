/**
 * Misspellings the vocabulary does not list ("infusoins", "anxeity", "dissociaton") are mended
 * against the words the clinic's own articles and vocabulary use. Without this, a typo is a word
 * the articles never mention, and such a question is (rightly) not answered.
 *
 * Mending is cautious, because a wrong mend answers a question nobody asked: only words of at
 * least five letters that the clinic does not know in any form; only to a word with the same
 * first letter, one edit away (two for long words: a letter left out, added, changed, or two
 * swapped); never a real word (known-words.json, health-topics.json: "meditation" is no typo of
 * "medication"); never when two different words are equally close. "esketamine" is not mended
 * to "ketamine" (another first letter), "legal" has no neighbour.
 *
 * Words that dictation split ("hyper vigilance", "I V") are joined first, on the same terms.
 *
 * ```ts
 * mendTypos(index, 'wat are the risks of ketamine infusoins') // => 'wat are the risks of ketamine infusions'
 * mendTypos(index, 'is I V ketamine risky') // => 'is iv ketamine risky'
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import { BASE_VOCABULARY } from './vocabulary.ts'
import { fold, normalize, stem, STOPWORDS, words } from './text.ts'
import healthTopics from './health-topics.json' with { type: 'json' }
import knownWords from './known-words.json' with { type: 'json' }

/**
 * Real words, never mended into another: the words of health topic names ("hypotension" is no
 * typo of "hypertension") and of a large health library ("meditation" none of "medication").
 */
const REAL_STEMS: ReadonlySet<string> = new Set([...healthTopics.topics.flatMap((topic) => topic.split(' ')), ...knownWords.stems.split(' ')])

export const TYPOS = {
  /** Shorter words are left alone: too many real words are one letter from each other. */
  minLength: 5,
  /** From this length a word may be two edits from what was meant. */
  twoEditsFrom: 8,
} as const

interface Dictionary {
  /** Known words, and the same by length. */
  words: Set<string>
  byLength: Map<number, string[]>
  /** Stems the clinic knows in some form: a word with one of these is not a typo. */
  stems: Set<string>
}

const dictionaries = new WeakMap<ClinicIndex, Dictionary>()

/** The articles' words (spelled out at build time, search-index.ts) and the vocabulary's. */
function dictionaryOf(index: ClinicIndex): Dictionary {
  let dictionary = dictionaries.get(index)
  if (dictionary) return dictionary
  const known = new Set(index.words)
  const stems = new Set<string>(index.df.keys())
  for (const data of [BASE_VOCABULARY, ...index.vocabularyData]) {
    const phrases = [...(data.groups ?? []).flat(), ...(data.hints ?? []).flatMap((hint) => [...hint.from, ...hint.to]), ...Object.values(data.spelling ?? {})]
    for (const phrase of phrases) for (const word of words(normalize(phrase))) known.add(word)
    // Idioms and weak words are real words, never mended ("done the trick" is no typo of "track"),
    // but no typo is mended into one either: "whove" is who have, not "whole".
    for (const phrase of [...(data.idioms ?? []), ...(data.weak ?? [])]) for (const word of words(normalize(phrase))) stems.add(stem(word))
  }
  const byLength = new Map<number, string[]>()
  for (const word of known) {
    if (!/^\p{L}+$/u.test(word)) continue
    stems.add(stem(word))
    let bucket = byLength.get(word.length)
    if (!bucket) byLength.set(word.length, (bucket = []))
    bucket.push(word)
  }
  dictionary = { words: known, byLength, stems }
  dictionaries.set(index, dictionary)
  return dictionary
}

/** The message with its unknown words mended where one known word is clearly meant. */
export function mendTypos(index: ClinicIndex, message: string): string {
  return joinSplitWords(index, message).replace(/\p{L}+/gu, (word) => {
    if (word.length < TYPOS.minLength) return word
    const lower = fold(word)
    if (STOPWORDS.has(lower) || index.vocabulary.spelling.has(lower)) return word
    const dictionary = dictionaryOf(index)
    const stemmed = stem(lower)
    if (dictionary.stems.has(stemmed) || index.vocabulary.rules.has(stemmed) || REAL_STEMS.has(stemmed)) return word
    return closest(dictionary, lower) ?? word
  })
}

/**
 * Words that dictation or a phone keyboard split ("hyper vigilance", "in fusion", "neuro
 * plasticity", "key tamine", letters spelled out: "I V", "n m d a") are joined when together they
 * make a word of the clinic's, as typed or one mend away, and apart they do not all belong to it.
 * Letters spelled out join only into a word as typed.
 */
function joinSplitWords(index: ClinicIndex, message: string): string {
  const dictionary = dictionaryOf(index)
  // Words at even places, what stands between them at odd ones; only words one space apart join.
  const pieces = message.split(/(\P{L}+)/u)
  const folded = pieces.map((piece, k) => (k % 2 === 0 ? fold(piece) : piece))
  const stems = new Map<string, string>()
  const stemOf = (word: string) => stems.get(word) ?? stems.set(word, stem(word)).get(word)!
  const ownStem = (word: string) => dictionary.stems.has(stemOf(word)) && !STOPWORDS.has(word)
  // Some piece must be a letter spelled out or a word the clinic does not know: "a long" is no "along".
  const unknown = (word: string) => word.length === 1 || (!ownStem(word) && !STOPWORDS.has(word))
  if (!folded.some((word, k) => k % 2 === 0 && word !== '' && unknown(word))) return message
  const joinable = (k: number) => k < pieces.length && pieces[k] !== '' && (k === 0 || pieces[k - 1] === ' ')
  const out: string[] = []
  for (let k = 0; k < pieces.length; ) {
    let joined: string | undefined
    let last = k
    if (k % 2 === 0 && pieces[k] !== '') {
      for (let n = MAX_JOINED; n >= 2 && !joined; n--) {
        const at = Array.from({ length: n }, (_, j) => k + 2 * j)
        if (!at.every((p, j) => j === 0 || joinable(p))) continue
        const parts = at.map((p) => folded[p]!)
        const word = parts.join('')
        const letters = parts.every((part) => part.length === 1)
        if (!letters && (parts.some((part) => part.length === 1) || !parts.some(unknown))) continue
        if (dictionary.words.has(word)) joined = word
        // Mending is riskier: only pieces of a syllable or more that the articles never use, one of
        // them no word at all ("key tamine"; not "treat OCD", "prevent lung", "Rh incompatibility").
        else if (!letters && word.length >= JOIN_MIN_LENGTH && parts.every((part) => part.length >= 3 && !STOPWORDS.has(part) && !index.df.has(stemOf(part))) && parts.some((part) => !REAL_STEMS.has(stemOf(part))) && !REAL_STEMS.has(stem(word))) joined = closest(dictionary, word)
        if (joined) last = at.at(-1)!
      }
    }
    out.push(joined ?? pieces[k]!)
    k = last + 1
  }
  return out.join('')
}

/** At most this many pieces are joined into one word ("n m d a"). */
const MAX_JOINED = 4

/** A split word is mended only into a long word: "key tamine" is ketamine, "the rapy" nothing. */
const JOIN_MIN_LENGTH = 7

/** The one word (in any of its forms) closest to `word`, or none when none or several are. */
function closest(dictionary: Dictionary, word: string): string | undefined {
  let bestDistance = word.length >= TYPOS.twoEditsFrom ? 2 : 1
  // The closest words by stem: "infusion" and "infusions" are one word, "infusion" and "inclusion" two.
  const found = new Map<string, string>()
  for (let length = word.length - bestDistance; length <= word.length + bestDistance; length++) {
    for (const candidate of dictionary.byLength.get(length) ?? []) {
      if (candidate[0] !== word[0]) continue
      const distance = editDistance(word, candidate, bestDistance + 1)
      if (distance > bestDistance) continue
      if (distance < bestDistance) {
        bestDistance = distance
        found.clear()
      }
      const key = stem(candidate)
      if (!found.has(key)) found.set(key, candidate)
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping early
 * once every path is at least `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin >= limit) return limit
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}
