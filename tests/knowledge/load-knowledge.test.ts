import { describe, expect, it } from 'vitest'
import { loadKnowledge } from '../../server/knowledge/load-knowledge.ts'
import { KnowledgeError } from '../../server/knowledge/errors.ts'
import { ARTICLE, CLINIC_JSON, tempKnowledge } from '../helpers/temp-knowledge.ts'

async function loadError(root: string): Promise<KnowledgeError> {
  const error = await loadKnowledge(root).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(KnowledgeError)
  return error as KnowledgeError
}

describe('loadKnowledge', () => {
  it('loads every folder with a clinic.json as a clinic, with its articles and vocabulary', async () => {
    const root = tempKnowledge({
      'acme/clinic.json': CLINIC_JSON,
      'acme/articles/gout.md': ARTICLE,
      'acme/vocabulary.json': JSON.stringify({ groups: [['gout', 'podagra']] }),
      'not-a-clinic/readme.txt': 'ignored',
    })
    const clinics = await loadKnowledge(root)
    expect(clinics.map((c) => c.knowledge.id)).toEqual(['acme'])
    const [acme] = clinics
    expect(acme!.knowledge.config.consultation.label).toBe('Book a visit')
    expect(acme!.knowledge.sections.map((s) => s.heading)).toEqual(['Symptoms', 'Treatment'])
    expect(acme!.knowledge.passages).toHaveLength(2)
    expect(acme!.vocabulary[0]!.groups).toEqual([['gout', 'podagra']])
  })

  it('loads the demo clinic from knowledge/', async () => {
    const [demo] = await loadKnowledge('knowledge')
    expect(demo!.knowledge.id).toBe('demo')
    expect(demo!.knowledge.articles.map((a) => a.title)).toEqual(['How IV Ketamine Affects Anxiety'])
  })

  it('names the file and line of invalid JSON in clinic.json', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': '{\n  "name": "Acme",\n  oops\n}', 'acme/articles/a.md': ARTICLE })
    const error = await loadError(root)
    expect(error.file).toMatch(/acme\/clinic\.json$/)
    expect(error.message).toMatch(/invalid JSON/)
    expect(error.line).toBe(3)
  })

  it('names a missing required field of clinic.json', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': JSON.stringify({ name: 'Acme', allowedOrigins: [] }, null, 2), 'acme/articles/a.md': ARTICLE })
    const error = await loadError(root)
    expect(error.field).toBe('consultation')
    expect(error.message).toMatch(/consultation: is required/)
  })

  it('names a bad field of clinic.json with its line', async () => {
    const config = JSON.stringify({ ...JSON.parse(CLINIC_JSON), consultation: { url: 'javascript:alert(1)' } }, null, 2)
    const root = tempKnowledge({ 'acme/clinic.json': config, 'acme/articles/a.md': ARTICLE })
    const error = await loadError(root)
    expect(error.field).toBe('consultation.url')
    expect(error.line).toBe(4)
  })

  it('stops at a broken article, naming it', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/bad.md': '---\ntitle: Bad\n---\n\nText.' })
    const error = await loadError(root)
    expect(error.message).toMatch(/bad\.md:2: url: is required/)
  })

  it('refuses a folder without clinics', async () => {
    const error = await loadError(tempKnowledge({ 'x/readme.txt': '' }))
    expect(error.message).toMatch(/no clinic found/)
  })

  it('refuses a broken vocabulary.json', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/a.md': ARTICLE, 'acme/vocabulary.json': '{"groups": [["only one"]]}' })
    const error = await loadError(root)
    expect(error.file).toMatch(/vocabulary\.json$/)
    expect(error.field).toBe('groups.0')
  })
})
