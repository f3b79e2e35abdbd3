/**
 * From a knowledge folder to ready-to-serve clinic indexes, in one call, for the Node entry and
 * the CLI. Throws a KnowledgeError (file, line, field) when anything is broken.
 *
 * ```ts
 * const indexes = await buildClinics('knowledge')   // parse and index the Markdown
 * const { indexes, prebuilt } = await loadClinics('knowledge') // the prebuilt index when fresh
 * ```
 */
import { loadKnowledge } from './load-knowledge.ts'
import { buildClinicIndex, type ClinicIndex } from '../engine/search-index.ts'
import { PREBUILT_DIR, readPrebuilt } from './prebuilt.ts'

export const DEFAULT_KNOWLEDGE_DIR = 'knowledge'

export async function buildClinics(root: string = DEFAULT_KNOWLEDGE_DIR): Promise<ClinicIndex[]> {
  const sources = await loadKnowledge(root)
  return sources.map((source) => buildClinicIndex(source.knowledge, source.vocabulary))
}

/** The prebuilt index when `npm run build` made one from these very files, else a fresh build. */
export async function loadClinics(
  root: string = DEFAULT_KNOWLEDGE_DIR,
  prebuiltDir: string = PREBUILT_DIR,
): Promise<{ indexes: ClinicIndex[]; prebuilt: boolean }> {
  const prebuilt = await readPrebuilt(root, prebuiltDir)
  return prebuilt ? { indexes: prebuilt, prebuilt: true } : { indexes: await buildClinics(root), prebuilt: false }
}
