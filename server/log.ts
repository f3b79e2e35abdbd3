/**
 * What the service writes to its log, typed once: one entry per request, knowledge reloads,
 * unhandled errors and shutdown. Visitors type health details, so no entry has a field for what
 * they wrote: no message, no history, no body, no query string. A request is described by its
 * route pattern, clinic, status and the kind of reply (`type`, `reason`), never by its words.
 *
 * The app takes a `Log` (createApp({ log })), so the Node entry writes JSON lines to stdout, a
 * Worker can do the same with its console, and tests collect the entries.
 *
 * ```ts
 * const log = jsonLines()
 * log({ event: 'request', requestId: 'a1', method: 'POST', route: '/api/chat', status: 200, clinic: 'demo', type: 'answer', ms: 3.2 })
 * // stdout: {"time":"2025-01-01T12:00:00.000Z","event":"request","requestId":"a1",...}
 * ```
 */
import type { Reason, ResponseType } from './contract.ts'

export interface RequestEntry {
  event: 'request'
  requestId: string
  method: string
  /** The matched route pattern (`/api/clinics/:id`), never the URL as sent. */
  route: string
  status: number
  /** Only a clinic that exists: an unknown one is whatever the client typed. */
  clinic?: string
  type?: ResponseType
  reason?: Reason
  /** Milliseconds from the request reaching the app to its response being ready. */
  ms: number
}

/** Where broken knowledge is, as KnowledgeError tells it. Clinic-authored text, never a visitor's. */
export interface KnowledgeProblem {
  file: string
  line?: number
  field?: string
  message: string
}

export interface ReloadEntry {
  event: 'knowledge_reload'
  ok: boolean
  /** After a good reload: the clinics now served. */
  clinics?: string[]
  /** After a failed one: what was wrong; the last good knowledge is still served. */
  error?: KnowledgeProblem
  ms: number
}

export interface ErrorEntry {
  event: 'error'
  requestId?: string
  route?: string
  /** The error's class and the stack frames, not its message (which could quote the request). */
  error: string
  stack?: string[]
}

export interface ShutdownEntry {
  event: 'shutdown'
  signal: string
  /** Whether every request in flight finished before the deadline. */
  clean?: boolean
  ms?: number
}

export type LogEntry = RequestEntry | ReloadEntry | ErrorEntry | ShutdownEntry

export type Log = (entry: LogEntry) => void

/** One JSON object per line, with the time first. `write` is console.log unless a test passes its own. */
export function jsonLines(write: (line: string) => void = console.log): Log {
  return function writeJsonLine(entry) {
    write(JSON.stringify({ time: new Date().toISOString(), ...entry }))
  }
}

/** An error as the log may carry it: its class and where it was thrown, without its message. */
export function describeError(error: unknown): Pick<ErrorEntry, 'error' | 'stack'> {
  if (!(error instanceof Error)) return { error: typeof error }
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  return { error: error.name, stack: frames.slice(0, 8).map((line) => line.trim()) }
}
