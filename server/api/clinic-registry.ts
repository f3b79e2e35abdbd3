/**
 * Where the app finds a clinic's index. A registry rather than a plain map so that the Node entry
 * can swap in a freshly built index on reload while requests keep being served.
 *
 * ```ts
 * const clinics = createClinicRegistry([demoIndex])
 * clinics.get('demo') // => ClinicIndex
 * clinics.replace([newDemoIndex])
 * ```
 */
import type { ClinicIndex } from '../engine/search-index.ts'

export interface ClinicRegistry {
  get(id: string): ClinicIndex | undefined
  ids(): string[]
  replace(indexes: ClinicIndex[]): void
}

export function createClinicRegistry(indexes: ClinicIndex[]): ClinicRegistry {
  let byId = toMap(indexes)
  return {
    get: (id) => (Object.hasOwn(byId, id) ? byId[id] : undefined),
    ids: () => Object.keys(byId),
    replace(next) {
      byId = toMap(next)
    },
  }
}

function toMap(indexes: ClinicIndex[]): Record<string, ClinicIndex> {
  const map: Record<string, ClinicIndex> = Object.create(null)
  for (const index of indexes) map[index.knowledge.id] = index
  return map
}
