/**
 * One verbatim quote: the article's words in a blockquote, then where they come from — the
 * article and section, linking to the sentence itself (a text fragment link), and the study or
 * source the article cites for it. All of it rendered as text.
 *
 * ```tsx
 * <QuoteFigure quote={{ text: 'Possible side effects include ...', title: 'How IV Ketamine Affects Anxiety',
 *   section: 'Safety and Considerations', url: 'https://clinic.example/a#:~:text=...', sources: [{ label: 'FDA Label' }] }} />
 * ```
 */
import type { Quote } from '../../../server/contract.ts'
import { httpUrl } from '../links.ts'
import { UI_TEXT } from '../ui-text.ts'
import { ExternalLink } from './ExternalLink.tsx'

export function QuoteFigure({ quote }: { quote: Quote }) {
  return (
    <figure class="quote">
      <blockquote cite={httpUrl(quote.url)}>{quote.text}</blockquote>
      <figcaption>
        <ExternalLink href={quote.url} class="citation">
          <span class="article">{quote.title}</span>
          <span class="section">{quote.section}</span>
        </ExternalLink>
        {quote.sources.length > 0 && (
          <span class="sources">
            {UI_TEXT.sources}{' '}
            {quote.sources.map((source, i) => (
              <>
                {i > 0 && '; '}
                <ExternalLink href={source.url}>{source.label}</ExternalLink>
              </>
            ))}
          </span>
        )}
      </figcaption>
    </figure>
  )
}
