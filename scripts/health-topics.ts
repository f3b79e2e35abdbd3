/**
 * Writes server/engine/health-topics.json: the names of health topics (conditions, tests,
 * treatments) from the MedQuAD library's article titles, split at "and", commas and brackets
 * ("Dizziness and Vertigo" -> "dizziness", "vertigo"), as search-term phrases. The engine uses it
 * to recognise a question about a health topic that a clinic's articles only mention in passing.
 *
 *   npx tsx scripts/health-topics.ts ../shared/corpora/medquad/articles
 *
 * MedQuAD: Ben Abacha & Demner-Fushman, BMC Bioinformatics 2019; CC BY 4.0.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { terms } from '../server/engine/text.ts'

const dir = process.argv[2] ?? '../shared/corpora/medquad/articles'
const titles: string[] = []
for (const name of readdirSync(dir)) {
  const text = readFileSync(path.join(dir, name), 'utf8')
  const end = text.indexOf('\n---', 3)
  titles.push(String((parse(text.slice(3, end)) as { title?: unknown }).title ?? ''))
}
const phrases = new Set<string>()
const wholeTitles = new Set(titles.map((title) => terms(title).join(' ')))
for (const title of titles) {
  const whole = terms(title).filter((term) => !/^\d+$/.test(term))
  if (whole.length > 0 && whole.length <= 8) phrases.add(whole.join(' '))
  for (const part of title.split(/,|;|:|\(|\)|\band\b|\bor\b|\//i)) {
    const stems = terms(part).filter((term) => !/^\d+$/.test(term))
    if (stems.length === 0 || stems.length > 6) continue
    // A single word split off a title ("Adult" of "Leukemia, Adult") is often just a qualifier:
    // keep it only when some title is that word alone.
    if (stems.length === 1 && !wholeTitles.has(stems[0]!)) continue
    phrases.add(stems.join(' '))
  }
}
const sorted = [...phrases].sort()
writeFileSync(
  'server/engine/health-topics.json',
  JSON.stringify({
    $comment: 'Health topic names (as search-term stems) from the titles of the MedQuAD library (NIH sources; Ben Abacha & Demner-Fushman 2019; CC BY 4.0). Written by scripts/health-topics.ts.',
    topics: sorted,
  }) + '\n',
)
console.log(`${sorted.length} topics`)
