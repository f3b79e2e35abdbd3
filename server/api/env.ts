/**
 * What routes can read from the request context: the clinic registry, and what the chat route
 * decided (for the access log, which never sees the message itself).
 */
import type { ClinicRegistry } from './clinic-registry.ts'
import type { Reason, ResponseType } from '../contract.ts'

export interface Outcome {
  clinic: string
  type: ResponseType
  reason?: Reason
}

export interface AppEnv {
  Variables: {
    clinics: ClinicRegistry
    outcome?: Outcome
  }
}
