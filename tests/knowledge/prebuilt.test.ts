import { describe, expect, it } from 'vitest'
import { mkdtempSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildClinics, loadClinics } from '../../server/knowledge/build-clinics.ts'
import { readPrebuilt, writePrebuilt } from '../../server/knowledge/prebuilt.ts'
import { loadClinicIndex, serializeClinicIndex } from '../../server/engine/search-index.ts'
import { answer } from '../../server/engine/answer.ts'
import { ARTICLE, CLINIC_JSON, tempKnowledge } from '../helpers/temp-knowledge.ts'
import { DEV_SET, readCases } from '../helpers/demo.ts'

const outDir = () => mkdtempSync(path.join(tmpdir(), 'verbatim-prebuilt-'))

describe('the prebuilt index', () => {
  it('answers every dev message exactly as the index it was serialized from', async () => {
    const [built] = await buildClinics('knowledge')
    const loaded = loadClinicIndex(JSON.parse(JSON.stringify(serializeClinicIndex(built!))))
    expect(loaded.knowledge).toEqual(built!.knowledge)
    for (const c of readCases(DEV_SET)) expect(answer(loaded, c.message, c.history)).toEqual(answer(built!, c.message, c.history))
  })

  it('is used at start-up when it was built from these very files', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/gout.md': ARTICLE })
    const dir = outDir()
    const manifest = await writePrebuilt(root, await buildClinics(root), dir)
    expect(manifest.clinics.map((c) => c.id)).toEqual(['acme'])
    const { indexes, prebuilt } = await loadClinics(root, dir)
    expect(prebuilt).toBe(true)
    expect(answer(indexes[0]!, 'what are the symptoms of gout?').quotes[0]!.text).toMatch(/sudden, severe pain/)
  })

  it('is ignored once a knowledge file changes, or for another knowledge folder', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/gout.md': ARTICLE })
    const dir = outDir()
    await writePrebuilt(root, await buildClinics(root), dir)
    expect(await readPrebuilt('knowledge', dir)).toBeUndefined()
    const later = new Date(Date.now() + 60_000)
    utimesSync(path.join(root, 'acme/articles/gout.md'), later, later)
    expect(await readPrebuilt(root, dir)).toBeUndefined()
    expect((await loadClinics(root, dir)).prebuilt).toBe(false)
  })

  it('is absent until built', async () => {
    expect(await readPrebuilt('knowledge', outDir())).toBeUndefined()
  })
})
