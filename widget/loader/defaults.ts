/**
 * Every default the loader falls back on, in one place. The clinic's own settings
 * (`GET /api/clinics/:id`) come before these, and the script tag's data-* options before those.
 */
export const WIDGET_DEFAULTS = {
  /** Teal with white text: 5.4:1 contrast. */
  color: '#0f766e',
  position: 'bottom-right' as const,
  title: 'Questions about our care',
  greeting: 'Hi! I answer questions by quoting our articles, word for word.',
  /** High enough for most sites' sticky headers; `data-z-index` lowers it under a host's own modals. */
  zIndex: 2147483000,
  /** Load the panel this long after the page has settled, if the visitor hasn't touched the launcher. */
  idleTimeoutMs: 4000,
}
