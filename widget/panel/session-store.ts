/**
 * Keeps the conversation in sessionStorage: it survives the visitor's page loads on the clinic's
 * site and ends with the tab, the smallest memory that still feels continuous. Every access is
 * guarded, because storage can be blocked or full; then the conversation simply lives as long as
 * the page does.
 *
 * ```ts
 * const store = sessionStore('verbatim:demo')
 * store.save({ open: true, entries })
 * store.load() // => { open: true, entries: [...] } or undefined
 * ```
 */
import type { Entry } from './history.ts'

export interface StoredConversation {
  open: boolean
  entries: Entry[]
}

export interface ConversationStorage {
  load(): StoredConversation | undefined
  save(conversation: StoredConversation): void
  clear(): void
}

export function sessionStore(key: string, storage: () => Storage = () => sessionStorage): ConversationStorage {
  return {
    load() {
      try {
        const stored = JSON.parse(storage().getItem(key) ?? 'null') as StoredConversation | null
        return stored && Array.isArray(stored.entries) ? stored : undefined
      } catch {
        return undefined
      }
    },
    save(conversation) {
      try {
        storage().setItem(key, JSON.stringify(conversation))
      } catch {
        // Blocked or full: the conversation still works for this page.
      }
    },
    clear() {
      try {
        storage().removeItem(key)
      } catch {
        // Nothing was stored then either.
      }
    },
  }
}
