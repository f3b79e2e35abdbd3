/**
 * The engine's vocabulary and question types serve every clinic, and a change made for one
 * article can quietly cost a library thousands of answers ("what is ketamine therapy?" once made
 * every "What are the treatments for X?" lose its question type). A fixed sample of the MedQuAD dev
 * questions, scored as the benchmark scores them (bench/medquad.ts), holds the library's floor
 * here; `npm run bench` measures all of them, with times.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { answer } from '../../server/engine/answer.ts'
import { buildClinics } from '../../server/knowledge/build-clinics.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { answerKey, CORPORA, devQuestions } from '../../bench/medquad.ts'

/** Every this many-th dev question is asked. */
const SAMPLE_EVERY = 8

let library: ClinicIndex
beforeAll(async () => {
  library = (await buildClinics(CORPORA))[0]!
})

describe('the MedQuAD library', () => {
  it('answers at least 97% of a fixed sample of its dev questions from the right section', () => {
    const key = answerKey(library.knowledge)
    const sample = devQuestions().filter((_, i) => i % SAMPLE_EVERY === 0)
    const right = sample.filter((q) => {
      const response = answer(library, q.question)
      return response.type === 'answer' && key.quote(q, response.quotes[0]!.text)
    })
    expect(right.length / sample.length).toBeGreaterThanOrEqual(0.97)
  })
})
