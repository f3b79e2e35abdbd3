/**
 * Bundles the widget with esbuild into two files: `widget.js`, the loader (an IIFE, so it runs
 * from a plain async script tag and defines no globals but `window.Verbatim`), and
 * `widget-panel-<hash>.js`, the Preact panel as an ES module the loader imports on demand. The
 * panel is built first so the loader can carry its hashed name.
 *
 * ```ts
 * const { files, inputs } = await bundleWidget('dist/public') // files: ['widget.js', 'widget-panel-ABCD1234.js']
 * ```
 */
import { build, transform, type BuildOptions, type Metafile, type Plugin } from 'esbuild'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export const WIDGET_ENTRIES = { loader: 'widget/loader.ts', panel: 'widget/panel/mount.tsx' }

/** Browsers of the last few years: no transpiling bloat. */
const TARGET = ['es2020', 'chrome100', 'firefox100', 'safari15']

/** `import css from './x.css'` gives the file's minified text, to adopt as a constructed stylesheet. */
const cssAsText: Plugin = {
  name: 'css-as-text',
  setup(builder) {
    builder.onLoad({ filter: /\.css$/ }, async ({ path: file }) => {
      const { code } = await transform(await readFile(file, 'utf8'), { loader: 'css', minify: true, target: TARGET })
      return { contents: code.trim(), loader: 'text' }
    })
  },
}

const COMMON: BuildOptions = {
  bundle: true,
  minify: true,
  target: TARGET,
  plugins: [cssAsText],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'eof',
  logLevel: 'warning',
}

export interface WidgetBuild {
  /** Output file names relative to the output folder: the loader first. */
  files: [loader: string, panel: string]
  /** Every source file bundled into either, for checks such as "no zod in the browser". */
  inputs: string[]
}

export async function bundleWidget(outDir: string): Promise<WidgetBuild> {
  const panel = await build({ ...COMMON, entryPoints: { 'widget-panel': WIDGET_ENTRIES.panel }, entryNames: '[name]-[hash]', format: 'esm', outdir: outDir, metafile: true })
  const panelFile = path.basename(outputOf(panel.metafile))
  const loader = await build({
    ...COMMON,
    entryPoints: [WIDGET_ENTRIES.loader],
    format: 'iife',
    outfile: path.join(outDir, 'widget.js'),
    define: { __PANEL_FILE__: JSON.stringify(panelFile) },
    metafile: true,
  })
  return { files: ['widget.js', panelFile], inputs: [...Object.keys(loader.metafile.inputs), ...Object.keys(panel.metafile.inputs)] }
}

function outputOf(metafile: Metafile): string {
  const [file] = Object.keys(metafile.outputs).filter((name) => name.endsWith('.js'))
  if (!file) throw new Error('esbuild wrote no JavaScript')
  return file
}
