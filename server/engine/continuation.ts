/**
 * "Tell me more", "what else?", "how so?", "where's that from?": a message that only asks the
 * assistant to go on from what it just quoted, or to say where it comes from. Such a message
 * names nothing to search for; its answer sits in the article beside the quote: the passage that
 * follows it (what else? the next list item; how so? the sentence that explains), the one before
 * it when the quote leans back on it ("why?" after "This process stimulates ..."), or the quote
 * itself, which carries its study (where's that from?).
 *
 * ```ts
 * continuation(index, normalize('what else?'), () => quotedLastTurn(index, history)) // history ends '... Provide rapid relief of anxiety symptoms'
 * // => { span: [the next list item], kind: 'more' }
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import { spanFor } from './span.ts'

export interface Continuation {
  span: number[]
  kind: 'more' | 'source'
}

/** Words said on the way in ("ok so what else?") that change nothing. */
const LEAD = String.raw`^(?:(?:ok|okay|so|and|but|alright|hmm|interesting|cool|great|right|really|wow|oh)[\s,.!]+)*`
/** Said on the way out ("like what exactly?") without changing the question. */
const TAIL = String.raw`(?:[\s,]+(?:exactly|specifically|precisely|then|though|tho|please|pls|again))*\W*$`
/** Asks for what comes next. */
const MORE = new RegExp(`${LEAD}(what else|tell me more|more|any more|anything else|go on|continue|keep going|and then|(and )?then what( happens)?|what next|what happens next|more please|say more|elaborate|can you elaborate|such as|like what|(then )?what does (it|that|this) do( then)?|what does (that|this) (lead to|mean|mean for me|mean in practice)|and that does what|which ones?|like which|which (kinds|types|ones|disorders|conditions)|what else (can|does|could|might) (it|ketamine|this) (do|help( with)?|treat)|for example|examples?)${TAIL}`)
/** Asks for examples of what was just quoted. */
const EXAMPLES = new RegExp(`${LEAD}(such as|like what|like which|which ones?|for example|examples?|for instance)${TAIL}`)
/** A sentence that gives examples ("Possible side effects include ..."). */
const LISTS = /\b(include|includes|including|such as|for example|for instance)\b/i

/** Asks for the reason or the how of what was just quoted. */
const WHY = new RegExp(`${LEAD}(why|why not|why is that|why so|how come)${TAIL}`)
/** Asks how what was just quoted comes about. */
const HOW = new RegExp(`${LEAD}(how so|in what way|how does that work|what do you mean)${TAIL}`)
/** Asks where the quote comes from. */
const SOURCE = new RegExp(`${LEAD}(where('?s| is| does| did) (that|this|the|that the|this the)( info| information| data| claim| stat| number| figure)? (from|come from|came from)|who (was|is|did|ran|conducted|wrote|published) (that|the|this) (study|trial|research|paper)( by)?|who did (that|the|this) (study|trial|research)|who (was|is) (it|that) by|where did you get that|what is (your|the) source( for (that|this))?|sources?( (for|of) (that|this|it))?|which study( was that| is that| said that| says that)?|says who|who says( that| so)?|according to (whom|who|what|which study)|who (published|wrote|ran|did|said|found) (that|this|it)|citations?|references?|is that from a study)\\W*$`)
/** A sentence that opens by pointing back ("This process ...") is explained by the one before it. */
const POINTS_BACK = /^(this|these|that|those|such|the effect|the effects|it|they)\b/i

/**
 * @param asked the message, normalized (text.ts `normalize`: lower case already)
 * @param said the passages of the last answer, asked for only when the message goes on from it
 */
export function continuation(index: ClinicIndex, asked: string, said: () => number[]): Continuation | undefined {
  const kind = SOURCE.test(asked) ? 'source' : MORE.test(asked) ? 'more' : WHY.test(asked) ? 'why' : HOW.test(asked) ? 'how' : undefined
  if (!kind) return undefined
  const quoted = said()
  if (quoted.length === 0) return undefined
  const { passages, sections } = index.knowledge
  if (kind === 'source') return { span: spanFor(index.knowledge, quoted[0]!), kind }
  // "Like what?" after a quote that gives examples ("Possible side effects include ...") points
  // at them, not past them into the next paragraph.
  if (EXAMPLES.test(asked)) {
    const listing = quoted.find((p) => LISTS.test(passages[p]!.text))
    if (listing !== undefined) return { span: spanFor(index.knowledge, listing), kind: 'more' }
  }
  const first = quoted[0]!
  const last = quoted.at(-1)!
  const sameArticle = (p: number) => passages[p] !== undefined && sections[passages[p]!.section]!.article === sections[passages[first]!.section]!.article
  const before = first - 1
  const inSection = (p: number) => passages[p] !== undefined && passages[p]!.section === passages[last]!.section
  // The reason or the how of a sentence is told beside it, in its own section: the sentence it
  // leans on, or the one after it; at the section's end, "in what way?" is told by the one before,
  // while "why?" is better asked of the whole article.
  const leansBack = POINTS_BACK.test(passages[first]!.text) && sameArticle(before)
  const next =
    kind === 'more' ? last + 1 : leansBack ? before : inSection(last + 1) ? last + 1 : kind === 'how' && inSection(before) ? before : -1
  if (!sameArticle(next)) return undefined
  const span = spanFor(index.knowledge, next).filter((p) => !quoted.includes(p))
  return span.length > 0 ? { span, kind: 'more' } : undefined
}
