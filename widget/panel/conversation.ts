/**
 * The conversation as plain state, apart from any rendering: the turns so far, whether an answer
 * is on its way or failed, and whether the panel is open. The panel renders it; the JS API's
 * `ask()` and the suggestion buttons both end in `send()`. Nothing is written to storage until the
 * visitor has opened the widget (or a stored conversation shows they did on an earlier page).
 *
 * ```ts
 * const conversation = createConversation({ clinic: 'demo', api: 'https://verbatim.example', storage: sessionStore('verbatim:demo') })
 * conversation.subscribe(() => render(conversation.state))
 * conversation.setOpen(true)
 * await conversation.send('What are the side effects?')
 * ```
 */
import type { ChatRequest, ChatResponse } from '../../server/contract.ts'
import { ChatFailure, postChat, RETRY_AFTER_FALLBACK_SECONDS } from './chat-client.ts'
import { toHistory, type Entry } from './history.ts'
import type { ConversationStorage } from './session-store.ts'

export interface ConversationState {
  entries: Entry[]
  status: 'idle' | 'waiting' | 'failed'
  /** Why the last question got no answer: `network` (offline, timeout), `server` (the API refused) or `busy` (asked too fast). */
  failure?: ChatFailure['kind']
  /** For `busy`: the seconds until the question is asked again by itself (set whenever `busy` is). */
  retryIn?: number
  open: boolean
}

export interface Conversation {
  readonly state: ConversationState
  subscribe(listener: () => void): () => void
  send(text: string): Promise<void>
  retry(): Promise<void>
  reset(): void
  setOpen(open: boolean): void
}

export interface ConversationOptions {
  clinic: string
  api: string
  storage: ConversationStorage
  post?: (api: string, request: ChatRequest) => Promise<ChatResponse>
}

export function createConversation({ clinic, api, storage, post = postChat }: ConversationOptions): Conversation {
  const stored = storage.load()
  let state: ConversationState = { entries: stored?.entries ?? [], status: 'idle', open: false }
  let opened = stored !== undefined
  /** Bumped by reset(): an answer to a question from before it is dropped. */
  let generation = 0
  /** Counts requests, so that a scheduled retry stands down once anything else was asked. */
  let attempts = 0
  const listeners = new Set<() => void>()

  const update = (next: Partial<ConversationState>) => {
    state = { ...state, ...next }
    if (opened) storage.save({ open: state.open, entries: state.entries })
    for (const listener of listeners) listener()
  }

  /** Asks about the last entry, which is the visitor's question, with the turns before it. */
  const askLast = async () => {
    const question = state.entries.at(-1)
    if (question?.role !== 'user') return
    const asked = generation
    const attempt = ++attempts
    update({ status: 'waiting', failure: undefined, retryIn: undefined })
    try {
      const response = await post(api, { clinic, message: question.text, history: toHistory(state.entries.slice(0, -1)) })
      if (asked === generation) update({ entries: [...state.entries, { role: 'assistant', response }], status: 'idle' })
    } catch (error) {
      if (asked !== generation) return
      const failure = error instanceof ChatFailure ? error : undefined
      const retryIn = failure?.kind === 'busy' ? (failure.retryAfter ?? RETRY_AFTER_FALLBACK_SECONDS) : undefined
      update({ status: 'failed', failure: failure?.kind ?? 'network', retryIn })
      // Over the rate limit the API says how long to wait: the question is asked again by itself
      // then, unless the visitor has moved on (a new question, a retry, a reset) in the meantime.
      if (retryIn !== undefined) {
        setTimeout(() => {
          if (attempt === attempts && state.status === 'failed') void askLast()
        }, retryIn * 1000)
      }
    }
  }

  return {
    get state() {
      return state
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async send(text) {
      const message = text.trim()
      if (!message || state.status === 'waiting') return
      // A failed question the visitor gave up on is replaced, not left unanswered above the new one.
      const entries = state.status === 'failed' ? state.entries.slice(0, -1) : state.entries
      update({ entries: [...entries, { role: 'user', text: message }] })
      await askLast()
    },
    retry: askLast,
    reset() {
      generation++
      update({ entries: [], status: 'idle', failure: undefined, retryIn: undefined })
    },
    setOpen(open) {
      if (open) opened = true
      update({ open })
    },
  }
}
