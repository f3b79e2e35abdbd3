/**
 * The chat panel: a dialog whose header names the clinic and says what the assistant is, the
 * transcript (a polite live region, so screen readers hear each reply), the pinned crisis card
 * when there is one, and the question form with the disclaimer under it, which keeps 911 and 988
 * one tap away whatever the server recognised. Esc closes it; on a phone, where it covers the
 * page, Tab stays inside it (use-focus-trap.ts).
 *
 * ```tsx
 * render(<Panel conversation={conversation} settings={settings} focusKey={1} onClose={close} />, container)
 * ```
 */
import { useLayoutEffect, useReducer, useRef, useEffect } from 'preact/hooks'
import type { ChatResponse } from '../../server/contract.ts'
import type { WidgetSettings } from '../shared/panel-contract.ts'
import type { Conversation } from './conversation.ts'
import { AssistantMessage } from './messages/AssistantMessage.tsx'
import { CrisisCard } from './messages/CrisisCard.tsx'
import { Suggestions } from './messages/Suggestions.tsx'
import { QuestionForm } from './QuestionForm.tsx'
import { useVisualViewport } from './use-visual-viewport.ts'
import { keepTabInside, useFullScreen } from './use-focus-trap.ts'
import { RETRY_AFTER_FALLBACK_SECONDS } from './chat-client.ts'
import { UI_TEXT } from './ui-text.ts'

export interface PanelProps {
  conversation: Conversation
  settings: WidgetSettings
  /** Changes each time the panel is opened by the visitor: focus then moves to the input. */
  focusKey: number
  onClose(): void
}

export function Panel({ conversation, settings, focusKey, onClose }: PanelProps) {
  const { entries, status, failure, retryIn, open } = useConversationState(conversation)
  const panel = useRef<HTMLDivElement>(null)
  const log = useRef<HTMLDivElement>(null)
  const input = useRef<HTMLInputElement>(null)
  useVisualViewport(panel, open)
  const fullScreen = useFullScreen()

  useLayoutEffect(() => {
    if (focusKey > 0) input.current?.focus()
  }, [focusKey])
  useLayoutEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight })
  }, [entries.length, status, open])

  const last = entries.at(-1)
  const suggestions = last === undefined ? settings.suggestions : last.role === 'assistant' ? (last.response.suggestions ?? []) : []
  const crisis = findLast(entries, (r) => r.type === 'crisis')
  const ask = (question: string) => void conversation.send(question)

  return (
    <div
      ref={panel}
      class="panel"
      role="dialog"
      aria-modal={fullScreen ? 'true' : undefined}
      aria-labelledby="vb-title"
      aria-describedby="vb-subtitle"
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
        else if (fullScreen) keepTabInside(event, panel.current)
      }}
    >
      <header>
        <div class="heading">
          <h2 id="vb-title">{settings.title}</h2>
          <p id="vb-subtitle">{UI_TEXT.subtitle}</p>
        </div>
        {entries.length > 0 && (
          <button type="button" class="icon restart" aria-label={UI_TEXT.restart} title={UI_TEXT.restart} onClick={() => conversation.reset()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5" /></svg>
          </button>
        )}
        <button type="button" class="icon" aria-label={UI_TEXT.close} title={UI_TEXT.close} onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
        </button>
      </header>

      <div ref={log} class="log" role="log" aria-live="polite" aria-label={UI_TEXT.conversation}>
        <div class="message assistant greeting">
          <p class="text">{settings.greeting}</p>
        </div>
        {entries.map((entry, i) =>
          entry.role === 'user' ? (
            <div class="message user" key={i}>
              <span class="sr-only">{UI_TEXT.you}: </span>
              {entry.text}
            </div>
          ) : (
            <AssistantMessage response={entry.response} key={i} />
          ),
        )}
        {status === 'waiting' && (
          <div class="message assistant typing">
            <span class="dots" aria-hidden="true"><i /><i /><i /></span>
            {UI_TEXT.typing}
          </div>
        )}
        {status === 'failed' && (
          <div class="failure">
            <p>{failure === 'busy' ? UI_TEXT.failedBusy(retryIn ?? RETRY_AFTER_FALLBACK_SECONDS) : failure === 'server' ? UI_TEXT.failedServer : UI_TEXT.failedNetwork}</p>
            <button type="button" class="action primary" onClick={() => void conversation.retry()}>
              {UI_TEXT.retry}
            </button>
          </div>
        )}
        <Suggestions questions={status === 'idle' ? suggestions : []} onPick={ask} />
      </div>

      {crisis?.resources && <CrisisCard reason={crisis.reason} resources={crisis.resources} />}
      <QuestionForm inputRef={input} busy={status === 'waiting'} onAsk={ask} />
      <p class="disclaimer">
        {UI_TEXT.disclaimer} {UI_TEXT.alwaysHelp.emergency} <a href="tel:911">911</a>. {UI_TEXT.alwaysHelp.crisis}{' '}
        <a href="tel:988">988</a>.
      </p>
    </div>
  )
}

/** Re-renders on every change and reads the conversation's current state (never a stale copy). */
function useConversationState(conversation: Conversation) {
  const [, changed] = useReducer((n: number) => n + 1, 0)
  useEffect(() => conversation.subscribe(() => changed(undefined)), [conversation])
  return conversation.state
}

function findLast(entries: Conversation['state']['entries'], test: (response: ChatResponse) => boolean): ChatResponse | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!
    if (entry.role === 'assistant' && test(entry.response)) return entry.response
  }
  return undefined
}
