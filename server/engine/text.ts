/**
 * How text becomes search terms, the same way for articles and for questions: lower case, accents
 * and typographic quotes folded, contractions opened ("don't" -> "do not"), possessives dropped,
 * Porter stems. Keeping one function for both sides is what makes a question's words meet an
 * article's words.
 *
 * ```ts
 * normalize('I don’t want it')   // => 'i do not want it'
 * terms('The brain’s glutamate') // => ['brain', 'glutam']  (stopwords dropped, stemmed)
 * ```
 */
import { stemmer } from 'stemmer'
import stopwordList from './stopwords.json' with { type: 'json' }

export const STOPWORDS: ReadonlySet<string> = new Set(stopwordList.words)

/** Contractions opened, in any case: "Don't" -> "Do not", "I'm" -> "i am". */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/gi, 'cannot'],
  [/\bwon't\b/gi, 'will not'],
  [/\bain't\b/gi, 'is not'],
  [/\b(\w+)n't\b/gi, '$1 not'],
  [/\bi'm\b/gi, 'i am'],
  [/\b(\w+)'re\b/gi, '$1 are'],
  [/\b(\w+)'ve\b/gi, '$1 have'],
  [/\b(\w+)'ll\b/gi, '$1 will'],
  [/\b(i|you|he|she|we|they)'d\b/gi, '$1 would'],
  [/\b(it|that|what|there|he|she|who)'s\b/gi, '$1 is'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgonna\b/gi, 'going to'],
  [/\bgotta\b/gi, 'got to'],
]

/**
 * Contractions typed without the apostrophe, as people do on phones ("dont", "im"): only in lower
 * case, or capitalised at the start of a sentence, so that names stay names ("Cant syndrome",
 * "IM ketamine").
 */
const SENTENCE_START_CONTRACTION =
  /(^|[.!?]\s+)(Dont|Doesnt|Didnt|Isnt|Arent|Wasnt|Werent|Cant|Couldnt|Wouldnt|Shouldnt|Wont|Havent|Hasnt|Hadnt|Im|Ive|Youre|Theyre|Thats|Whats|Hows|Wheres|Theres)\b/g
const WITHOUT_APOSTROPHE: [RegExp, string][] = [
  [/\b(do|does|did|is|are|was|were|could|would|should|has|have|had)nt\b/g, '$1 not'],
  [/\bcant\b/g, 'cannot'],
  [/\bwont\b/g, 'will not'],
  [/\bI(m|ve)\b/g, 'i$1'],
  [/\bim\b/g, 'i am'],
  [/\bive\b/g, 'i have'],
  [/\b(you|they)re\b/g, '$1 are'],
  [/\b(that|what|how|where|there|who)s\b/g, '$1 is'],
]

/** Typographic quotes and dashes as plain ones, so that "don’t" is "don't". */
function foldPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
}

/**
 * Contractions opened, other words left in their case (abbreviations like "SAD" need it).
 * Works on the whole text, where it can tell the start of a sentence.
 */
export function openContractions(text: string): string {
  let out = foldPunctuation(text).replace(SENTENCE_START_CONTRACTION, (_, lead: string, word: string) => lead + word.toLowerCase())
  for (const [pattern, replacement] of WITHOUT_APOSTROPHE) out = out.replace(pattern, replacement)
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement)
  return out
}

/** One word or phrase folded: accents off, lower case. No contraction handling. */
export function fold(text: string): string {
  return foldPunctuation(text.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase()
}

/**
 * Lower case, accents and typographic punctuation folded, contractions opened, whitespace
 * collapsed. Punctuation is kept so that patterns can still see "mg/kg" or a question mark.
 */
export function normalize(text: string): string {
  return fold(openContractions(text)).replace(/\s+/g, ' ').trim()
}

/** Words of a normalized text, possessive "'s" removed: "brain's glutamate" -> ["brain", "glutamate"]. */
export function words(normalized: string): string[] {
  const out: string[] = []
  for (const match of normalized.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)) {
    const word = match[0].replace(/'s$/, '').replace(/'/g, '')
    if (word) out.push(word)
  }
  return out
}

const stemCache = new Map<string, string>()

/**
 * Porter stem applied until it stops changing, cached. Porter is not idempotent ("considerations"
 * -> "consider", but "consider" -> "consid"), so one pass leaves a word and its plural apart.
 */
export function stem(word: string): string {
  let stemmed = stemCache.get(word)
  if (stemmed === undefined) {
    stemmed = word
    if (!/^\d/.test(word)) {
      for (let next = stemmer(stemmed); next !== stemmed; next = stemmer(stemmed)) stemmed = next
    }
    if (stemCache.size < 50_000) stemCache.set(word, stemmed)
  }
  return stemmed
}

/** Search terms of any text: normalized words minus stopwords, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = []
  for (const word of words(normalize(text))) if (!STOPWORDS.has(word)) out.push(stem(word))
  return out
}
