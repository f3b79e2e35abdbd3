/**
 * "What is ketamine?" asks for a definition, and articles give one in a sentence that opens by
 * naming the thing: "Ketamine is a dissociative anesthetic that ...", "Gout is a form of
 * arthritis". Such a sentence answers the question better than an introduction that merely
 * mentions it, so retrieve.ts gives it a bonus when the question asks what something is and the
 * sentence defines what the question names, and nothing else ("what is the bottom line on
 * ketamine?" asks for the bottom line, not for a definition of ketamine).
 *
 * ```ts
 * const defines = definitionOf(index, weighed)
 * defines?.(passage) // => true for "Ketamine is a dissociative anesthetic ..."
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import type { WeighedQuery } from './weigh-concepts.ts'
import type { QuestionType } from './question-types.ts'
import { terms } from './text.ts'

export const DEFINITION = {
  /** Bonus, as a share of the question's importance, for a sentence that defines what is asked. */
  bonus: 0.5,
  /** The longest name a defining sentence opens with, in terms. */
  maxTerms: 5,
} as const

/** "X is a ...", "X (Y) are the ...", "X refers to ...": what the sentence defines is X. */
const DEFINING = /^(?:the |a |an )?([^,;:()]{1,60}?)(?: \([^)]*\))? (?:is|are|refers to|means) (?:a|an|the|one|any|among|defined)\b/i

const named = new WeakMap<ClinicIndex, Map<number, readonly string[]>>()

/** The terms of what a passage defines, or none when it defines nothing. */
function definedBy(index: ClinicIndex, passage: number): readonly string[] {
  let known = named.get(index)
  if (!known) {
    known = new Map()
    named.set(index, known)
  }
  let found = known.get(passage)
  if (found === undefined) {
    const match = DEFINING.exec(index.knowledge.passages[passage]!.text)
    const stems = match ? terms(match[1]!) : []
    found = stems.length <= DEFINITION.maxTerms ? stems : []
    known.set(passage, found)
  }
  return found
}

/**
 * For a question that asks what something is (its type is the overview, and no other), a test of
 * whether a passage defines it: the passage names only words of the question, and every concept
 * the question requires besides the clinic's own subject.
 */
export interface DefinitionTest {
  (passage: number): boolean
  /** The question names only the clinic's subject ("What does IV mean?"). */
  onlySubject: boolean
}

export function definitionOf(index: ClinicIndex, weighed: WeighedQuery, types: QuestionType[]): DefinitionTest | undefined {
  if (types.length !== 1 || !types[0]!.fallback) return undefined
  const { concepts, required, subject } = weighed
  const asked = new Set(concepts.flatMap((concept, i) => (required[i] ? concept.alternatives.flatMap((a) => a.terms) : [])))
  if (asked.size === 0) return undefined
  // "What does IV mean?" names only the clinic's subject: the sentence must define one of the words
  // typed ("Ketamine is ..." defines ketamine, not IV).
  const onlySubject = concepts.every((_, i) => !required[i] || subject[i])
  const says = (concept: (typeof concepts)[number], defined: readonly string[], typed: boolean) =>
    concept.alternatives.some((a) => (!typed || a.strength === 1) && a.terms.length > 0 && a.terms.every((term) => defined.includes(term)))
  const test = (passage: number) => {
    const defined = definedBy(index, passage)
    if (defined.length === 0 || !defined.every((term) => asked.has(term))) return false
    if (onlySubject) return concepts.some((concept, i) => required[i] && says(concept, defined, true))
    return concepts.every((concept, i) => !required[i] || subject[i] || says(concept, defined, false))
  }
  return Object.assign(test, { onlySubject })
}

const definersCache = new WeakMap<ClinicIndex, number[]>()

/** Does any passage of the clinic pass the test? Only passages that define something are tried. */
export function anyDefines(index: ClinicIndex, defines: DefinitionTest): boolean {
  let definers = definersCache.get(index)
  if (!definers) {
    definers = index.knowledge.passages.flatMap((_, passage) => (definedBy(index, passage).length > 0 ? [passage] : []))
    definersCache.set(index, definers)
  }
  return definers.some(defines)
}
