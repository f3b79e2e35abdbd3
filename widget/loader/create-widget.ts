/**
 * One widget on the page: the shell with its launcher, the panel loaded when it is first wanted,
 * and the JS API (`open`, `close`, `ask`, `destroy`). The panel chunk is fetched on the first sign
 * of interest (pointer over or focus on the launcher), or when the browser is idle, so the page
 * pays ~2 KB up front and the rest only when it won't be noticed.
 *
 * ```ts
 * window.Verbatim = createWidget(readEmbedOptions(script)!, script.src)
 * window.Verbatim.ask('What are the side effects?')
 * ```
 */
import type { PanelHandle, PanelModule } from '../shared/panel-contract.ts'
import type { EmbedOptions } from './embed-options.ts'
import { createShell } from './shell.ts'
import { loadSettings } from './settings.ts'
import { themeSheet } from './theme.ts'
import { readStoredOpen } from './stored-open.ts'
import { WIDGET_DEFAULTS } from './defaults.ts'

/** The panel chunk's file name, with its content hash, put in by the build. */
declare const __PANEL_FILE__: string

export interface VerbatimApi {
  open(): void
  close(): void
  ask(text: string): void
  destroy(): void
}

export function createWidget(options: EmbedOptions, scriptSrc: string): VerbatimApi {
  const storageKey = `verbatim:${options.clinic}`
  const shell = createShell(options.position ?? WIDGET_DEFAULTS.position)
  const settingsReady = loadSettings(options)
  let panel: PanelHandle | undefined
  let mounting: Promise<PanelHandle> | undefined
  let isOpen = false
  let destroyed = false

  const ensurePanel = (): Promise<PanelHandle> => {
    mounting ??= Promise.all([settingsReady, import(new URL(__PANEL_FILE__, scriptSrc).href) as Promise<PanelModule>]).then(
      ([{ settings }, module]) => (panel = module.mountPanel({ root: shell.root, frame: shell.frame, settings, storageKey, requestClose: () => close(true) })),
    )
    // A failed download (offline for a moment) is tried again on the next click.
    mounting.catch(() => (mounting = undefined))
    return mounting
  }

  const open = async (focus: boolean) => {
    isOpen = true
    shell.setExpanded(true)
    const handle = await ensurePanel()
    if (isOpen && !destroyed) handle.show({ focus })
  }

  const close = (refocus: boolean) => {
    isOpen = false
    shell.setExpanded(false)
    panel?.hide()
    if (refocus) shell.launcher.focus()
  }

  const { launcher } = shell
  launcher.addEventListener('click', () => (isOpen ? close(false) : void open(true)))
  for (const interest of ['pointerenter', 'focus', 'touchstart']) launcher.addEventListener(interest, () => void ensurePanel(), { once: true, passive: true })

  void settingsReady.then(({ settings, color, zIndex }) => {
    if (destroyed) return
    shell.root.adoptedStyleSheets = [...shell.root.adoptedStyleSheets, themeSheet(color, zIndex)]
    shell.setPosition(settings.position)
    launcher.hidden = false
    const stored = readStoredOpen(storageKey)
    if (options.open || stored?.open) void open(false)
    else if (stored) void ensurePanel()
    else whenIdle(() => void ensurePanel())
  })

  const attach = () => document.body.append(shell.host)
  if (document.body) attach()
  else document.addEventListener('DOMContentLoaded', attach, { once: true })

  const api: VerbatimApi = {
    open: () => void open(true),
    close: () => close(true),
    ask: (text) => void open(true).then(() => panel?.ask(text)),
    destroy() {
      destroyed = true
      panel?.destroy()
      shell.host.remove()
      // Only our own global: a later widget.js may then start afresh.
      if (window.Verbatim === api) delete window.Verbatim
    },
  }
  return api
}

function whenIdle(task: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: WIDGET_DEFAULTS.idleTimeoutMs })
  else setTimeout(task, WIDGET_DEFAULTS.idleTimeoutMs)
}

declare global {
  interface Window {
    Verbatim?: VerbatimApi
  }
}
