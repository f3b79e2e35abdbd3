/** Vitest global setup: one production build before the browser and size tests read dist/. */
import { ensureFreshBuild } from './helpers/fresh-build.ts'

export default async function setup() {
  await ensureFreshBuild()
}
