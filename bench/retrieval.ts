/**
 * Retrieval over the MedQuAD library: the engine beside plain MiniSearch, measured in the same run
 * on the same 16,000 sections. Plain MiniSearch indexes each section's title, heading and text
 * with its defaults and is asked the question as typed, once with its defaults and once with the
 * engine's field boosts plus fuzzy and prefix search. Top-1 and top-3 count a hit as the scorer
 * does; times are per question, in process, medians of several runs.
 */
import MiniSearch from 'minisearch'
import type { ClinicIndex } from '../server/engine/search-index.ts'
import { answer } from '../server/engine/answer.ts'
import { answerKey, devQuestions, sample, unseenQuestions, type DevQuestion } from './medquad.ts'
import { median, percentile, repeat } from './stats.ts'

export interface RetrievalRow {
  method: string
  questions: number
  top1: number
  top3: number
  p50: number
  p95: number
}

interface Method {
  name: string
  /** Sections (or quotes) in rank order, judged right or wrong. */
  ask(q: DevQuestion): boolean[]
}

export async function benchRetrieval(index: ClinicIndex, options: { sample: number; runs: number }): Promise<RetrievalRow[]> {
  const { knowledge } = index
  const key = answerKey(knowledge)
  const plain = new MiniSearch<{ id: number; title: string; heading: string; text: string }>({ fields: ['title', 'heading', 'text'] })
  plain.addAll(
    knowledge.sections.map((section, id) => ({
      id,
      title: knowledge.articles[section.article]!.title,
      heading: section.heading,
      text: knowledge.passages.slice(section.first, section.end).map((p) => p.text).join(' '),
    })),
  )
  const methods: Method[] = [
    {
      name: 'Verbatim engine',
      ask: (q) => {
        const response = answer(index, q.question)
        return response.type === 'answer' ? response.quotes.map((quote) => key.quote(q, quote.text)) : []
      },
    },
    { name: 'MiniSearch, defaults', ask: (q) => plain.search(q.question).slice(0, 3).map((r) => key.section(q, r.id as number)) },
    {
      name: 'MiniSearch, boost + fuzzy + prefix',
      ask: (q) =>
        plain
          .search(q.question, { boost: { title: 3, heading: 2 }, fuzzy: 0.2, prefix: true })
          .slice(0, 3)
          .map((r) => key.section(q, r.id as number)),
    },
  ]
  const all = devQuestions()
  const questions = sample(all, options.sample)
  const rows: RetrievalRow[] = []
  // The engine is fast enough to answer every dev question too, and every question it was never tuned on.
  rows.push(measure(methods[0]!, all, 1))
  rows.push({ ...measure(methods[0]!, unseenQuestions(knowledge), 1), method: 'Verbatim engine, sections no dev question asks about' })
  for (const method of methods) rows.push(await measureRuns(method, questions, options.runs))
  return rows
}

async function measureRuns(method: Method, questions: DevQuestion[], runs: number): Promise<RetrievalRow> {
  const results = await repeat(runs, () => measure(method, questions, 1))
  return { ...results[0]!, p50: median(results.map((r) => r.p50)), p95: median(results.map((r) => r.p95)) }
}

function measure(method: Method, questions: DevQuestion[], _runs: number): RetrievalRow {
  let top1 = 0
  let top3 = 0
  const times: number[] = []
  for (const q of questions) {
    const started = performance.now()
    const hits = method.ask(q)
    times.push(performance.now() - started)
    if (hits[0]) top1++
    if (hits.slice(0, 3).some(Boolean)) top3++
  }
  return {
    method: method.name,
    questions: questions.length,
    top1: top1 / questions.length,
    top3: top3 / questions.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
  }
}
