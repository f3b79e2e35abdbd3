/**
 * The widget's weight budget, measured on the production build (the global setup rebuilds dist/
 * when stale): the loader every page pays for, and everything a visitor who opens the chat gets.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { MANIFEST, PUBLIC_DIR } from '../../scripts/build.ts'
import { gzipSize } from '../../scripts/build/compress.ts'
import type { WidgetBuild } from '../../scripts/build/widget-bundle.ts'

const BUDGET = { loaderGzip: 3 * 1024, totalGzip: 20 * 1024 }

const build = JSON.parse(readFileSync(MANIFEST, 'utf8')) as WidgetBuild
const [loader, panel] = build.files.map((file) => readFileSync(path.join(PUBLIC_DIR, file)))

describe('widget size (production build, gzip -9)', () => {
  it(`loader (widget.js) is at most ${BUDGET.loaderGzip} bytes`, () => {
    expect(gzipSize(loader!)).toBeLessThanOrEqual(BUDGET.loaderGzip)
  })

  it(`loader and panel together, Preact included, are at most ${BUDGET.totalGzip} bytes`, () => {
    expect(gzipSize(loader!) + gzipSize(panel!)).toBeLessThanOrEqual(BUDGET.totalGzip)
  })

  it('bundles only the widget and Preact: no zod, no server code', () => {
    const outside = build.inputs.filter((input) => !input.startsWith('widget/') && !input.startsWith('node_modules/preact/'))
    expect(outside).toEqual([])
    expect(build.inputs.some((input) => input.startsWith('node_modules/preact/'))).toBe(true)
  })

  it('names no third-party address (no fonts, trackers or CDNs)', () => {
    const addresses = [loader!, panel!].flatMap((file) => file.toString('utf8').match(/https?:\/\/[^\s"'`)]+/g) ?? [])
    // XML namespace names (SVG, MathML, XHTML in Preact) are identifiers, never fetched.
    expect(addresses.filter((address) => !address.startsWith('http://www.w3.org/'))).toEqual([])
    expect(addresses).toContain('http://www.w3.org/2000/svg')
  })
})
