/**
 * The answer engine: one pure function from a clinic's index, a message and the conversation so
 * far to the API response. Safety comes first (triage), then follow-up context, retrieval and
 * quotes; anything it is not sure of becomes an honest "our articles don't cover that".
 *
 * ```ts
 * answer(index, 'What are the side effects?')
 * // => { type: 'answer', text: 'Here is what our article says, word for word:', quotes: [...], suggestions: [...] }
 * answer(index, 'how much ketamine will I get?') // => { type: 'redirect', reason: 'dosing', consultation, ... }
 * ```
 */
import type { ChatResponse, Resource, Turn } from '../contract.ts'
import { normalize } from './text.ts'
import type { ClinicIndex } from './search-index.ts'
import { asksPrice, smallTalkAround, triage, type ChitchatKind } from './triage/triage.ts'
import { analyzeQuery } from './query.ts'
import { weakenLeadIn } from './lead-in.ts'
import { followUpConcepts, notRepeating, quotedLastTurn } from './follow-up.ts'
import { retrieve } from './retrieve.ts'
import { composeQuotes, quoteOf } from './compose.ts'
import { continuation } from './continuation.ts'
import { suggest, type Suggestion } from './suggestions.ts'
import { outOfScope } from './scope.ts'
import { splitQuestions } from './split-questions.ts'
import { mendTypos } from './typos.ts'
import { carriedBooking, carriedCrisis } from './triage/carry-over.ts'
import { asksAboutTitle } from './triage/topic-name.ts'
import { longestTitleNamed } from './title-fit.ts'
import { sectionOfType } from './type-answer.ts'
import copy from './copy.json' with { type: 'json' }
import resources from './resources.json' with { type: 'json' }

