/**
 * `npm run bench`: retrieval quality and speed over the MedQuAD library beside plain MiniSearch,
 * the knowledge build and the prebuilt index, HTTP throughput of answering against a health
 * check, and the widget's sizes. Writes bench/results.md and prints the same tables. Not part of
 * `npm test`: it takes a few minutes and measures speed, which tests must not.
 *
 *   npm run bench                  # everything (about 10 minutes on 2 cores)
 *   BENCH_QUICK=1 npm run bench    # fewer questions and shorter runs, for a quick look
 */
import { execFileSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { benchRetrieval } from './retrieval.ts'
import { benchKnowledge } from './knowledge.ts'
import { benchHttp } from './http.ts'
import { widgetSizes } from './widget.ts'
import { benchWorker } from './worker.ts'
import { CORPORA, devQuestions, sample } from './medquad.ts'
import { kb, mb, ms, pct } from './stats.ts'
import { readCases } from '../tests/helpers/demo.ts'
import { writePrebuilt } from '../server/knowledge/prebuilt.ts'
import { buildClinics } from '../server/knowledge/build-clinics.ts'

const quick = Boolean(process.env.BENCH_QUICK)
const RUNS = quick ? 1 : 3
const lines: string[] = []
const out = (line = '') => {
  lines.push(line)
  console.log(line)
}

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
out('# Benchmark results')
out()
out(`${new Date().toISOString().slice(0, 10)} on ${machine}. Reproduce with \`npm run bench\`${quick ? ' (this was a quick run)' : ''}; medians of ${RUNS} runs.`)

// Knowledge: build, prebuilt index, load.
const prebuiltDir = mkdtempSync(path.join(tmpdir(), 'verbatim-bench-'))
const { figures: k, index } = await benchKnowledge(CORPORA, prebuiltDir, RUNS)
out()
out(`## Retrieval over the MedQuAD library (${k.articles.toLocaleString('en')} articles, ${k.sections.toLocaleString('en')} sections, ${k.passages.toLocaleString('en')} passages)`)
out()
out('First quote (or result) from a section that answers the question, as ../shared/eval/score.mjs --kb counts it; time per question in process. The second row asks about every section no dev question asks about, the way the dev questions ask for that source and heading: questions the engine was never tuned on.')
out()
out('| method | questions | top-1 | top-3 | p50 | p95 |')
out('|---|---:|---:|---:|---:|---:|')
for (const row of await benchRetrieval(index, { sample: quick ? 200 : 500, runs: RUNS })) {
  out(`| ${row.method} | ${row.questions.toLocaleString('en')} | ${pct(row.top1)} | ${pct(row.top3)} | ${ms(row.p50)} | ${ms(row.p95)} |`)
}

out()
out('## Knowledge build and prebuilt index (MedQuAD)')
out()
out('| figure | value |')
out('|---|---:|')
out(`| parse and index the Markdown (npm run build) | ${ms(k.buildMs, 0)} |`)
out(`| prebuilt index size | ${mb(k.indexBytes)} raw, ${mb(k.indexGzipBytes)} gzip |`)
out(`| prebuilt index load time (fresh process) | ${ms(k.loadMs, 0)} |`)
out(`| heap after load | ${mb(k.heapAfterLoad)} (RSS ${mb(k.rssAfterLoad)}) |`)

// HTTP: the demo clinic and the MedQuAD library, each from its prebuilt index.
const demoDir = mkdtempSync(path.join(tmpdir(), 'verbatim-bench-demo-'))
await writePrebuilt('knowledge', await buildClinics('knowledge'), demoDir)
const seconds = quick ? 3 : 5
const demoMessages = readCases('../shared/eval/clinic-dev.jsonl').map((c) => c.message)
const medquadMessages = sample(devQuestions(), 100).map((q) => q.question)
out()
out(`## HTTP on loopback (autocannon, 10 connections, ${seconds} s per run, server on 1 Node process)`)
out()
out('| library | route | requests/s | p50 | p99 | errors |')
out('|---|---|---:|---:|---:|---:|')
const http = [
  ...(await benchHttp({ library: 'demo clinic', env: { PREBUILT_DIR: demoDir }, clinic: 'demo', messages: demoMessages, seconds, runs: RUNS, connections: 10 })),
  ...(await benchHttp({ library: 'MedQuAD', env: { KNOWLEDGE_DIR: CORPORA, PREBUILT_DIR: prebuiltDir }, clinic: 'medquad', messages: medquadMessages, seconds, runs: RUNS, connections: 10 })),
]
for (const row of http) out(`| ${row.library} | ${row.route} | ${Math.round(row.rps).toLocaleString('en')} | ${row.p50} ms | ${row.p99} ms | ${row.errors} |`)
for (const library of ['demo clinic', 'MedQuAD']) {
  const rows = http.filter((r) => r.library === library)
  const health = rows.find((r) => r.route.startsWith('GET'))!
  const ratio = (route: string) => pct(rows.find((r) => r.route === route)!.rps / health.rps)
  out(`\n${library}: /api/chat serves ${ratio('POST /api/chat')} of /healthz's requests per second with the answer cache, ${ratio('POST /api/chat, no answer cache')} without.`)
}

// The Worker in workerd: the demo clinic, and the MedQuAD library, against Cloudflare's limits.
out()
out('## Cloudflare Worker in workerd (Miniflare), against the Workers limits')
out()
out('| library | bundle (gzip) | start-up (global scope) | memory (RSS) | time per request p50 / p95 | of which dispatch (health check p50) |')
out('|---|---:|---:|---:|---:|---:|')
const medquadIndex = [index]
const demoIndexes = await buildClinics('knowledge')
const workerRows = [
  await benchWorker('demo clinic', demoIndexes, 'demo', demoMessages, RUNS),
  await benchWorker('MedQuAD', medquadIndex, 'medquad', sample(devQuestions(), 200).map((q) => q.question), RUNS),
]
for (const row of workerRows) {
  out(
    `| ${row.library} | ${mb(row.bundleBytes)} (${mb(row.bundleGzipBytes)}) | +${ms(row.startupMs, 0)} | ${mb(row.rssBytes)} (empty Worker ${mb(row.baselineRssBytes)}) | ${ms(row.requestP50)} / ${ms(row.requestP95)} | ${ms(row.healthP50)} |`,
  )
}
out('| **limit** | 3 MB free, 10 MB paid | 1,000 ms | 128 MB | 10 ms CPU (free) | |')
out()
out('Start-up is how much longer workerd takes to be ready with the bundle than with an empty Worker. A request does no I/O, so its time is CPU plus Miniflare\'s dispatch overhead, which the health check shows.')

// Widget: sizes of the production build.
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' })
const widget = widgetSizes()
out()
out('## Widget (production build)')
out()
out('| part | raw | gzip |')
out('|---|---:|---:|')
out(`| loader (widget.js) | ${kb(widget.loader.raw)} | ${kb(widget.loader.gzip)} |`)
out(`| everything (loader + panel, Preact included) | ${kb(widget.total.raw)} | ${kb(widget.total.gzip)} |`)

writeFileSync('bench/results.md', lines.join('\n') + '\n')
// The prebuilt indexes written for the HTTP runs (the MedQuAD one is 35 MB) are not kept.
for (const dir of [prebuiltDir, demoDir]) rmSync(dir, { recursive: true, force: true })
console.log('\nwritten to bench/results.md')
