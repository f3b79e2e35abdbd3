/**
 * Question types: "what are the symptoms of X" wants the Symptoms section, "how is X diagnosed"
 * wants Exams and tests. The map from patterns to heading words is data (question-types.json),
 * so it works for any clinic whose articles use ordinary headings.
 *
 * ```ts
 * const cues = cuesFor(findCues('how is gout diagnosed?'), undefined) // => [the diagnosis cue]
 * headingMatch(cues.map((cue) => cue.type), terms('Exams and tests')) // => 1
 * ```
 */
import data from './question-types.json' with { type: 'json' }
import { terms } from './text.ts'

export interface QuestionType {
  type: string
  patterns: RegExp[]
  /** Each heading phrase as stems, all of which must appear in a heading for it to match. */
  headings: string[][]
  template?: string
  /** Counts only when no other type does ("what is X" versus "what are the symptoms of X"). */
  fallback?: boolean
  /** Wins over the others wherever in the question it is asked ("if it treats depression, why ...?"). */
  first?: boolean
  /** Asks about a condition in general: its symptoms, causes... (see scope.ts). */
  aboutCondition?: boolean
  /** The phrasings of this type that ask about a condition in general ("how is X treated?"). */
  conditionPatterns?: RegExp[]
  /**
   * Answered only from a section headed so: questions about the clinic itself (hours, address,
   * cost, staff) and for figures an article would give under a heading of their own (how many
   * took part in a study). A sentence that only shares a word ("hours" in "within hours", "a
   * growing number of trials") is no answer, even when the question names the subject ("how much
   * does one infusion cost?").
   */
  headedOnly?: boolean
  /** How a sentence that answers this type tends to say it ("why?" -> "because ..."): a bonus in ranking. */
  says?: RegExp
  /** Answered by a sentence that cites its source ("where does that claim come from?"): a bonus in ranking. */
  cited?: boolean
}

export const QUESTION_TYPES: QuestionType[] = data.types.map((entry) => ({
  type: entry.type,
  patterns: entry.patterns.map((source) => new RegExp(source)),
  headings: entry.headings.map((heading) => terms(heading)).filter((stems) => stems.length > 0),
  ...('template' in entry && entry.template ? { template: entry.template } : {}),
  ...('fallback' in entry && entry.fallback ? { fallback: true } : {}),
  ...('first' in entry && entry.first ? { first: true } : {}),
  ...('aboutCondition' in entry && entry.aboutCondition ? { aboutCondition: true } : {}),
  ...('conditionPatterns' in entry && entry.conditionPatterns ? { conditionPatterns: entry.conditionPatterns.map((source) => new RegExp(source)) } : {}),
  ...('headedOnly' in entry && entry.headedOnly ? { headedOnly: true } : {}),
  ...('says' in entry && entry.says ? { says: new RegExp(entry.says, 'i') } : {}),
  ...('cited' in entry && entry.cited ? { cited: true } : {}),
}))

/** A question type found in a question, with the words that gave it away. */
export interface Cue {
  type: QuestionType
  /** Where in the normalized question the cue starts. */
  at: number
  /** Stems of the words its patterns matched ("how many people are affected" -> ["peopl", "affect"]). */
  stems: string[]
  /** Each place the cue's patterns matched: a cue word may be in the title and asked again after it. */
  occurrences: CueOccurrence[]
}

interface CueOccurrence {
  at: number
  stems: string[]
}

/** The patterns again, global, to find every place they match. */
const EVERYWHERE = new Map(QUESTION_TYPES.map((type) => [type, type.patterns.map((pattern) => new RegExp(pattern.source, 'g'))]))

/** The last question's cues: retrieval, scope and type-answer.ts all ask them of one question. */
let lastCues: { question: string; cues: Cue[] } | undefined

/** Every question type whose pattern matches, with its earliest cue. */
export function findCues(normalizedQuestion: string): Cue[] {
  if (lastCues?.question === normalizedQuestion) return lastCues.cues
  const cues: Cue[] = []
  for (const type of QUESTION_TYPES) {
    const occurrences: CueOccurrence[] = []
    for (const pattern of EVERYWHERE.get(type)!) {
      for (const match of normalizedQuestion.matchAll(pattern)) {
        if (match[0]) occurrences.push({ at: match.index, stems: terms(match[0]) })
      }
    }
    if (occurrences.length > 0) cues.push(cueOf(type, occurrences))
  }
  lastCues = { question: normalizedQuestion, cues }
  return cues
}

function cueOf(type: QuestionType, occurrences: CueOccurrence[]): Cue {
  return { type, at: Math.min(...occurrences.map((o) => o.at)), stems: occurrences.flatMap((o) => o.stems), occurrences }
}

/**
 * The cues that say what a question asks of one article. A cue inside the article's title is part
 * of the topic's name, not the question ("hereditary" in "What is hereditary hypophosphatemic
 * rickets?"), unless the question asks it again ("Is hereditary pancreatitis inherited?"). Of the
 * rest, a "first" type wins wherever it is asked ("if it is a depression treatment, why test it
 * on anxiety?"), else the one that comes first ("What to do for Causes of Diabetes" asks what to
 * do); a fallback (overview) counts only when nothing else does.
 */
export function cuesFor(cues: Cue[], title: { terms: ReadonlySet<string>; at: number; length: number } | undefined): Cue[] {
  const own: Cue[] = []
  for (const cue of cues) {
    if (!title || cue.stems.length === 0) {
      own.push(cue)
      continue
    }
    // Where the question spells the title out, a cue inside it is part of the name; elsewhere,
    // a cue whose words are all title words is taken to be.
    const outside = cue.occurrences.filter((o) =>
      title.at >= 0 ? o.at < title.at || o.at >= title.at + title.length : !o.stems.every((stem) => title.terms.has(stem)),
    )
    if (outside.length === cue.occurrences.length) own.push(cue)
    else if (outside.length > 0) own.push(cueOf(cue.type, outside))
  }
  const specific = own.filter((cue) => !cue.type.fallback)
  if (specific.length === 0) return own
  const first = specific.filter((cue) => cue.type.first)
  if (first.length > 0) return first
  const earliest = Math.min(...specific.map((cue) => cue.at))
  return specific.filter((cue) => cue.at === earliest)
}

/**
 * How well a section heading answers these question types: 1 for a type's first heading phrase
 * (the one that names it: "Genetic changes"), less for the others ("Causes"), 0 for none.
 */
export function headingMatch(types: QuestionType[], headingTerms: ReadonlySet<string>): number {
  let best = 0
  for (const type of types) {
    type.headings.forEach((stems, i) => {
      if (stems.every((s) => headingTerms.has(s))) best = Math.max(best, i === 0 ? 1 : OTHER_HEADING)
    })
  }
  return best
}

/** Does the question ask, with this cue, about a condition in general ("what causes X?")? */
export function asksAboutCondition(cue: Cue, normalizedQuestion: string): boolean {
  return cue.type.aboutCondition === true || (cue.type.conditionPatterns ?? []).some((pattern) => pattern.test(normalizedQuestion))
}

/** Does a section heading (its stems) answer one of these question types? */
export function headingMatches(types: QuestionType[], headingTerms: ReadonlySet<string>): boolean {
  return headingMatch(types, headingTerms) > 0
}

/** How much a type's further heading phrases count next to its first. */
const OTHER_HEADING = 0.8
