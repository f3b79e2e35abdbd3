/**
 * Visitors often ask two things at once: "is ketamine even safe?? isn't it a horse tranquilizer
 * lol". When the message as a whole cannot be answered, each of its questions is tried on its
 * own (answer.ts), and the reply says that only part of it is covered. Triage has already seen
 * the whole message, so a crisis or a personal detail in any part still comes first.
 *
 * ```ts
 * splitQuestions('is it safe?? isnt it a horse tranquilizer lol') // => ['is it safe', 'isnt it a horse tranquilizer lol']
 * splitQuestions('what are the side effects') // => ['what are the side effects']
 * ```
 */
export const SPLIT = {
  /** A part with fewer letters than this ("ok", "lol") is no question of its own. */
  minLetters: 4,
  /** At most this many parts are tried: a long message is not a list of questions. */
  maxParts: 4,
} as const

/** Sentence ends ("?", "!", ".") followed by a space, line breaks, and emoji, which people type where a full stop would go. */
const BOUNDARY = /[?!.]+(?:\s+|$)|\n+|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\s]*/u

export function splitQuestions(message: string): string[] {
  return message
    .split(BOUNDARY)
    .map((part) => part.trim())
    .filter((part) => (part.match(/\p{L}/gu)?.length ?? 0) >= SPLIT.minLetters)
    .slice(0, SPLIT.maxParts)
}
