/**
 * A question as the retriever sees it: a list of concepts, each with the ways an article might say
 * it. Stopwords and question words are gone; vocabulary phrases are recognised as units ("side
 * effects", "how long"); misspellings are mended; weak words ("help", "people") count for less.
 *
 * ```ts
 * analyzeQuery('What are the side effcts?', vocabulary).concepts.map((c) => c.text) // => ['side effects']
 * ```
 */
import { fold, normalize, openContractions, stem, STOPWORDS, withoutAccents } from './text.ts'
import type { Alternative, Vocabulary } from './vocabulary.ts'

export interface Concept {
  /** The words of the question this concept came from, for debugging and follow-ups. */
  text: string
  alternatives: Alternative[]
  /** How much the concept matters in the question: 1, less for weak words and earlier turns. */
  weight: number
  /** A concept made only of question words ("how does"), which helps but is never required. */
  optional?: true
}

export interface AnalyzedQuery {
  concepts: Concept[]
  /** The normalized question text, for question-type patterns. */
  normalized: string
}

/** How much a weak word ("help", "people") counts next to a topic word. */
export const WEAK_WEIGHT = 0.35

interface Word {
  raw: string
  lower: string
  stem: string
}

export function analyzeQuery(text: string, vocabulary: Vocabulary, normalized: string = normalize(text)): AnalyzedQuery {
  // Idioms are matched without accents ("Qué es" is "que es"); case stays for abbreviations.
  const words = splitWords(vocabulary.idioms ? withoutAccents(text).replace(vocabulary.idioms, ' ') : text, vocabulary)
  const concepts: Concept[] = []
  for (let i = 0; i < words.length; ) {
    if (suchAs(words, i)) {
      i++
      continue
    }
    // A stopword only opens a phrase ("how long"): alone, "us" is no "use" though both stem to "us".
    const match = longestRule(words, i, vocabulary, STOPWORDS.has(words[i]!.lower) ? 2 : 1)
    if (match) {
      const span = words.slice(i, i + match.length)
      const own = span.filter((word) => !STOPWORDS.has(word.lower))
      const weak = own.length > 0 && own.every((word) => vocabulary.weak.has(word.stem))
      const concept: Concept = { text: span.map((word) => word.lower).join(' '), alternatives: match.alternatives, weight: weak || yardstick(words, i) ? WEAK_WEIGHT : 1 }
      if (own.length === 0) concept.optional = true
      concepts.push(concept)
      i += match.length
      continue
    }
    const word = words[i]!
    if (!STOPWORDS.has(word.lower)) {
      concepts.push({
        text: word.lower,
        alternatives: [{ terms: [word.stem], strength: 1 }],
        weight: vocabulary.weak.has(word.stem) || sideWord(word.lower) || anAge(words, i) || yardstick(words, i) ? WEAK_WEIGHT : 1,
      })
    }
    i++
  }
  // A phrase the visitor quotes ('what does it mean by "new hope"?') is what they ask about, weak
  // words or not.
  const quoted = quotedWords(text)
  if (quoted.size > 0) {
    for (const concept of concepts) if (concept.weight < 1 && concept.text.split(' ').every((word) => quoted.has(word))) concept.weight = 1
  }
  // "Who is it for?" is nothing but a question phrase, "who should try it?" a question phrase and
  // weak words: then the phrase is the question.
  if (concepts.length > 0 && concepts.every((concept) => concept.optional)) for (const concept of concepts) delete concept.optional
  else if (concepts.some((concept) => concept.optional) && concepts.every((concept) => concept.optional || concept.weight < 1)) {
    for (const concept of concepts) if (concept.optional && concept.alternatives.length > 0) delete concept.optional
  }
  return { concepts: mergeDuplicates(concepts), normalized }
}

/** A folded word as concepts spell it: no possessive 's, no apostrophes ("ketamine's" -> "ketamine"). */
function bare(word: string): string {
  return word.replace(/'s$/, '').replace(/'/g, '')
}

