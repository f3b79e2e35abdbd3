/** A throwaway dist/public for serveSite: widget.js and a home page, at a path relative to the working directory (serveStatic wants one). */
import { mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tmpdir } from 'node:os'

export function tempSite(): string {
  const root = path.relative(process.cwd(), mkdtempSync(path.join(tmpdir(), 'verbatim-site-')))
  writeFileSync(path.join(root, 'widget.js'), 'loader()')
  writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>')
  return root
}
