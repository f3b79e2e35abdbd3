/**
 * Rebuilds every clinic from the knowledge folder and swaps the new indexes in while requests keep
 * being served. On SIGHUP and, under `npm run dev`, when a file changes. A reload that meets broken
 * knowledge changes nothing: the last good indexes stay in service, and the log says which file,
 * line and field to fix. (At start-up, broken knowledge still stops the server: there is no last
 * good index to fall back on.)
 *
 * ```ts
 * const reload = createKnowledgeReload({ root: 'knowledge', clinics, prepare: asBuilt, log })
 * process.on('SIGHUP', () => void reload())
 * ```
 */
import type { ClinicRegistry } from '../api/clinic-registry.ts'
import { buildClinics } from '../knowledge/build-clinics.ts'
import { KnowledgeError } from '../knowledge/errors.ts'
import type { KnowledgeProblem, Log } from '../log.ts'
import type { PrepareIndexes } from './prepare-indexes.ts'

export interface KnowledgeReloadOptions {
  root: string
  clinics: ClinicRegistry
  prepare: PrepareIndexes
  log: Log
}

/** Resolves true when the new knowledge is being served, false when the old one still is. */
export type ReloadKnowledge = () => Promise<boolean>

export function createKnowledgeReload({ root, clinics, prepare, log }: KnowledgeReloadOptions): ReloadKnowledge {
  let running: Promise<boolean> | undefined
  let again = false

  async function reloadOnce(): Promise<boolean> {
    const started = performance.now()
    const ms = () => Math.round(performance.now() - started)
    try {
      const indexes = prepare(await buildClinics(root))
      clinics.replace(indexes)
      log({ event: 'knowledge_reload', ok: true, clinics: indexes.map((i) => i.knowledge.id), ms: ms() })
      return true
    } catch (error) {
      log({ event: 'knowledge_reload', ok: false, error: problemOf(error, root), ms: ms() })
      return false
    }
  }

  return function reloadKnowledge() {
    // One rebuild at a time; a request for another while one runs means one more run afterwards,
    // so the last change is always read.
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      let ok = await reloadOnce()
      while (again) {
        again = false
        ok = await reloadOnce()
      }
      running = undefined
      return ok
    })()
    return running
  }
}

/** The log's account of a failed reload: KnowledgeError's file, line and field; else the folder. */
function problemOf(error: unknown, root: string): KnowledgeProblem {
  if (error instanceof KnowledgeError) {
    return { file: error.file, ...(error.line ? { line: error.line } : {}), ...(error.field ? { field: error.field } : {}), message: error.message }
  }
  // Not the knowledge's fault (no permission, a bug): say so, and still keep serving.
  return { file: root, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
}
