/**
 * Whether this tab already has a conversation with the clinic, and whether its panel was open, so
 * that the next page of the site can bring it back. Only reads: the loader never writes storage
 * (nothing is stored before the visitor opens the widget, and the panel does the writing).
 * Blocked storage (privacy modes, sandboxed frames) throws; that simply means "no conversation".
 *
 * ```ts
 * readStoredOpen('verbatim:demo') // => undefined | { open: true }
 * ```
 */
import type { StoredOpenState } from '../shared/panel-contract.ts'

export function readStoredOpen(key: string): StoredOpenState | undefined {
  try {
    const raw = sessionStorage.getItem(key)
    return raw ? (JSON.parse(raw) as StoredOpenState) : undefined
  } catch {
    return undefined
  }
}
