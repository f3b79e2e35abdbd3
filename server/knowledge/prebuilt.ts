/**
 * The prebuilt index: what `npm run build` writes (one JSON file per clinic plus a manifest) so
 * that the Node server starts by parsing instead of indexing, and the Worker can import it. The
 * manifest carries a fingerprint of everything the index was built from (the knowledge files and
 * the engine's own tokenizing code and word lists); the server uses the prebuilt index only when
 * the fingerprint still matches, and builds from the Markdown otherwise. Node only (file I/O).
 *
 * ```ts
 * await writePrebuilt('knowledge', indexes)          // dist/knowledge/{manifest,demo}.json
 * const indexes = await readPrebuilt('knowledge')    // undefined when missing or stale
 * ```
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { INDEX_FORMAT, loadClinicIndex, serializeClinicIndex, type ClinicIndex, type SerializedClinicIndex } from '../engine/search-index.ts'

export const PREBUILT_DIR = 'dist/knowledge'

export interface PrebuiltManifest {
  format: typeof INDEX_FORMAT
  /** The knowledge root it was built from, resolved. */
  root: string
  fingerprint: string
  builtAt: string
  clinics: { id: string; file: string; bytes: number }[]
}

/**
 * Code and data whose change changes an index, relative to the project folder (the server runs
 * from there, as source or bundled; a file that is not there counts as empty).
 */
const INDEXING_SOURCES = [
  'server/engine/text.ts',
  'server/engine/stopwords.json',
  'server/engine/search-index.ts',
  'server/engine/term-table.ts',
  'server/knowledge/parse-article.ts',
  'server/knowledge/sentences.ts',
  'server/knowledge/citations.ts',
  'server/knowledge/writing.json',
]

export async function writePrebuilt(root: string, indexes: ClinicIndex[], dir: string = PREBUILT_DIR): Promise<PrebuiltManifest> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const clinics: PrebuiltManifest['clinics'] = []
  for (const index of indexes) {
    const file = `${index.knowledge.id}.json`
    const json = JSON.stringify(serializeClinicIndex(index))
    await writeFile(path.join(dir, file), json)
    clinics.push({ id: index.knowledge.id, file, bytes: Buffer.byteLength(json) })
  }
  const manifest: PrebuiltManifest = { format: INDEX_FORMAT, root: path.resolve(root), fingerprint: await fingerprint(root), builtAt: new Date().toISOString(), clinics }
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  return manifest
}

/** The prebuilt indexes for `root`, or undefined when there are none or they are out of date. */
export async function readPrebuilt(root: string, dir: string = PREBUILT_DIR): Promise<ClinicIndex[] | undefined> {
  const manifest = await readFile(path.join(dir, 'manifest.json'), 'utf8')
    .then((text) => JSON.parse(text) as PrebuiltManifest)
    .catch(() => undefined)
  if (!manifest || manifest.format !== INDEX_FORMAT || manifest.root !== path.resolve(root)) return undefined
  if (manifest.fingerprint !== (await fingerprint(root))) return undefined
  const indexes: ClinicIndex[] = []
  for (const clinic of manifest.clinics) {
    indexes.push(loadClinicIndex(JSON.parse(await readFile(path.join(dir, clinic.file), 'utf8')) as SerializedClinicIndex))
  }
  return indexes
}

/**
 * A hash of every knowledge file's name, size and modification time, and of the indexing code's
 * contents: cheap to compute at start-up, and it changes whenever the index would.
 */
export async function fingerprint(root: string): Promise<string> {
  const hash = createHash('sha256')
  hash.update(`format ${INDEX_FORMAT}\n`)
  for (const source of INDEXING_SOURCES) hash.update(await readFile(source).catch(() => ''))
  for (const file of await listFiles(root)) {
    const info = await stat(file)
    hash.update(`${path.relative(root, file)}\0${info.size}\0${info.mtimeMs}\n`)
  }
  return hash.digest('hex')
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort()
}
