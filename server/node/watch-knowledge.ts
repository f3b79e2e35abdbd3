/**
 * `npm run dev`: watches the knowledge folder and calls back once things have settled, so that an
 * editor saving an article (often several writes and a rename) causes one reload, not five.
 * node's own fs.watch, recursive (Linux has it since Node 20), so nothing to install.
 *
 * ```ts
 * const watcher = watchKnowledge('knowledge', () => void reload())
 * watcher.close()
 * ```
 */
import { watch } from 'node:fs'

export const WATCH_DEFAULTS = {
  /** Quiet time after the last change before calling back: long enough for a save, short enough to feel instant. */
  debounceMs: 250,
}

export interface KnowledgeWatcher {
  close(): void
}

export function watchKnowledge(root: string, onChange: () => void, { debounceMs = WATCH_DEFAULTS.debounceMs } = {}): KnowledgeWatcher {
  let timer: NodeJS.Timeout | undefined
  const watcher = watch(root, { recursive: true }, function knowledgeChanged() {
    clearTimeout(timer)
    timer = setTimeout(onChange, debounceMs)
  })
  return {
    close() {
      clearTimeout(timer)
      watcher.close()
    },
  }
}
