/**
 * Writes `.gz` and `.br` beside each text file of the site, so the server sends them as they are
 * (serveStatic's `precompressed`) and what a visitor downloads is what the size test measures.
 *
 * ```ts
 * await precompress('dist/public') // widget.js -> widget.js.gz, widget.js.br
 * gzipSize(Buffer.from('...'))     // => bytes after gzip -9
 * ```
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/

export const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length

function brotli(data: Buffer): Buffer {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
}

export async function precompress(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const data = await readFile(file)
    await writeFile(`${file}.gz`, gzipSync(data, { level: 9 }))
    await writeFile(`${file}.br`, brotli(data))
  }
}
