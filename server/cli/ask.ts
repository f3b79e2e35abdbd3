/**
 * Ask a clinic a question from the command line; prints exactly what `POST /api/chat` returns.
 *
 *   npm run ask -- --clinic demo "Does ketamine help social anxiety?"
 *   KNOWLEDGE_DIR=../shared/corpora npm run ask -- --clinic medquad "What causes gout?"
 */
import { parseArgs } from 'node:util'
import { chatRequestSchema } from '../contract.ts'
import { answer } from '../engine/answer.ts'
import { buildClinics, DEFAULT_KNOWLEDGE_DIR } from '../knowledge/build-clinics.ts'
import { KnowledgeError } from '../knowledge/errors.ts'

const { values, positionals } = parseArgs({
  options: { clinic: { type: 'string', default: 'demo' }, knowledge: { type: 'string' } },
  allowPositionals: true,
})
const request = chatRequestSchema.safeParse({ clinic: values.clinic, message: positionals.join(' ') })
if (!request.success) {
  console.error('usage: npm run ask -- --clinic <id> "question"')
  process.exit(2)
}
try {
  const indexes = await buildClinics(values.knowledge ?? process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR)
  const index = indexes.find((i) => i.knowledge.id === request.data.clinic)
  if (!index) {
    console.error(`unknown clinic "${request.data.clinic}"; known: ${indexes.map((i) => i.knowledge.id).join(', ')}`)
    process.exit(2)
  }
  console.log(JSON.stringify(answer(index, request.data.message, []), null, 2))
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error
  console.error(`Knowledge error: ${error.message}`)
  process.exit(1)
}
