/**
 * On a phone the panel covers the whole page (panel.css, under 480 px), so there it behaves as a
 * modal dialog: Tab and Shift+Tab cycle inside it instead of wandering into the page hidden
 * behind it, and `aria-modal` tells screen readers so. On a larger screen the page stays usable
 * beside the panel, and focus is free to leave it.
 *
 * ```tsx
 * const fullScreen = useFullScreen()
 * <div role="dialog" aria-modal={fullScreen ? 'true' : undefined} onKeyDown={(e) => fullScreen && keepTabInside(e, panel.current)}>
 * ```
 */
import { useEffect, useState } from 'preact/hooks'

/** The same width as the full-screen rule in panel.css. */
export const FULL_SCREEN = '(max-width: 480px)'

export function useFullScreen(): boolean {
  const [matches, setMatches] = useState(() => matchMedia(FULL_SCREEN).matches)
  useEffect(() => {
    const query = matchMedia(FULL_SCREEN)
    const update = () => setMatches(query.matches)
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }, [])
  return matches
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Wraps Tab from the last focusable element to the first, and Shift+Tab the other way. */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement | null): void {
  if (event.key !== 'Tab' || !container) return
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0)
  const first = focusable[0]
  const last = focusable.at(-1)
  if (!first || !last) return
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault()
    first.focus()
  }
}
