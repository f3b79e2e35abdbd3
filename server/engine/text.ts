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

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'is not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(i|you|he|she|we|they)'d\b/g, '$1 would'],
  [/\b(it|that|what|there|he|she|who)'s\b/g, '$1 is'],
  // The same, typed without the apostrophe, as people do on phones.
  [/\b(do|does|did|is|are|was|were|could|would|should|has|have|had)nt\b/g, '$1 not'],
  [/\bcant\b/g, 'cannot'],
  [/\bwont\b/g, 'will not'],
  [/\b(you|they)re\b/g, '$1 are'],
  [/\b(that|what|how|where|there|who)s\b/g, '$1 is'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
]

/**
 * Lower case, accents and typographic punctuation folded, contractions opened, whitespace
 * collapsed. Punctuation is kept so that patterns can still see "mg/kg" or a question mark.
 */
export function normalize(text: string): string {
  // "Im", "Ive" typed without an apostrophe; "IM" (intramuscular) in capitals is left alone.
  let out = text
    .replace(/\b[Ii]m\b/g, 'i am')
    .replace(/\b[Ii]ve\b/g, 'i have')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement)
  return out.replace(/\s+/g, ' ').trim()
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
