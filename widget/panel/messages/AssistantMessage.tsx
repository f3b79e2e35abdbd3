/**
 * One reply of the assistant, by type: an answer's quotes with citations, a redirect's reason with
 * the consultation button, a crisis reply's words (its resources stay pinned above the input, see
 * CrisisCard), a plain "our articles don't cover it" with the consultation offered.
 *
 * ```tsx
 * <AssistantMessage response={response} />
 * ```
 */
import type { ChatResponse } from '../../../server/contract.ts'
import { QuoteFigure } from './QuoteFigure.tsx'
import { ExternalLink } from './ExternalLink.tsx'

export function AssistantMessage({ response }: { response: ChatResponse }) {
  const { consultation } = response
  // An answer offers the consultation quietly; a redirect or no-answer leads to it.
  const leadsToConsultation = response.type === 'redirect' || response.type === 'no_answer'
  return (
    <div class={`message assistant ${response.type}`}>
      <p class="text">{response.text}</p>
      {response.quotes.map((quote) => (
        <QuoteFigure quote={quote} key={quote.url} />
      ))}
      {consultation && response.type !== 'crisis' && (
        <ExternalLink href={consultation.url} class={leadsToConsultation ? 'action primary' : 'action'}>
          {consultation.label}
        </ExternalLink>
      )}
    </div>
  )
}
