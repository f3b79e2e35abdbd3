/**
 * Keeps a clinic to its own subject. A question about a health topic that the clinic's articles
 * only mention in passing ("What is high blood pressure?" to a ketamine clinic whose article
 * lists increased blood pressure as a side effect) must not be answered with that passing
 * mention. Health topics are recognised from a list of condition and treatment names
 * (health-topics.json); a topic counts as the clinic's own when its words run through several of
 * its passages or its titles and headings. A question that names the clinic's subject
 * ("does ketamine raise blood pressure?") or refers to it ("does it ...") stays in scope.
 *
 * ```ts
 * outOfScopeTopics(index, normalize('What is high blood pressure?')) // => ['high blood pressur']
 * outOfScopeTopics(index, normalize('Does ketamine raise blood pressure?')) // => []
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import { normalizedTerms } from './text.ts'
import { DISCUSSED_IN, subjectTerms } from './subject.ts'
import data from './health-topics.json' with { type: 'json' }

const TOPICS = new Map<string, string[][]>()
for (const topic of data.topics) {
  const stems = topic.split(' ')
  const list = TOPICS.get(stems[0]!) ?? []
  list.push(stems)
  TOPICS.set(stems[0]!, list)
}

/** Words that make a question about "it": the clinic's own subject, in a chat on its site. */
const REFERS_TO_SUBJECT = /\b(it|its|this|that|they|them|these|this treatment|this therapy)\b/

/** @param question the visitor's question, normalized (text.ts `normalize`) */
export function outOfScopeTopics(index: ClinicIndex, question: string): string[] {
  const stems = normalizedTerms(question)
  const found: string[][] = []
  for (let i = 0; i < stems.length; i++) {
    const candidates = TOPICS.get(stems[i]!) ?? []
    const match = candidates
      .filter((topic) => topic.every((stem, k) => stems[i + k] === stem))
      .sort((a, b) => b.length - a.length)[0]
    if (match) {
      found.push(match)
      i += match.length - 1
    }
  }
  const foreign = found.filter((topic) => !topic.every((stem) => discussed(index, stem)))
  if (foreign.length === 0) return []
  const anchored = REFERS_TO_SUBJECT.test(question) || stems.some((stem) => subjectTerms(index).has(stem))
  return anchored ? [] : foreign.map((topic) => topic.join(' '))
}

/** Discussed: in several passages, or named in a title or heading (an article or section about it). */
function discussed(index: ClinicIndex, stem: string): boolean {
  return (index.df.get(stem) ?? 0) >= DISCUSSED_IN || headingVocabulary(index).has(stem)
}

const headings = new WeakMap<ClinicIndex, Set<string>>()

/** Every word of every title and heading. */
function headingVocabulary(index: ClinicIndex): Set<string> {
  let set = headings.get(index)
  if (!set) {
    set = new Set([
      ...index.knowledge.sections.flatMap((_, i) => [...index.headingTerms(i)]),
      ...index.knowledge.articles.flatMap((_, i) => [...index.titleTerms(i)]),
    ])
    headings.set(index, set)
  }
  return set
}
