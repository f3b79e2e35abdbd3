/**
 * Writes server/engine/known-words.json: the stems of the real words of five letters or more
 * that the MedQuAD library uses at least twice (once could be one of its own typos). typos.ts
 * never "mends" a real word into a clinic's word: "meditation" is not a typo of "medication",
 * nor "thoughts" of "though", even when the clinic's articles use only the second.
 *
 *   npx tsx scripts/known-words.ts ../shared/corpora/medquad/articles
 *
 * MedQuAD: Ben Abacha & Demner-Fushman, BMC Bioinformatics 2019; CC BY 4.0.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { normalize, stem, words } from '../server/engine/text.ts'
import { TYPOS } from '../server/engine/typos.ts'

const dir = process.argv[2] ?? '../shared/corpora/medquad/articles'
const counts = new Map<string, number>()
for (const name of readdirSync(dir)) {
  for (const word of words(normalize(readFileSync(path.join(dir, name), 'utf8')))) {
    if (word.length >= TYPOS.minLength && /^\p{L}+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
}
const stems = new Set<string>()
for (const [word, count] of counts) if (count >= 2) stems.add(stem(word))
const sorted = [...stems].sort()
writeFileSync(
  'server/engine/known-words.json',
  JSON.stringify({
    $comment: 'Stems of real words (5+ letters, used at least twice) from the MedQuAD library (NIH sources; Ben Abacha & Demner-Fushman 2019; CC BY 4.0), space-separated. Written by scripts/known-words.ts.',
    stems: sorted.join(' '),
  }) + '\n',
)
console.log(`${sorted.length} stems`)
