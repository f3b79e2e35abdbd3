/**
 * The question box: a labelled text input (16 px, so iOS doesn't zoom the page) and a send
 * button. Enter sends; while an answer is on its way the box stays editable but sending waits.
 *
 * ```tsx
 * <QuestionForm inputRef={input} busy={false} onAsk={(q) => conversation.send(q)} />
 * ```
 */
import type { RefObject } from 'preact'
import type { LIMITS } from '../../server/contract.ts'
import { UI_TEXT } from './ui-text.ts'

/** The API's message limit, typed as the contract's literal so a change there fails the type check. */
const MESSAGE_CHARACTERS: (typeof LIMITS)['message'] = 2000

export function QuestionForm({ inputRef, busy, onAsk }: { inputRef: RefObject<HTMLInputElement | null>; busy: boolean; onAsk(question: string): void }) {
  return (
    <form
      class="ask"
      onSubmit={(event) => {
        event.preventDefault()
        const field = inputRef.current
        if (!field || busy || !field.value.trim()) return
        onAsk(field.value)
        field.value = ''
      }}
    >
      <label for="vb-input" class="sr-only">
        {UI_TEXT.inputLabel}
      </label>
      <input
        ref={inputRef}
        id="vb-input"
        type="text"
        autocomplete="off"
        enterkeyhint="send"
        maxLength={MESSAGE_CHARACTERS}
        placeholder={UI_TEXT.inputPlaceholder}
      />
      <button type="submit" class="send" aria-disabled={busy}>
        {UI_TEXT.send}
      </button>
    </form>
  )
}
