import { afterAll, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync, cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClinicRegistry } from '../../server/api/clinic-registry.ts'
import { buildClinics } from '../../server/knowledge/build-clinics.ts'
import { createKnowledgeReload } from '../../server/node/knowledge-reload.ts'
import { asBuilt } from '../../server/node/prepare-indexes.ts'
import { collectLog } from '../helpers/app.ts'
import { startServer, type Server } from '../helpers/spawn.ts'
import { ARTICLE, CLINIC_JSON, tempKnowledge } from '../helpers/temp-knowledge.ts'

const BROKEN_URL = (article: string) => article.replace(/^url: .*$/m, 'url: javascript:alert(1)')

describe('createKnowledgeReload', () => {
  it('swaps in the new knowledge, or keeps the last good one and logs file, line and field', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/gout.md': ARTICLE })
    const clinics = createClinicRegistry(await buildClinics(root))
    const { log, entries } = collectLog()
    const reload = createKnowledgeReload({ root, clinics, prepare: asBuilt, log })
    const first = clinics.get('acme')

    writeFileSync(path.join(root, 'acme/articles/gout.md'), BROKEN_URL(ARTICLE))
    expect(await reload()).toBe(false)
    expect(clinics.get('acme')).toBe(first)
    expect(entries[0]).toMatchObject({
      event: 'knowledge_reload',
      ok: false,
      error: { file: expect.stringMatching(/acme\/articles\/gout\.md$/), line: 3, field: 'url', message: expect.stringMatching(/http\(s\)/) },
    })

    writeFileSync(path.join(root, 'acme/articles/gout.md'), ARTICLE.replace('the big toe', 'the big toe or the ankle'))
    expect(await reload()).toBe(true)
    expect(clinics.get('acme')!.knowledge.passages.some((p) => p.text.includes('or the ankle'))).toBe(true)
    expect(entries[1]).toMatchObject({ event: 'knowledge_reload', ok: true, clinics: ['acme'] })
  })

  it('runs one rebuild at a time, and once more for a change asked for meanwhile', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/gout.md': ARTICLE })
    const clinics = createClinicRegistry(await buildClinics(root))
    const { log, entries } = collectLog()
    const reload = createKnowledgeReload({ root, clinics, prepare: asBuilt, log })
    await Promise.all([reload(), reload(), reload()])
    expect(entries).toHaveLength(2)
  })
})

const servers: Server[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
})

async function chat(server: Server, message: string) {
  const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clinic: 'demo', message }) })
  expect(res.status).toBe(200)
  return (await res.json()) as { quotes: { text: string; url: string }[] }
}

describe('SIGHUP (server/node.ts)', () => {
  it('reloads the knowledge; broken knowledge keeps the last good index and logs the file and field', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'verbatim-reload-'))
    cpSync('knowledge/demo', path.join(root, 'demo'), { recursive: true })
    const file = path.join(root, 'demo/articles/how-iv-ketamine-affects-anxiety.md')
    const good = readFileSync(file, 'utf8')
    const server = await startServer({ KNOWLEDGE_DIR: root })
    servers.push(server)
    const question = 'What side effects does ketamine have?'
    const before = (await chat(server, question)).quotes[0]!
    expect(before.text).toMatch(/and nausea\./)
    expect(before.url.startsWith(`${server.url}/articles/`)).toBe(true)

    /** Sends SIGHUP and resolves with the reload's log entry. */
    const hangUp = async (ok: boolean) => {
      const from = server.output().length
      server.child.kill('SIGHUP')
      const line = await server.waitForOutput(new RegExp(`^\\{.*"event":"knowledge_reload","ok":${ok}.*$`, 'm'), from)
      return JSON.parse(line) as Record<string, unknown>
    }

    writeFileSync(file, BROKEN_URL(good))
    const failed = await hangUp(false)
    expect(failed.error).toMatchObject({ file: expect.stringMatching(/how-iv-ketamine-affects-anxiety\.md$/), line: 3, field: 'url' })
    expect((await chat(server, question)).quotes[0]).toEqual(before)

    writeFileSync(file, good.replace('and nausea.', 'nausea, and headache.'))
    expect(await hangUp(true)).toMatchObject({ clinics: ['demo'] })
    const after = (await chat(server, question)).quotes[0]!
    expect(after.text).toMatch(/nausea, and headache\./)
    // The demo site's article links survive the reload.
    expect(after.url.startsWith(`${server.url}/articles/`)).toBe(true)
  })

  it('under npm run dev (--watch-knowledge), reloads when an article changes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'verbatim-dev-'))
    cpSync('knowledge/demo', path.join(root, 'demo'), { recursive: true })
    const file = path.join(root, 'demo/articles/how-iv-ketamine-affects-anxiety.md')
    const server = await startServer({ KNOWLEDGE_DIR: root }, 90_000, ['--watch-knowledge'])
    servers.push(server)
    const from = server.output().length
    writeFileSync(file, readFileSync(file, 'utf8').replace('and nausea.', 'nausea, and headache.'))
    await server.waitForOutput(/"event":"knowledge_reload","ok":true/, from)
    expect((await chat(server, 'What side effects does ketamine have?')).quotes[0]!.text).toMatch(/nausea, and headache\./)
  })
})
