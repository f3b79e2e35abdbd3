/**
 * Which paths are the widget's own files (widget.js and its hashed panel chunk): the ones every
 * clinic's site loads from here, so they get cross-origin headers. Runtime-free, so that the app's
 * security headers and the Node static-file server agree on one definition.
 *
 * ```ts
 * isWidgetFile('/widget.js')               // => true
 * isWidgetFile('/widget-panel-4F4PC5SW.js') // => true
 * isWidgetFile('/articles/a')               // => false
 * ```
 */
export function isWidgetFile(path: string): boolean {
  return /^\/widget[\w.-]*\.js$/.test(path)
}
