/**
 * Questions the clinic's articles answer, as buttons: the quickest way to see what the assistant
 * can do, and a way on after "our articles don't cover that".
 *
 * ```tsx
 * <Suggestions questions={['What are the side effects?']} onPick={(q) => conversation.send(q)} />
 * ```
 */
import { UI_TEXT } from '../ui-text.ts'

export function Suggestions({ questions, onPick }: { questions: string[]; onPick(question: string): void }) {
  if (questions.length === 0) return null
  return (
    <div class="suggestions" role="group" aria-label={UI_TEXT.suggestions}>
      {questions.map((question) => (
        <button type="button" key={question} onClick={() => onPick(question)}>
          {question}
        </button>
      ))}
    </div>
  )
}
