/**
 * The widget's footprint on the host page: one `<verbatim-chat>` element (a custom element name,
 * so page rules like `div { display: none }` don't match it) holding an open shadow root with the
 * launcher button. Built with DOM calls only, no innerHTML, so pages enforcing Trusted Types
 * accept it too.
 *
 * ```ts
 * const shell = createShell('bottom-right')
 * shell.launcher.onclick = () => shell.setExpanded(true)
 * ```
 */
import type { Position } from '../shared/panel-contract.ts'
import launcherCss from './launcher.css'

const SVG = 'http://www.w3.org/2000/svg'
const ICONS = {
  chat: 'M21 11.5a8.4 8.4 0 0 1-9 8.4 9 9 0 0 1-3.8-.8L3 21l1.9-5.1A8.4 8.4 0 0 1 3 11.5 8.6 8.6 0 0 1 12 3a8.6 8.6 0 0 1 9 8.5z',
  close: 'M6 6l12 12M18 6L6 18',
}

export interface Shell {
  host: HTMLElement
  root: ShadowRoot
  /** The element the panel renders into and that carries `data-position`. */
  frame: HTMLElement
  launcher: HTMLButtonElement
  setExpanded(open: boolean): void
  setPosition(position: Position): void
}

export function createShell(position: Position): Shell {
  const host = document.createElement('verbatim-chat')
  const root = host.attachShadow({ mode: 'open' })
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(launcherCss)
  root.adoptedStyleSheets = [sheet]

  const frame = document.createElement('div')
  frame.className = 'vb'
  const launcher = document.createElement('button')
  launcher.type = 'button'
  launcher.className = 'launcher'
  launcher.hidden = true
  const svg = document.createElementNS(SVG, 'svg')
  svg.setAttribute('viewBox', '0 0 24 24')
  svg.setAttribute('aria-hidden', 'true')
  const path = document.createElementNS(SVG, 'path')
  svg.append(path)
  launcher.append(svg)
  frame.append(launcher)
  root.append(frame)

  const setExpanded = (open: boolean) => {
    launcher.setAttribute('aria-expanded', String(open))
    launcher.setAttribute('aria-label', open ? 'Close chat' : 'Open chat')
    path.setAttribute('d', open ? ICONS.close : ICONS.chat)
  }
  const setPosition = (next: Position) => frame.setAttribute('data-position', next)
  setExpanded(false)
  setPosition(position)
  return { host, root, frame, launcher, setExpanded, setPosition }
}
