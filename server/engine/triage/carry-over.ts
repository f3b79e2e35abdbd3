/**
 * Carry-over from the turn before: a reply that leans on what the visitor just said.
 *
 * "Great, how do I do that?" right after asking to book means booking, though nothing in the
 * message says so. A bare go-ahead after a question that was sent to the medical team (booking,
 * dosing, personal: each reply offers the consultation) takes up that offer; anything longer is
 * read on its own, as always.
 *
 * ```ts
 * carriedBooking('yes please', [{ role: 'user', text: 'can I book a consultation?' }]) // => true
 * carriedBooking('yes please', [{ role: 'user', text: 'what are the side effects?' }]) // => false
 * carriedBooking('is it free?', [{ role: 'user', text: 'do you offer consultations?' }]) // => true
 * ```
 */
import type { Turn } from '../../contract.ts'
import { normalize } from '../text.ts'
import { triage, triageText } from './triage.ts'

const GO_AHEAD =
  /^((ok|okay|great|sure|yes|yeah|yep|perfect|sounds good|cool|alright|all right|thanks|thank you|awesome|nice)\s+)*(how (do|can|would|should) i (do|book|arrange|set up|schedule|start|get|sign up for) (that|this|it|one)( up)?|(yes|yeah|yep|sure|ok|okay)( please)?|let s do (it|that|this)|sign me up|book (it|me|that)( in)?|i would like (that|to|one)|i want (that|one|to)|where do i sign up|what do i do next|what now)$/

/** A question about the consultation itself ("is it free?", "is that online?", "what do we talk about in it?"). */
const ABOUT_IT =
  /^((ok|okay|and|so|great|thanks)\s+)*((is|will|would|can|could|does|do) (it|that|this|the consultation|the consult|the call|the appointment) (be )?(free|free of charge|online|virtual|in person|by phone|over the phone|on video|remote|cost anything|long|take long)|(is|will) (it|that|this) (in person|online|virtual)( or (online|in person|virtual|by phone))?|how long (is|does|will) (it|that|the consultation|the call|the appointment)( take| last)?|what (do|will|would) (we|you|they|i) (talk about|discuss|cover|ask)( in it| there| during it)?|what happens (in|at|during) (it|the consultation|the call|the appointment)|who will i (talk|speak) (to|with))$/

export function carriedBooking(message: string, history: Turn[]): boolean {
  const text = triageText(normalize(message))
  // Asked about the consultation right after being offered it: the consultation page answers that.
  if (ABOUT_IT.test(text)) return triage(history.filter((turn) => turn.role === 'user').at(-1)?.text ?? '')?.kind === 'booking'
  if (!GO_AHEAD.test(text)) return false
  const previous = history.filter((turn) => turn.role === 'user').at(-1)
  // Every redirect offers the consultation: "is it right for me?" -> "ok yes, how do I do that?"
  const kind = previous === undefined ? undefined : triage(previous.text)?.kind
  return kind === 'booking' || kind === 'personal' || kind === 'dosing'
}

/** The visitor says they are safe, or takes up the resources ("I'm safe now, I called 988", "ok, I'll text them"). */
const REASSURED = /\b(i am|i m|im) (safe|ok|okay|alright|all right|fine|not going to do anything|doing better|better now)\b|\b(called|texted|text|call|calling|texting|talked to|spoke to|speaking to) (988|911|741741|them|the (line|number|hotline|crisis line))\b|\bi (will|ll) (call|text|reach out|talk to)\b|\b(is|are) (here|with me)\b|\bpromise\b/

/** Risk written about at a remove (a thesis, a novel's character): its next question is only a question. */
const AT_A_REMOVE = /\b(thesis|dissertation|paper|essay|novel|story|screenplay|script|character|fiction|researching|research project|assignment|homework|lecture|podcast|journalist|reporter)\b/

/**
 * A question right after a crisis ("honestly i'm done with being alive" -> "anyway does it help
 * social anxiety or nah") is answered with the crisis resources again, unless the visitor says
 * they are safe or takes up the resources: the risk said a moment ago has not gone away.
 *
 * ```ts
 * carriedCrisis('anyway does it help?', [{ role: 'user', text: "i'm done with being alive" }]) // => true
 * carriedCrisis("I'm safe now, how fast does it work?", [{ role: 'user', text: "i'm done with being alive" }]) // => false
 * ```
 */
export function carriedCrisis(message: string, history: Turn[]): boolean {
  const previous = history.filter((turn) => turn.role === 'user').at(-1)
  if (previous === undefined || triage(previous.text)?.kind !== 'self_harm' || AT_A_REMOVE.test(normalize(previous.text))) return false
  return !REASSURED.test(triageText(normalize(message)))
}
