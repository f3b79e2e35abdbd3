/** The demo clinic's index, built once per test file from knowledge/demo, plus small helpers. */
import { buildClinics } from '../../server/knowledge/build-clinics.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { readFileSync } from 'node:fs'

let demo: Promise<ClinicIndex> | undefined

export function demoIndex(): Promise<ClinicIndex> {
  demo ??= buildClinics('knowledge').then((indexes) => indexes.find((i) => i.knowledge.id === 'demo')!)
  return demo
}

export const SEED = '../shared/seeds/how-iv-ketamine-affects-anxiety.txt'
export const DEV_SET = '../shared/eval/clinic-dev.jsonl'

export interface EvalCase {
  id: string
  message: string
  history?: { role: 'user' | 'assistant'; text: string }[]
  expect: string
  accept?: string[]
  quote?: string[]
  reason?: string
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EvalCase)
}

/** The scorer's normalization: case, curly quotes, dashes and whitespace aside. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The seed article as the scorer reads it: bullets stripped, normalized. */
export function seedText(): string {
  return norm(readFileSync(SEED, 'utf8').replace(/^\s*[-*]\s+/gm, ''))
}
