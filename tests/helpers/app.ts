/** The app over the demo clinic, and a helper to post chat requests to it without a socket. */
import { createApp } from '../../server/app.ts'
import { createClinicRegistry } from '../../server/api/clinic-registry.ts'
import { demoIndex } from './demo.ts'

export async function demoApp() {
  return createApp({ clinics: createClinicRegistry([await demoIndex()]) })
}

export type App = Awaited<ReturnType<typeof demoApp>>

export function postChat(app: App, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return app.request('/api/chat', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
}
