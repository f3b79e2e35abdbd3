/** The app over the demo clinic, and a helper to post chat requests to it without a socket. */
import { createApp, type AppDependencies } from '../../server/app.ts'
import { createClinicRegistry } from '../../server/api/clinic-registry.ts'
import type { Log, LogEntry } from '../../server/log.ts'
import { demoIndex } from './demo.ts'

/** A log that drops everything, for tests that don't read it. */
export const quiet: Log = () => {}

/** A log that keeps every entry, and the entries it kept. */
export function collectLog(): { log: Log; entries: LogEntry[] } {
  const entries: LogEntry[] = []
  return { log: (entry) => entries.push(entry), entries }
}

export async function demoApp(dependencies: Partial<AppDependencies> = {}) {
  return createApp({ clinics: createClinicRegistry([await demoIndex()]), log: quiet, ...dependencies })
}

export type App = Awaited<ReturnType<typeof demoApp>>

export function postChat(app: App, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return app.request('/api/chat', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
}
