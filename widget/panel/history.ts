/**
 * The earlier turns sent with each question, so the engine can read follow-ups ("are they
 * permanent?" after asking about side effects). An assistant turn is its own text plus the quotes
 * it gave, cut to the API's per-turn limit; only the last turns the API accepts are sent.
 *
 * ```ts
 * toHistory([{ role: 'user', text: 'Side effects?' }, { role: 'assistant', response }])
 * // => [{ role: 'user', text: 'Side effects?' }, { role: 'assistant', text: 'Here is ... Possible side effects include ...' }]
 * ```
 */
import type { ChatResponse, LIMITS, Turn } from '../../server/contract.ts'

// The API's limits, restated because the contract module carries zod at run time; typed as the
// contract's literals, so the type check fails if the server's limits change.
const HISTORY_TURNS: (typeof LIMITS)['historyTurns'] = 20
const TURN_CHARACTERS: (typeof LIMITS)['historyText'] = 4000

export type Entry = { role: 'user'; text: string } | { role: 'assistant'; response: ChatResponse }

export function toHistory(entries: readonly Entry[]): Turn[] {
  return entries.slice(-HISTORY_TURNS).map((entry) =>
    entry.role === 'user'
      ? { role: 'user', text: entry.text.slice(0, TURN_CHARACTERS) }
      : { role: 'assistant', text: [entry.response.text, ...entry.response.quotes.map((q) => q.text)].join(' ').slice(0, TURN_CHARACTERS) },
  )
}
