/** `GET /healthz`: the process is up and has clinics to serve. Cheap on purpose (load balancers poll it). */
import { Hono } from 'hono'
import type { AppEnv } from './env.ts'

export function healthRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.get('/healthz', (c) => c.json({ status: 'ok', clinics: c.get('clinics').ids().length }))
  return routes
}
