/** The widget's sizes from the production build (npm run build): raw and gzip, loader and all. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSize } from '../scripts/build/compress.ts'

export interface WidgetSizes {
  loader: { raw: number; gzip: number }
  total: { raw: number; gzip: number }
}

export function widgetSizes(publicDir = 'dist/public', manifest = 'dist/widget-build.json'): WidgetSizes {
  const { files } = JSON.parse(readFileSync(manifest, 'utf8')) as { files: string[] }
  const sizes = files.map((file) => {
    const data = readFileSync(path.join(publicDir, file))
    return { file, raw: data.length, gzip: gzipSize(data) }
  })
  const loader = sizes.find((s) => s.file === 'widget.js')!
  return {
    loader: { raw: loader.raw, gzip: loader.gzip },
    total: { raw: sizes.reduce((sum, s) => sum + s.raw, 0), gzip: sizes.reduce((sum, s) => sum + s.gzip, 0) },
  }
}
