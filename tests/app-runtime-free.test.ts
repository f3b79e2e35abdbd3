import { describe, expect, it } from 'vitest'
import { build } from 'esbuild'

describe('server/app.ts', () => {
  it('bundles for a runtime-neutral platform: nothing it imports needs node: (a Worker entry will import it)', async () => {
    const result = await build({ entryPoints: ['server/app.ts'], bundle: true, platform: 'neutral', format: 'esm', write: false, logLevel: 'silent', metafile: true })
    expect(result.errors).toEqual([])
    expect(Object.keys(result.metafile.inputs).filter((input) => input.startsWith('node:'))).toEqual([])
  })
})
