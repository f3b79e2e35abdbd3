/**
 * Bundles the Cloudflare Worker (server/worker.ts) with its prebuilt indexes into one ES module,
 * dist/worker/worker.mjs: what `wrangler deploy` uploads (wrangler.toml, no_bundle) and what the
 * workerd tests run. The indexes come in as one JSON text through a virtual module. The bundle
 * must not reach any `node:` module: the app and engine are runtime-free by design, and this
 * build fails if that ever stops being true.
 *
 * ```ts
 * await bundleWorker({ indexes, outFile: 'dist/worker/worker.mjs' })
 * ```
 */
import { build, type Plugin } from 'esbuild'
import { serializeClinicIndex, type ClinicIndex } from '../../server/engine/search-index.ts'

export const WORKER_ENTRY = 'server/worker.ts'
export const WORKER_BUNDLE = 'dist/worker/worker.mjs'

export interface WorkerBuild {
  bytes: number
  inputs: string[]
}

export async function bundleWorker({ indexes, outFile = WORKER_BUNDLE }: { indexes: ClinicIndex[]; outFile?: string }): Promise<WorkerBuild> {
  const prebuilt: Plugin = {
    name: 'prebuilt-clinics',
    setup(builder) {
      builder.onResolve({ filter: /^verbatim:prebuilt-clinics$/ }, () => ({ path: 'prebuilt-clinics', namespace: 'verbatim' }))
      builder.onLoad({ filter: /.*/, namespace: 'verbatim' }, () => ({ contents: JSON.stringify(indexes.map(serializeClinicIndex)), loader: 'text' }))
    },
  }
  const result = await build({
    entryPoints: [WORKER_ENTRY],
    outfile: outFile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    minify: true,
    metafile: true,
    plugins: [prebuilt],
    logLevel: 'warning',
  })
  const inputs = Object.keys(result.metafile.inputs)
  const nodeOnly = inputs.filter((input) => input.startsWith('node:'))
  if (nodeOnly.length > 0) throw new Error(`the Worker bundle reaches Node-only modules: ${nodeOnly.join(', ')}`)
  const output = Object.values(result.metafile.outputs)[0]!
  return { bytes: output.bytes, inputs }
}
