/**
 * The MedQuAD library and its dev questions, shared by the benchmarks: the questions, a fixed
 * sample of them, and the scorer's notion of a right answer (../shared/eval/score.mjs --kb): the
 * quote comes from a section with the expected heading in an article with the expected title,
 * because several sources often cover one topic.
 */
import { readFileSync } from 'node:fs'
import type { ClinicKnowledge } from '../server/knowledge/types.ts'

export const CORPORA = '../shared/corpora'
export const QUESTIONS = '../shared/corpora/medquad/dev-questions.jsonl'

export interface DevQuestion {
  question: string
  title: string
  heading: string
  /** The article's file, whose name starts with its source ("ghr-0001.md"). */
  file?: string
}

export function devQuestions(): DevQuestion[] {
  return readFileSync(QUESTIONS, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as DevQuestion)
}

/**
 * Questions the engine was never tuned on: one for each section of the library that no dev
 * question asks about, asked the way the dev questions ask for that source and heading ("Is
 * {title} inherited ?" for a GHR Inheritance section). Held-back MedQuAD questions are of this
 * kind, so this shows whether the vocabulary and rules learnt from the dev questions carry over.
 */
export function unseenQuestions(knowledge: ClinicKnowledge): DevQuestion[] {
  const sourceOf = (file: string) => file.split('-')[0]!
  const asked = new Set<string>()
  const templates = new Map<string, Map<string, number>>()
  for (const q of devQuestions()) {
    asked.add(`${norm(q.title)}|${norm(q.heading)}`)
    if (!q.file || !q.question.includes(q.title)) continue
    const key = `${sourceOf(q.file)}|${q.heading}`
    const counts = templates.get(key) ?? new Map<string, number>()
    const template = q.question.replace(q.title, '{title}')
    counts.set(template, (counts.get(template) ?? 0) + 1)
    templates.set(key, counts)
  }
  const questions: DevQuestion[] = []
  for (const section of knowledge.sections) {
    const article = knowledge.articles[section.article]!
    const key = `${norm(article.title)}|${norm(section.heading)}`
    const counts = templates.get(`${sourceOf(article.slug)}|${section.heading}`)
    if (asked.has(key) || !counts) continue
    asked.add(key)
    const template = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
    questions.push({ question: template.replace('{title}', article.title), title: article.title, heading: section.heading })
  }
  return questions
}

/** Every `step`-th question: the same sample in every run and for every method. */
export function sample<T>(items: T[], size: number): T[] {
  const step = Math.max(1, Math.ceil(items.length / size))
  return items.filter((_, i) => i % step === 0)
}

const norm = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim()

/** Is a section (or a quote from one) an answer to the question? */
export function answerKey(knowledge: ClinicKnowledge) {
  const texts = new Map<string, string[]>()
  knowledge.sections.forEach((section) => {
    const key = `${norm(knowledge.articles[section.article]!.title)}|${norm(section.heading)}`
    const text = norm(knowledge.passages.slice(section.first, section.end).map((p) => p.text).join(' '))
    texts.set(key, [...(texts.get(key) ?? []), text])
  })
  const keyOf = (q: DevQuestion) => `${norm(q.title)}|${norm(q.heading)}`
  return {
    section: (q: DevQuestion, section: number) => {
      const s = knowledge.sections[section]!
      return keyOf(q) === `${norm(knowledge.articles[s.article]!.title)}|${norm(s.heading)}`
    },
    quote: (q: DevQuestion, quote: string) => (texts.get(keyOf(q)) ?? []).some((text) => text.includes(norm(quote))),
  }
}
