/**
 * The step between building clinics and serving them, shared by start-up and every reload: when
 * this server hosts the demo site, the demo clinic's citations must link to its pages here
 * (hostArticles), at an origin known only once the server listens.
 *
 * ```ts
 * const prepare = hostDemoClinic('demo', 'http://127.0.0.1:8787')
 * clinics.replace(prepare(await buildClinics('knowledge')))
 * ```
 */
import type { ClinicIndex } from '../engine/search-index.ts'
import { hostArticles } from '../knowledge/host-articles.ts'

export type PrepareIndexes = (indexes: ClinicIndex[]) => ClinicIndex[]

/** Indexes as built: for a server without the demo site. */
export const asBuilt: PrepareIndexes = (indexes) => indexes

export function hostDemoClinic(demoClinic: string, origin: string): PrepareIndexes {
  return function hostDemo(indexes) {
    return indexes.map((index) => (index.knowledge.id === demoClinic ? { ...index, knowledge: hostArticles(index.knowledge, origin) } : index))
  }
}
