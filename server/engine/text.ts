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

/**
 * Contractions opened, in any case: "Don't" -> "Do not", "I'm" -> "i am". One pattern and one
 * pass, because this runs on every message and every passage.
 */
const CONTRACTION =
  /\b(?:(can't)|(won't)|(ain't)|(i'm)|(wanna)|(gonna)|(gotta)|(\w+)(n't|'re|'ve|'ll)|(i|you|he|she|we|they)'d|(it|that|what|there|he|she|who)'s)\b/gi
const SUFFIX: Record<string, string> = { "n't": ' not', "'re": ' are', "'ve": ' have', "'ll": ' will' }

function openContraction(match: string, ...groups: (string | undefined)[]): string {
  const [cant, wont, aint, im, wanna, gonna, gotta, stem, suffix, wouldWho, isWho] = groups
  if (cant) return 'cannot'
  if (wont) return 'will not'
  if (aint) return 'is not'
  if (im) return 'i am'
  if (wanna) return 'want to'
  if (gonna) return 'going to'
  if (gotta) return 'got to'
  if (stem && suffix) return stem + SUFFIX[suffix.toLowerCase()]!
  if (wouldWho) return `${wouldWho} would`
  if (isWho) return `${isWho} is`
  return match
}

/**
 * Contractions typed without the apostrophe, as people do on phones ("dont", "im", "whove"): only in lower
 * case (or "I"), or capitalised at the start of a sentence, so that names stay names ("Cant
 * syndrome", "IM ketamine").
 */
const SENTENCE_START_CONTRACTION =
  /(^|[.!?]\s+)(Dont|Doesnt|Didnt|Isnt|Arent|Wasnt|Werent|Cant|Couldnt|Wouldnt|Shouldnt|Wont|Havent|Hasnt|Hadnt|Im|Ive|Youre|Theyre|Thats|Whats|Hows|Wheres|Theres)\b/g
const WITHOUT_APOSTROPHE = /\b(?:(do|does|did|is|are|was|were|could|would|should|has|have|had)nt|(cant)|(wont)|[Ii](m|ve)|(you|they)re|(that|what|how|where|there|who)s|(who|they|you|we|would|could|should|must|might)ve|(they|you|it|that)ll)\b/g

function openWithoutApostrophe(match: string, ...groups: (string | undefined)[]): string {
  const [not, cant, wont, amHave, are, is, have, will] = groups
  if (not) return `${not} not`
  if (cant) return 'cannot'
  if (wont) return 'will not'
  if (amHave) return amHave === 'm' ? 'i am' : 'i have'
  if (are) return `${are} are`
  if (is) return `${is} is`
  if (have) return `${have} have`
  if (will) return `${will} will`
  return match
}

const TYPOGRAPHIC = /[\u2018\u2019\u02bc`´\u201c\u201d\u2010-\u2015]/g
const PLAIN: Record<string, string> = { '\u201c': '"', '\u201d': '"' }

/** Typographic quotes and dashes as plain ones, so that "don’t" is "don't". */
function foldPunctuation(text: string): string {
  return text.replace(TYPOGRAPHIC, (char) => PLAIN[char] ?? (char >= '\u2010' && char <= '\u2015' ? '-' : "'"))
}

/**
 * Contractions opened, other words left in their case (abbreviations like "SAD" need it).
 * Works on the whole text, where it can tell the start of a sentence.
 */
export function openContractions(text: string): string {
  return foldPunctuation(text)
    .replace(SENTENCE_START_CONTRACTION, (_, lead: string, word: string) => lead + word.toLowerCase())
    .replace(WITHOUT_APOSTROPHE, openWithoutApostrophe)
    .replace(CONTRACTION, openContraction)
}

/** One word or phrase folded: accents off, lower case. No contraction handling. */
export function fold(text: string): string {
  // Plain ASCII (most questions) has no accents or typographic marks to fold.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase()
  return foldPunctuation(withoutAccents(text)).toLowerCase()
}

/** Accents off, case kept ("Qué es" -> "Que es"): for patterns that still need the case. */
export function withoutAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text
}

/**
 * Lower case, accents and typographic punctuation folded, contractions opened, whitespace
 * collapsed. Punctuation is kept so that patterns can still see "mg/kg" or a question mark.
 */
export function normalize(text: string): string {
  return fold(openContractions(text)).replace(TLDR, 'tldr').replace(/\s+/g, ' ').trim()
}

/** "tl;dr", "tl dr", "TL/DR": one word, so that its "dr" is never read as doctor. */
const TLDR = /\btl\s*[;:,./-]?\s*dr\b/gi

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
  return normalizedTerms(normalize(text))
}

/** The same, for text already normalized (a message is normalized once per request). */
export function normalizedTerms(normalized: string): string[] {
  const out: string[] = []
  for (const word of words(normalized)) if (!STOPWORDS.has(word)) out.push(stem(word))
  return out
}
