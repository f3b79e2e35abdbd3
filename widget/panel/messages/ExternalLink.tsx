/**
 * A link out of the widget: opens in a new tab (the conversation stays where it is), says so to
 * screen readers, and only exists for http(s) addresses. Anything else renders as plain text.
 *
 * ```tsx
 * <ExternalLink href={quote.url}>How IV Ketamine Affects Anxiety</ExternalLink>
 * ```
 */
import type { ComponentChildren } from 'preact'
import { httpUrl } from '../links.ts'
import { UI_TEXT } from '../ui-text.ts'

export function ExternalLink({ href, class: className, children }: { href: string | undefined; class?: string; children: ComponentChildren }) {
  const safe = httpUrl(href)
  if (!safe) return <span class={className}>{children}</span>
  return (
    <a href={safe} class={className} target="_blank" rel="noopener">
      {children}
      <span class="sr-only"> {UI_TEXT.newTab}</span>
    </a>
  )
}
