/**
 * The span of a passage: the passage plus the neighbours it needs to read on its own. A sentence
 * that leans on the one before ("These effects are usually short-lived") brings it along; a
 * sentence followed by one that leans on it brings that one; the first item of a list brings its
 * short lead-in ("IV ketamine may:"). Retrieval scores spans and composition quotes them, so what
 * is judged relevant is exactly what is quoted.
 *
 * ```ts
 * spanFor(index, 22) // => [21, 22]  ("Possible side effects include ..." + "These effects are ...")
 * ```
 */
import type { ClinicKnowledge } from '../knowledge/types.ts'

export const SPAN = {
  /** Characters a merged quote may grow to. */
  maxMergedLength: 420,
  /** A lead-in longer than this is a sentence of its own, not an introduction to a list. */
  maxLeadInLength: 80,
  /**
   * A paragraph's opening sentence at most this long announces what the paragraph says ("Like
   * any medical treatment, IV ketamine carries risks.") and says little on its own.
   */
  maxTopicSentenceLength: 60,
} as const

/** Opening words that refer back to the sentence before. */
const LEANS_BACK = /^(this|these|that|those|it|they|such|both|however|but|also|the effect|the effects|as a result|in addition)\b/i

/** The passage plus the neighbours it needs to read well, in article order. */
export function spanFor(knowledge: ClinicKnowledge, passage: number): number[] {
  const passages = knowledge.passages
  const at = passages[passage]!
  const span = [passage]
  const previous = passages[passage - 1]
  if (previous && previous.block === at.block && LEANS_BACK.test(at.text)) span.unshift(passage - 1)
  const next = passages[passage + 1]
  if (next && next.block === at.block && LEANS_BACK.test(next.text) && quotedLength(knowledge, span) + next.text.length <= SPAN.maxMergedLength) {
    span.push(passage + 1)
  }
  if (at.item) {
    const leadIn = leadInOf(knowledge, passage)
    if (leadIn !== undefined) span.unshift(leadIn)
  }
  return span
}

/**
 * A short lead-in ("IV ketamine may:") is quoted with the first item it introduces, never alone; a
 * long one ("While most studies focus on depression, ... specific anxiety disorders:") says
 * something itself and is quoted on its own.
 */
export function isLeadIn(knowledge: ClinicKnowledge, passage: number): boolean {
  return knowledge.passages[passage + 1]?.item === true && leadInOf(knowledge, passage + 1) === passage
}

/**
 * The short paragraph ending in ":" right before this item, if the item is the first of its list.
 * Only the first: "IV ketamine may: Improve mood ..." would skip the items between and no longer
 * be a passage of the article, word for word.
 */
function leadInOf(knowledge: ClinicKnowledge, item: number): number | undefined {
  const passages = knowledge.passages
  const candidate = passages[item - 1]
  if (!candidate || candidate.item || candidate.section !== passages[item]!.section) return undefined
  return candidate.text.endsWith(':') && candidate.text.length <= SPAN.maxLeadInLength ? item - 1 : undefined
}

/**
 * A quote of only a paragraph's short opening sentence ("Like any medical treatment, IV ketamine
 * carries risks.") reads on into what it announces ("Possible side effects include ..."), as far
 * as that sentence's own span goes. Ranking keeps scoring the sentence alone, so that what it
 * matches decides; only the quote grows.
 */
export function readOn(knowledge: ClinicKnowledge, span: number[]): number[] {
  const passages = knowledge.passages
  // A quote that ends by introducing a list ("... may help with specific anxiety disorders:")
  // reads on into its first item, which says what it promised.
  const last = span.at(-1)!
  const item = passages[last + 1]
  if (passages[last]!.text.endsWith(':') && item?.item && item.section === passages[last]!.section) {
    return quotedLength(knowledge, [...span, last + 1]) <= SPAN.maxMergedLength ? [...span, last + 1] : span
  }
  const only = span.length === 1 ? passages[span[0]!] : undefined
  if (!only || only.item || only.text.length > SPAN.maxTopicSentenceLength) return span
  const at = span[0]!
  if (passages[at - 1]?.block === only.block || passages[at + 1]?.block !== only.block) return span
  const next = spanFor(knowledge, at + 1).filter((p) => p > at)
  return quotedLength(knowledge, [at, ...next]) <= SPAN.maxMergedLength ? [at, ...next] : span
}

/** Characters a quote of these passages takes, a separator after each. */
function quotedLength(knowledge: ClinicKnowledge, span: number[]): number {
  return span.reduce((sum, p) => sum + knowledge.passages[p]!.text.length + 1, 0)
}