export function answer(index: ClinicIndex, message: string, history: Turn[] = []): ChatResponse {
  const { config } = index.knowledge
  const consultation = { url: config.consultation.url, label: config.consultation.label }
  const asked = [...history.filter((turn) => turn.role === 'user').map((turn) => turn.text), message]
  const suggestions = (section?: number) => suggest(index, answerableSuggestions(index), section === undefined ? { asked } : { section, asked })

  const chitchat = (kind: ChitchatKind): ChatResponse => ({
    type: 'chitchat',
    text: copy.chitchat[kind].replace('{clinic}', config.name),
    quotes: [],
    suggestions: suggestions(),
  })

  const normalized = normalize(message)
  let safety = triage(message, normalized) ?? (carriedBooking(message, history) ? { kind: 'booking' as const } : carriedCrisis(message, history) ? { kind: 'self_harm' as const } : undefined)
  // "What causes intrahepatic cholestasis of pregnancy?" names an article, not the visitor's pregnancy.
  if (safety && REDIRECTS.has(safety.kind) && asksAboutTitle(index, normalized)) safety = undefined
  switch (safety?.kind) {
    case 'emergency':
    case 'self_harm':
      return { type: 'crisis', reason: safety.kind, text: copy.crisis[safety.kind], quotes: [], resources: resources[safety.kind] as Resource[] }
    case 'dosing':
    case 'booking':
      return { type: 'redirect', reason: safety.kind, text: copy.redirect[safety.kind], quotes: [], consultation }
    case 'personal': {
      // A general quote only where one clearly applies: the same bar as an answer, one quote.
      const quotes = findComposed(index, message, normalized, history)
        .slice(0, 1)
        .map((c) => c.quote)
      return {
        type: 'redirect',
        reason: 'personal',
        text: quotes.length ? copy.personalWithQuote : copy.redirect.personal,
        quotes,
        consultation,
      }
    }
    case 'chitchat':
      return chitchat(safety.chitchat ?? 'greeting')
  }

  // The articles never state prices; the team does.
  if (asksPrice(normalized)) return { type: 'no_answer', text: copy.noAnswerPrice, quotes: [], consultation, suggestions: suggestions() }

  // "Tell me more", "where's that from?": read on from, or source, what was just quoted.
  const next = continuation(index, normalized, () => lastAnswer(index, history))
  if (next) {
    return {
      type: 'answer',
      text: next.kind === 'source' ? copy.answer.source : copy.answer.one,
      quotes: [quoteOf(index, next.span)],
      consultation,
      suggestions: suggestions(index.knowledge.passages[next.span[0]!]!.section),
    }
  }

  let composed = findComposed(index, message, normalized, history)
  // Several questions in one message, not answerable together: the first one that is, said as
  // part of it. Small talk around a question ("sorry for the typos") is no question left unanswered.
  let partial = false
  const parts = composed.length === 0 ? splitQuestions(message) : []
  const questions = parts.length > 1 ? parts.filter((part) => triage(part.text)?.kind !== 'chitchat') : []
  for (const { text: part, standalone } of questions) {
    if (!standalone) continue
    composed = findComposed(index, part, normalize(part), history, { part: true })
    if (composed.length === 0) continue
    partial = questions.length > 1
    break
  }
  if (composed.length === 0) {
    const smallTalk = namesTopic(index, message) ? undefined : smallTalkAround(normalized)
    if (smallTalk) return chitchat(smallTalk)
    return { type: 'no_answer', text: copy.noAnswer, quotes: [], consultation, suggestions: suggestions() }
  }
  const quotes = composed.map((c) => c.quote)
  const articles = new Set(quotes.map((quote) => quote.url.replace(/#.*$/, '')))
  return {
    type: 'answer',
    text: partial ? copy.answer.part : articles.size > 1 ? copy.answer.many : copy.answer.one,
    quotes,
    consultation,
    suggestions: suggestions(index.knowledge.passages[composed[0]!.passages[0]!]!.section),
  }
}

/** How a quote of the very section asked for is assessed: it is the answer. */
const WHOLE = { coverage: 1, missing: [], missingShare: 0, saysAll: true }

/** Triage kinds that send a question to the team; a crisis is never second-guessed. */
const REDIRECTS = new Set(['dosing', 'personal', 'booking'])

/**
 * The passages of the assistant's last answer: quoted in its last turn, or, when the history
 * holds only the visitor's questions (an integration that sends no replies back), the answer the
 * last question gets.
 */
function lastAnswer(index: ClinicIndex, history: Turn[]): number[] {
  const asked = history.findLastIndex((turn) => turn.role === 'user')
  if (asked < 0 || history.slice(asked).some((turn) => turn.role === 'assistant')) return quotedLastTurn(index, history)
  const question = history[asked]!.text
  if (triage(question)) return []
  return findComposed(index, question, normalize(question), history.slice(0, asked))[0]?.passages ?? []
}

function findComposed(index: ClinicIndex, typed: string, typedNormalized: string, history: Turn[], { part = false } = {}) {
  // Triage has read the message as typed; retrieval reads it with its typos mended.
  const message = mendTypos(index, typed)
  const normalized = message === typed ? typedNormalized : normalize(message)
  const query = weakenLeadIn(index, message, analyzeQuery(message, index.vocabulary, normalized))
  const context = followUpConcepts(message, query, history, index)
  if (outOfScope(index, normalized, query.concepts, context).length > 0) return []
  // A part of a message stands alone only when it says more than weak words: "is one better than
  // the other" on its own would match any sentence that says "better". A whole message of weak
  // words that mean nothing more than themselves ("tell me more", "you're more patient than my
  // therapist") asks nothing either, unless it leans on the question before. Weak words that
  // spell out an article's title ("what are patient rights?") name a topic, and a question that
  // asks only for a kind of answer may have a section of that kind ("tl;dr?", type-answer.ts).
  const weak = query.concepts.every((concept) => concept.weight < 1)
  const alone = part || (context.length === 0 && query.concepts.every((concept) => concept.alternatives.every((a) => a.strength === 1)))
  const typeSpan = part || context.length > 0 ? [] : sectionOfType(index, normalized, query.concepts)
  if (typeSpan.length > 0) return [{ quote: quoteOf(index, typeSpan), passages: typeSpan, assessment: WHOLE }]
  if (weak && alone && !longestTitleNamed(index, normalized)) return []
  const ranking = retrieve(index, query, context)
  return composeQuotes(index, notRepeating(index, ranking, normalized, history))
}

/** Does the message name something the articles talk about ("what's this brain reset thing")? Then it is no small talk. */
function namesTopic(index: ClinicIndex, message: string): boolean {
  return analyzeQuery(message, index.vocabulary).concepts.some(
    // A word of the clinic's vocabulary ("brain", "reset") that its articles use, not any word they happen to contain ("long day").
    (concept) => concept.weight >= 1 && concept.alternatives.length > 1 && concept.alternatives.some((a) => a.strength === 1 && a.terms.length > 0 && a.terms.every((term) => index.df.has(term))),
  )
}

const answerableCache = new WeakMap<ClinicIndex, Suggestion[]>()

/** The clinic's suggested questions that the engine really answers, with the section it quotes. */
export function answerableSuggestions(index: ClinicIndex): Suggestion[] {
  let list = answerableCache.get(index)
  if (!list) {
    list = []
    for (const question of index.knowledge.config.suggestedQuestions ?? []) {
      const normalized = normalize(question)
      if (triage(question, normalized)) continue
      const composed = findComposed(index, question, normalized, [])
      const first = composed[0]?.passages[0]
      if (first !== undefined) list.push({ question, section: index.knowledge.passages[first]!.section })
    }
    answerableCache.set(index, list)
  }
  return list
}
