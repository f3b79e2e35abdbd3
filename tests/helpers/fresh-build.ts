/**
 * Builds dist/ when it is missing or older than anything it is made from, so the browser and size
 * tests always run against the production build of the code under test (run once per `vitest run`
 * as its global setup, before any test file starts).
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { buildAll, MANIFEST } from '../../scripts/build.ts'

const SOURCES = ['widget', 'scripts/build', 'scripts/build.ts', 'knowledge', 'server', 'package-lock.json', 'wrangler.toml']

export function buildIsStale(): boolean {
  const built = mtime(MANIFEST)
  if (built === undefined) return true
  return SOURCES.some((source) => newestUnder(source) > built)
}

export async function ensureFreshBuild(): Promise<void> {
  if (buildIsStale()) await buildAll()
}

function mtime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs
  } catch {
    return undefined
  }
}

function newestUnder(source: string): number {
  const stat = statSync(source)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(source, { recursive: true }).map((name) => mtime(path.join(source, String(name))) ?? 0))
}
