/**
 * Keeps a full-screen panel inside the part of the screen the visitor can see. On phones the
 * on-screen keyboard shrinks the visual viewport but not the layout viewport, so a panel sized to
 * the window ends with its input under the keyboard. The visible height and offset go into CSS
 * custom properties (set through CSSOM, which a strict CSP allows); the stylesheet uses them only
 * on narrow screens.
 *
 * ```ts
 * useVisualViewport(panelRef, open)
 * ```
 */
import { useEffect } from 'preact/hooks'
import type { RefObject } from 'preact'

export function useVisualViewport(ref: RefObject<HTMLElement | null>, active: boolean) {
  useEffect(() => {
    const viewport = window.visualViewport
    const element = ref.current
    if (!active || !viewport || !element) return
    const fit = () => {
      element.style.setProperty('--vb-viewport-height', `${viewport.height}px`)
      element.style.setProperty('--vb-viewport-top', `${viewport.offsetTop}px`)
    }
    fit()
    viewport.addEventListener('resize', fit)
    viewport.addEventListener('scroll', fit)
    return () => {
      viewport.removeEventListener('resize', fit)
      viewport.removeEventListener('scroll', fit)
    }
  }, [ref, active])
}
