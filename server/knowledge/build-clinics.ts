/**
 * From a knowledge folder to ready-to-serve clinic indexes, in one call, for the Node entry and
 * the CLI. Throws a KnowledgeError (file, line, field) when anything is broken.
 *
 * ```ts
 * const indexes = await buildClinics('knowledge') // => [ClinicIndex for "demo"]
 * ```
 */
import { loadKnowledge } from './load-knowledge.ts'
import { buildClinicIndex, type ClinicIndex } from '../engine/search-index.ts'

export const DEFAULT_KNOWLEDGE_DIR = 'knowledge'

export async function buildClinics(root: string = DEFAULT_KNOWLEDGE_DIR): Promise<ClinicIndex[]> {
  const sources = await loadKnowledge(root)
  return sources.map((source) => buildClinicIndex(source.knowledge, source.vocabulary))
}
