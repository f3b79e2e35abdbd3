/**
 * Loads one prebuilt index in a fresh process and prints how long it took and the heap after, as
 * JSON: `node --expose-gc --import tsx bench/load-prebuilt.ts dist/knowledge/medquad.json`.
 * A process of its own so that nothing else the benchmark holds is counted.
 */
import { readFile } from 'node:fs/promises'
import { loadClinicIndex, type SerializedClinicIndex } from '../server/engine/search-index.ts'

const file = process.argv[2]!
const started = performance.now()
const index = loadClinicIndex(JSON.parse(await readFile(file, 'utf8')) as SerializedClinicIndex)
const ms = performance.now() - started
;(globalThis as { gc?: () => void }).gc?.()
const { heapUsed, rss } = process.memoryUsage()
console.log(JSON.stringify({ ms, heapUsed, rss, passages: index.knowledge.passages.length }))
