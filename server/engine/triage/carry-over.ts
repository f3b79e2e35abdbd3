/**
 * "Great, how do I do that?" right after asking to book means booking, though nothing in the
 * message says so. A bare go-ahead after a question that was sent to the medical team (booking,
 * dosing, personal: each reply offers the consultation) takes up that offer; anything longer is
 * read on its own, as always.
 *
 * ```ts
 * carriedBooking('yes please', [{ role: 'user', text: 'can I book a consultation?' }]) // => true
 * carriedBooking('yes please', [{ role: 'user', text: 'what are the side effects?' }]) // => false
 * ```
 */
import type { Turn } from '../../contract.ts'
import { normalize } from '../text.ts'
import { triage, triageText } from './triage.ts'

const GO_AHEAD =
  /^((ok|okay|great|sure|yes|yeah|yep|perfect|sounds good|cool|alright|all right|thanks|thank you|awesome|nice)\s+)*(how (do|can|would|should) i (do|book|arrange|set up|schedule|start|get|sign up for) (that|this|it|one)( up)?|(yes|yeah|yep|sure|ok|okay)( please)?|let s do (it|that|this)|sign me up|book (it|me|that)( in)?|i would like (that|to|one)|i want (that|one|to)|where do i sign up|what do i do next|what now)$/

export function carriedBooking(message: string, history: Turn[]): boolean {
  if (!GO_AHEAD.test(triageText(normalize(message)))) return false
  const previous = history.filter((turn) => turn.role === 'user').at(-1)
  // Every redirect offers the consultation: "is it right for me?" -> "ok yes, how do I do that?"
  const kind = previous === undefined ? undefined : triage(previous.text)?.kind
  return kind === 'booking' || kind === 'personal' || kind === 'dosing'
}
