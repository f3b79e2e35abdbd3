/**
 * Shuts the server down without dropping anyone: on SIGTERM (a deploy, a container stop) or SIGINT
 * (Ctrl-C) it stops accepting connections, lets the requests in flight finish and then exits 0.
 * Requests still running after the deadline are cut off and the exit code is 1; a second signal
 * does that at once.
 *
 * ```ts
 * const server = serve({ fetch: app.fetch, port })
 * shutDownOnSignals(server as Server, { log })
 * await closeGracefully(server, 10_000) // => true when every request finished in time
 * ```
 */
import type { Server } from 'node:http'
import type { Log } from '../log.ts'

export const SHUTDOWN_DEFAULTS = {
  /** Answers take milliseconds; ten seconds covers a slow client still sending its request. */
  timeoutMs: 10_000,
  /** How often connections that went idle after their last response are closed meanwhile. */
  idleSweepMs: 50,
}

export interface ShutdownOptions {
  log: Log
  timeoutMs?: number
  /** Called before waiting, e.g. to stop watching files. */
  onStop?: () => void
  exit?: (code: number) => void
}

/** Stops accepting, waits for the requests in flight; true if all finished within `timeoutMs`. */
export function closeGracefully(server: Server, timeoutMs: number = SHUTDOWN_DEFAULTS.timeoutMs): Promise<boolean> {
  return new Promise((resolve) => {
    // A keep-alive connection would hold the server open; close each once it has no request.
    const sweep = setInterval(() => server.closeIdleConnections(), SHUTDOWN_DEFAULTS.idleSweepMs)
    const deadline = setTimeout(() => {
      clearInterval(sweep)
      server.closeAllConnections()
      resolve(false)
    }, timeoutMs)
    server.close(() => {
      clearInterval(sweep)
      clearTimeout(deadline)
      resolve(true)
    })
  })
}

export function shutDownOnSignals(server: Server, { log, timeoutMs = SHUTDOWN_DEFAULTS.timeoutMs, onStop, exit = process.exit }: ShutdownOptions): void {
  let stopping = false
  async function shutDown(signal: NodeJS.Signals) {
    if (stopping) {
      server.closeAllConnections()
      log({ event: 'shutdown', signal, clean: false })
      return exit(1)
    }
    stopping = true
    const started = performance.now()
    log({ event: 'shutdown', signal })
    onStop?.()
    const clean = await closeGracefully(server, timeoutMs)
    log({ event: 'shutdown', signal, clean, ms: Math.round(performance.now() - started) })
    exit(clean ? 0 : 1)
  }
  process.on('SIGTERM', (signal) => void shutDown(signal))
  process.on('SIGINT', (signal) => void shutDown(signal))
}
