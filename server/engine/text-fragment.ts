/**
 * Deep links that scroll to a quote and highlight it: the article URL with a text fragment
 * (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/). Long quotes use their
 * first and last words so the link stays short; `-`, `,` and `&` are percent-encoded because
 * they mean something inside a fragment directive.
 *
 * ```ts
 * textFragmentUrl('https://clinic.example/a', 'Possible side effects include dissociation.')
 * // => 'https://clinic.example/a#:~:text=Possible%20side%20effects%20include%20dissociation.'
 * ```
 */

/** Quotes up to this many words are linked whole; longer ones by their first and last words. */
const WHOLE_QUOTE_WORDS = 8
const EDGE_WORDS = 4

export function textFragmentUrl(articleUrl: string, quote: string): string {
  const base = articleUrl.replace(/#.*$/, '')
  const words = quote.split(/\s+/).filter(Boolean)
  const directive =
    words.length <= WHOLE_QUOTE_WORDS
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`
  return `${base}#:~:text=${directive}`
}

function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D')
}
