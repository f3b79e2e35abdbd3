/**
 * What middlewares and routes can read from the request context: the clinic registry, the request
 * id, the clinic a request turned out to be for, and what the chat route decided. The access log
 * and CORS read these instead of the request, so neither ever needs to look at what a visitor wrote.
 * They are read with `c.get('chat')`, not `c.var.chat`: Hono builds a fresh object of all the
 * variables on every `c.var` access, a measurable cost on a route that answers in microseconds.
 */
import type { RequestIdVariables } from 'hono/request-id'
import type { ClinicRegistry } from './clinic-registry.ts'
import type { Reason, ResponseType, Turn } from '../contract.ts'
import type { ClinicIndex } from '../engine/search-index.ts'

/** What the engine answered: the kind of reply, never its text. */
export interface Outcome {
  type: ResponseType
  reason?: Reason
}

/** A chat request that has passed every check: its clinic exists and its fields are valid. */
export interface ChatInput {
  clinic: string
  index: ClinicIndex
  message: string
  history: Turn[]
}

export interface AppEnv {
  Variables: RequestIdVariables & {
    clinics: ClinicRegistry
    /** The clinic the request is for, set only once it is known to exist (so it is safe to log). */
    clinic?: string
    outcome?: Outcome
  }
}

/** The chat route after its body has been read and checked (see read-chat-request.ts). */
export interface ChatEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { chat: ChatInput }
}
