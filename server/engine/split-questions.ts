/**
 * Visitors often ask two things at once: "is ketamine even safe?? isn't it a horse tranquilizer
 * lol". When the message as a whole cannot be answered, each of its questions is tried on its
 * own (answer.ts), and the reply says that only part of it is covered. Triage has already seen
 * the whole message, so a crisis or a personal detail in any part still comes first.
 *
 * ```ts
 * splitQuestions('is it safe?? isnt it a horse tranquilizer lol').map((part) => part.text) // => ['is it safe', 'isnt it a horse tranquilizer lol']
 * splitQuestions('what are the side effects, and does insurance pay?').map((part) => part.text) // => ['what are the side effects', 'does insurance pay']
 * splitQuestions('what are the side effects').map((part) => part.text) // => ['what are the side effects']
 * ```
 */
export const SPLIT = {
  /** A part with fewer letters than this ("ok", "lol") is no question of its own. */
  minLetters: 4,
  /** At most this many parts are tried: a long message is not a list of questions. */
  maxParts: 4,
} as const

/**
 * Sentence ends ("?", "!", ".") followed by a space, line breaks, and emoji, which people type
 * where a full stop would go. Within a sentence that opens as a question, a comma before another
 * question ends it too ("what are the side effects, and does insurance pay for it?"); a sentence
 * that opens otherwise ("ketamine vs TMS, which works better?") is one question.
 */
const BOUNDARY = /[?!.]+(?:\s+|$)|\n+|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\s]*/u

/** Words a question opens with. */
const ASKS = String.raw`(?:what|how|why|when|where|who|does|do|is|are|can|could|will|would|should|did)\b`
/**
 * A comma, colon or semicolon before a second question, or "and" before a question word ("what side
 * effects and how quick does it kick in"), in a sentence that opens as a question itself.
 */
const SECOND_QUESTION = new RegExp(String.raw`[,;:]\s*(?:(?:and|also|plus|or|but)\s+)?(?=${ASKS})|\s+(?:and|plus)\s+(?=(?:how|what|why|when|where|who)\b)`, 'i')
const OPENS_AS_QUESTION = new RegExp(String.raw`^\s*${ASKS}`, 'i')

/** A question of a message, and whether it may be answered on its own. */
export interface QuestionPart {
  text: string
  /**
   * False for a second question after a comma that points back at the first ("What about PTSD,
   * can ketamine treat that?"): it asks about the first, so it is not answered without it. False
   * too for what someone said, or the visitor's own story, beside a question ("my friend said it's
   * dangerous", "I have one coming up for a job"): it says why the visitor asks.
   */
  standalone: boolean
}

export function splitQuestions(message: string): QuestionPart[] {
  const sentences = message.split(BOUNDARY)
  // A question that points back ("... a last resort. is that fair?") asks about the sentence before it.
  const asks = sentences.some((sentence) => OPENS_AS_QUESTION.test(sentence)) && !sentences.some((sentence) => OPENS_AS_QUESTION.test(sentence) && CHECKS_CLAIM.test(sentence))
  // A sentence followed by "?" asks, whatever its words.
  const askedOutright = (sentence: string) => message.slice(message.indexOf(sentence) + sentence.length).trimStart().startsWith('?')
  return sentences
    .flatMap((sentence) => {
      if (!OPENS_AS_QUESTION.test(sentence)) {
        const context = asks && (REPORTED.test(sentence) || (OWN_STORY.test(sentence) && !askedOutright(sentence)))
        return [{ text: sentence, standalone: !context }]
      }
      return sentence.split(SECOND_QUESTION).map((text, i) => ({ text, standalone: i === 0 || !POINTS_BACK.test(text) }))
    })
    .map((part) => ({ ...part, text: part.text.trim() }))
    .filter((part) => (part.text.match(/\p{L}/gu)?.length ?? 0) >= SPLIT.minLetters)
    .slice(0, SPLIT.maxParts)
}

const POINTS_BACK = /\b(it|its|that|this|they|them|their|those|these)\b/i

/**
 * "Does it stop your breathing? my friend said it's dangerous": beside a question, what someone
 * said or the visitor read is why they ask, not a question of its own; quoting the risks would
 * seem to answer the question the articles leave open. Alone ("I heard it makes you dizzy. true?")
 * it is the claim to check.
 */
const REPORTED = /\b(said|says|say|told|tells|heard|hear|read|saw|claims?|claimed|swears?|reckons?)\b/i

/** A question about the sentence before it: "is that fair?", "is this true?", "correct?". */
const CHECKS_CLAIM = /\b(that|this|those|these|true|right|correct|fair|accurate)\b/i

/** "Does it show up on a drug test? I have one coming up for a job": the visitor's own story beside a question says why they ask. */
const OWN_STORY = /^\s*(i|i'm|im|i've|ive|i'd|i'll|my|we|we're|our)\b/i
