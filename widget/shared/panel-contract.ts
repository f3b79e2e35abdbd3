/**
 * What the loader (widget.js, always on the page) and the panel chunk (loaded on first interaction)
 * promise each other. Types only: the two are separate bundles, and this file adds no bytes to
 * either.
 *
 * ```ts
 * const { mountPanel } = (await import(panelUrl)) as PanelModule
 * const panel = mountPanel({ root: shadowRoot, settings, requestClose: () => launcher.close() })
 * panel.show({ focus: true })
 * ```
 */

export type Position = 'bottom-right' | 'bottom-left'

/** The widget's settings once the script tag's data-* options and the clinic's defaults are merged. */
export interface WidgetSettings {
  clinic: string
  /** Origin of the API, e.g. "https://verbatim.example" (no trailing slash). */
  api: string
  title: string
  greeting: string
  suggestions: string[]
  consultation?: { url: string; label: string }
  position: Position
}

export interface PanelContext {
  /** The shadow root: the panel adds its stylesheet here. */
  root: ShadowRoot
  /** The themed element inside it that the panel renders into. */
  frame: HTMLElement
  settings: WidgetSettings
  /** Where the conversation is kept between page loads (namespaced per clinic). */
  storageKey: string
  /** The panel wants to close (Esc, its close button); the loader hides it and refocuses the launcher. */
  requestClose(): void
}

export interface PanelHandle {
  /** `focus` moves keyboard focus into the panel (not when a stored open panel is restored on load). */
  show(options: { focus: boolean }): void
  hide(): void
  ask(text: string): void
  destroy(): void
}

export interface PanelModule {
  mountPanel(context: PanelContext): PanelHandle
}

/** The stored conversation also says whether the panel was open, so a new page can reopen it. */
export interface StoredOpenState {
  open?: boolean
}