/** Words inside quotation marks, as concepts spell them (lower case, accents folded). */
function quotedWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const match of text.matchAll(/["\u201c\u201d]([^"\u201c\u201d]{2,80})["\u201c\u201d]/g)) {
    for (const word of match[1]!.split(/[^\p{L}\p{N}']+/u)) if (word) words.add(bare(fold(word)))
  }
  return words
}

/**
 * Adverbs, which no word list can hold all of ("originally", "mechanistically", "honestly"), say
 * how rather than what: a question is never about them, so when the articles lack them they must
 * not make it unanswerable. Told by their endings, which names of conditions do not share
 * ("microcephaly", "acromegaly", "polydactyly" are no adverbs).
 */
const ADVERB = /^[a-z]{3,}(ally|ously|ently|antly|ively|fully|lessly|edly|ingly|ately|ctly|stly|ckly|rly|ily|bly)$/

/**
 * "Does it work fast or take weeks like SSRIs?" asks how fast ketamine works; the SSRIs are only
 * the yardstick, so a sentence that merely mentions antidepressants is no better an answer for it.
 * A thing compared with after a word of speed or time ("weeks like SSRIs", "faster than Xanax")
 * counts as a weak word. After anything else the comparison may be the question ("is it like an
 * SSRI?", "conditions like PTSD").
 */
function yardstick(words: Word[], i: number): boolean {
  if (i < 2) return false
  let before = i - 1
  while (before > 0 && YARDSTICK_FILLER.has(words[before]!.lower)) before--
  return COMPARING.has(words[before]!.lower) && SPEED_OR_TIME.has(words[before - 1]?.lower ?? '')
}
const COMPARING = new Set(['like', 'than'])
const YARDSTICK_FILLER = new Set(['a', 'an', 'the', 'with', 'regular', 'usual', 'normal', 'typical', 'other', 'most', 'my', 'your', 'standard', 'traditional'])
const SPEED_OR_TIME = new Set(['weeks', 'week', 'months', 'month', 'days', 'fast', 'faster', 'quick', 'quicker', 'quickly', 'slow', 'slower', 'slowly', 'sooner', 'longer', 'wait', 'onset', 'in'])

/**
 * "People who worry constantly, like with GAD": "like" introduces an example, and says nothing a
 * sentence should repeat ("conditions like social anxiety" is no better for it). Only after a word
 * that makes it a comparison or a verb ("is it like an SSRI?", "what does it feel like", "I like")
 * is "like" part of the question.
 */
function suchAs(words: Word[], i: number): boolean {
  return words[i]!.lower === 'like' && i > 0 && !LIKE_ASKED_AFTER.has(words[i - 1]!.lower)
}
const LIKE_ASKED_AFTER = new Set(['is', 'it', 's', 'was', 'are', 're', 'were', 'be', 'feel', 'feels', 'felt', 'feeling', 'look', 'looks', 'looked', 'sound', 'sounds', 'seem', 'seems', 'something', 'anything', 'nothing', 'i', 'you', 'we', 'they', 'people', 'would', 'do', 'does', 'did', 'really', 'just', 'more', 'much', 'exactly', 'actually', 'work', 'works', 'act', 'acts'])

/** "I'm 74", "74 years old": an age sets the scene; the question is about something else. */
function anAge(words: Word[], i: number): boolean {
  if (!/^\d{1,3}$/.test(words[i]!.lower)) return false
  return AGE_BEFORE.has(words[i - 1]?.lower ?? '') || AGE_AFTER.has(words[i + 1]?.lower ?? '')
}
const AGE_BEFORE = new Set(['am', 'm', 'im', 'aged', 'age', 'turning', 'turned', 'is'])
const AGE_AFTER = new Set(['years', 'year', 'yrs', 'yr', 'yo'])

/** Adverbs that name a topic of their own: "can doctors legally prescribe it?" asks about the law. */
const TOPIC_ADVERBS = new Set(['legally', 'illegally', 'financially', 'sexually', 'genetically'])

function sideWord(lower: string): boolean {
  return lower.length >= 7 && ADVERB.test(lower) && !TOPIC_ADVERBS.has(lower)
}

/** Words with their original case (for abbreviations) and stems, misspellings mended. */
function splitWords(text: string, vocabulary: Vocabulary): Word[] {
  const out: Word[] = []
  for (const match of openContractions(text).matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)) {
    const raw = match[0]
    const lower = fold(raw)
    const fixed = vocabulary.spelling.get(lower)
    // A misspelling may mend into several words ("sideeffects" -> "side effects").
    for (const piece of (fixed ?? lower).split(' ')) {
      const word = bare(piece)
      if (word) out.push({ raw: fixed ? word : raw.replace(/'s$/i, '').replace(/'/g, ''), lower: word, stem: stem(word) })
    }
  }
  return out
}

function longestRule(words: Word[], start: number, vocabulary: Vocabulary, minLength: number): { length: number; alternatives: Alternative[] } | undefined {
  const rules = vocabulary.rules.get(words[start]!.stem)
  if (!rules) return undefined
  let best: { length: number; alternatives: Alternative[] } | undefined
  for (const rule of rules) {
    const length = rule.stems.length
    if ((best && length < best.length) || length < minLength) break
    if (start + length > words.length) continue
    let ok = true
    for (let k = 0; k < length && ok; k++) {
      const word = words[start + k]!
      ok = word.stem === rule.stems[k] && (!rule.exact || word.raw === rule.exact[k])
    }
    if (!ok) continue
    if (!best) best = { length, alternatives: [...rule.alternatives] }
    else for (const alternative of rule.alternatives) if (!best.alternatives.some((a) => a.terms.join(' ') === alternative.terms.join(' '))) best.alternatives.push(alternative)
  }
  return best
}

/**
 * One thing said twice is one concept: "anxiety ... anxiety", or "how long ... last" where the
 * word typed ("last") is one of the ways of saying the other. Alternatives are pooled and the
 * stronger weight kept.
 */
function mergeDuplicates(concepts: Concept[]): Concept[] {
  const merged: Concept[] = []
  for (const concept of concepts) {
    const same = merged.find((other) => sameConcept(concept, other))
    if (!same) {
      merged.push({ ...concept, alternatives: [...concept.alternatives] })
      continue
    }
    same.text = `${same.text} ${concept.text}`
    same.weight = Math.max(same.weight, concept.weight)
    if (!concept.optional) delete same.optional
    for (const alternative of concept.alternatives) {
      if (!same.alternatives.some((a) => sameTerms(a.terms, alternative.terms))) same.alternatives.push(alternative)
    }
  }
  return merged
}

/**
 * Two concepts are one when each is a way of saying the other ("anxiety", "anxious"), or when one
 * is a bare question phrase ("how long") and the other's words are among its ways ("last").
 * One-way hints do not merge: "approved" hints at "first-line" but is not the same question.
 */
function sameConcept(a: Concept, b: Concept): boolean {
  const typedA = a.alternatives.filter((alternative) => alternative.strength === 1)
  const typedB = b.alternatives.filter((alternative) => alternative.strength === 1)
  const aInB = typedA.some((typed) => b.alternatives.some((other) => sameTerms(typed.terms, other.terms)))
  const bInA = typedB.some((typed) => a.alternatives.some((other) => sameTerms(typed.terms, other.terms)))
  return (aInB && (bInA || typedB.length === 0)) || (bInA && typedA.length === 0)
}

function sameTerms(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i])
}
