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
  child: ChildProcess
  output: () => string
  stop: () => Promise<number | null>
}

/** Starts server/node.ts on a free port and resolves once it says it is listening. */
export function startServer(env: Record<string, string> = {}, timeoutMs = 90_000): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['server/node.ts'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk
      const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          stop: () =>
            new Promise((done) => {
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
