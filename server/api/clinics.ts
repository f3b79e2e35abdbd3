/**
 * `GET /api/clinics/:id`: the public part of a clinic's configuration, what the widget needs to
 * draw itself (name, greeting, suggested questions, consultation link, theme). Nothing else of
 * clinic.json leaves the server.
 */
import { Hono } from 'hono'
import { ApiError } from './errors.ts'
import type { AppEnv } from './env.ts'
import { answerableSuggestions } from '../engine/answer.ts'
import type { ClinicInfo } from '../contract.ts'

export function clinicRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.get('/api/clinics/:id', (c) => {
    const id = c.req.param('id')
    const index = c.get('clinics').get(id)
    if (!index) throw new ApiError(404, 'unknown_clinic', `There is no clinic "${id.slice(0, 64)}".`)
    c.set('clinic', id)
    const { config } = index.knowledge
    const info: ClinicInfo = {
      id,
      name: config.name,
      greeting: config.greeting ?? `Hi! I answer questions by quoting ${config.name}'s articles, word for word.`,
      suggestedQuestions: answerableSuggestions(index).map((s) => s.question),
      consultation: { url: config.consultation.url, label: config.consultation.label },
      theme: config.theme ?? {},
      ...(config.contact ? { contact: config.contact } : {}),
    }
    return c.json(info)
  })
  return routes
}
