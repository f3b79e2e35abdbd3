/** Runs the project's own entry points as a newcomer would (through tsx), for end-to-end tests. */
import { spawn, type ChildProcess } from 'node:child_process'

const TSX = 'node_modules/.bin/tsx'

export interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

export function run(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

export interface Server {
  url: string
  /** The server's own process (node with tsx's loader, no wrapper): signals and /proc reach it. */
  child: ChildProcess
  output: () => string
  /** Resolves once the output matches `pattern` (after `from`, an earlier output().length). */
  waitForOutput: (pattern: RegExp, from?: number, timeoutMs?: number) => Promise<string>
  stop: () => Promise<number | null>
}

/** Starts server/node.ts on a free port and resolves once it says it is listening. */
export function startServer(env: Record<string, string> = {}, timeoutMs = 90_000, args: string[] = []): Promise<Server> {
  return new Promise((resolve, reject) => {
    // Not the tsx CLI: it runs the script in a child process and relays only SIGINT and SIGTERM.
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/node.ts', ...args], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let started = false
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk
      const match = started ? null : /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        started = true
        clearTimeout(timer)
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          waitForOutput: (pattern, from = 0, waitMs = 30_000) =>
            new Promise((found, fail) => {
              const check = () => {
                const seen = pattern.exec(output.slice(from))
                if (!seen) return false
                child.stdout!.off('data', check)
                child.stderr!.off('data', check)
                clearTimeout(deadline)
                found(seen[0])
                return true
              }
              const deadline = setTimeout(() => fail(new Error(`no ${pattern} in the server's output:\n${output.slice(from)}`)), waitMs)
              if (!check()) {
                child.stdout!.on('data', check)
                child.stderr!.on('data', check)
              }
            }),
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done(child.exitCode)
              child.once('close', (code) => done(code))
              child.kill('SIGTERM')
            }),
        })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
}
