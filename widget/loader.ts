/**
 * widget.js: the one script a clinic adds to its site. It finds its own script tag, reads the
 * data-* options and starts one widget. A second copy of the script (a single-page app re-running
 * its head on a route change) finds `window.Verbatim` already there and does nothing.
 *
 * ```html
 * <script src="https://verbatim.example/widget.js" data-clinic="demo" async></script>
 * ```
 */
import { readEmbedOptions } from './loader/embed-options.ts'
import { createWidget } from './loader/create-widget.ts'

const script =
  (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-clinic][src*="widget.js"]')

if (script && !window.Verbatim) {
  const options = readEmbedOptions(script)
  if (options) window.Verbatim = createWidget(options, script.src)
  else console.warn('Verbatim: add data-clinic="<clinic id>" to the widget.js script tag.')
}
