/**
 * Reads a knowledge root from disk: every folder with a clinic.json is a clinic, its articles are
 * `articles/*.md`, and an optional `vocabulary.json` adds clinic words to the shared vocabulary.
 * The only file-reading module of the knowledge layer; everything it calls is pure.
 *
 * ```ts
 * const clinics = await loadKnowledge('knowledge') // => [{ knowledge: { id: 'demo', ... }, vocabulary: [...] }]
 * ```
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { KnowledgeError } from './errors.ts'
import { parseClinicConfig } from './clinic-config.ts'
import { assembleClinic, type ClinicSource } from './assemble-clinic.ts'

export const CLINIC_ID = /^[a-z0-9][a-z0-9-]{0,62}$/

/** Loads every clinic under `root`. Throws a KnowledgeError at the first broken file. */
export async function loadKnowledge(root: string): Promise<ClinicSource[]> {
  let entries
  try {
    entries = await readdir(root, { withFileTypes: true })
  } catch {
    throw new KnowledgeError({ file: root, message: 'knowledge folder not found' })
  }
  const clinics: ClinicSource[] = []
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(root, entry.name)
    const configFile = path.join(dir, 'clinic.json')
    const configText = await readFile(configFile, 'utf8').catch(() => undefined)
    if (configText === undefined) continue
    if (!CLINIC_ID.test(entry.name)) {
      throw new KnowledgeError({ file: dir, message: 'a clinic folder name must be lower-case letters, digits and dashes' })
    }
    clinics.push(await loadClinic(entry.name, dir, configText))
  }
  if (clinics.length === 0) throw new KnowledgeError({ file: root, message: 'no clinic found (a clinic is a folder with a clinic.json)' })
  return clinics
}

async function loadClinic(id: string, dir: string, configText: string): Promise<ClinicSource> {
  const config = parseClinicConfig(configText, path.join(dir, 'clinic.json'))
  const articlesDir = path.join(dir, 'articles')
  const names = (await readdir(articlesDir).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort()
  const articles = await Promise.all(
    names.map(async (name) => ({ file: path.join(articlesDir, name), markdown: await readFile(path.join(articlesDir, name), 'utf8') })),
  )
  const vocabularyFile = path.join(dir, 'vocabulary.json')
  const vocabularyText = await readFile(vocabularyFile, 'utf8').catch(() => undefined)
  return assembleClinic({ id, config, articles, vocabulary: vocabularyText === undefined ? undefined : { file: vocabularyFile, text: vocabularyText } })
}
