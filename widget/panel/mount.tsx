/**
 * The panel chunk's entry: the loader imports this file on first interaction (or when idle) and
 * calls `mountPanel`. It adds the panel's stylesheet to the shadow root, renders the Preact panel
 * next to the launcher, and hands back the handle the loader and the JS API drive it with.
 *
 * ```ts
 * const { mountPanel } = (await import(panelUrl)) as PanelModule
 * const panel = mountPanel({ root, frame, settings, storageKey: 'verbatim:demo', requestClose })
 * panel.show({ focus: true })
 * ```
 */
import { render } from 'preact'
import type { PanelContext, PanelHandle } from '../shared/panel-contract.ts'
import { createConversation } from './conversation.ts'
import { sessionStore } from './session-store.ts'
import { Panel } from './Panel.tsx'
import panelCss from './panel.css'
import messagesCss from './messages.css'

export function mountPanel({ root, frame, settings, storageKey, requestClose }: PanelContext): PanelHandle {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(panelCss + messagesCss)
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  const container = document.createElement('div')
  frame.append(container)

  const conversation = createConversation({ clinic: settings.clinic, api: settings.api, storage: sessionStore(storageKey) })
  let focusKey = 0
  const draw = () => render(<Panel conversation={conversation} settings={settings} focusKey={focusKey} onClose={requestClose} />, container)
  draw()

  return {
    show({ focus }) {
      conversation.setOpen(true)
      if (focus) focusKey++
      draw()
    },
    hide: () => conversation.setOpen(false),
    ask: (text) => void conversation.send(text),
    destroy() {
      render(null, container)
      container.remove()
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet)
    },
  }
}
