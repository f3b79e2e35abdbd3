/**
 * Splits a block of text into sentences with the platform's Unicode sentence segmenter, then mends
 * the breaks it makes after abbreviations ("Dr. Smith", "e.g. this"), which Unicode's rules
 * cannot know about. Every sentence is an exact slice of the input, so a quote stays verbatim.
 *
 * ```ts
 * splitSentences('Ask Dr. Lee. It helps.') // => ['Ask Dr. Lee.', 'It helps.']
 * ```
 */
import writing from './writing.json' with { type: 'json' }

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const abbreviations = new Set(writing.abbreviations)

// A list flattened into one line ("... cells. - Leukemia may ...") ends a sentence at each bullet,
// which the Unicode rules do not see.
const FLATTENED_BULLET = /(?<=[.!?:)])\s+[-–•]\s+(?=[\p{Lu}\p{N}])/u

export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  for (const piece of text.split(FLATTENED_BULLET)) {
    let pending = ''
    for (const { segment } of segmenter.segment(piece)) {
      pending += segment
      if (endsWithAbbreviation(pending)) continue
      push(sentences, pending)
      pending = ''
    }
    push(sentences, pending)
  }
  return sentences
}

function push(sentences: string[], sentence: string): void {
  // A leading "- " is a bullet flattened into the text, not part of the sentence.
  const trimmed = sentence.trim().replace(/^[-–—•*]\s+/, '')
  if (/[\p{L}\p{N}]/u.test(trimmed)) sentences.push(trimmed)
}

function endsWithAbbreviation(text: string): boolean {
  const last = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(text)?.[1]
  return last !== undefined && abbreviations.has(last.toLowerCase())
}
