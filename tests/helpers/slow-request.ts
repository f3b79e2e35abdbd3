/**
 * An HTTP request over a raw socket whose body is sent in two parts, so that a test can hold it
 * in flight (headers sent, body not finished) for as long as it likes, then finish it and read the
 * whole response.
 *
 * ```ts
 * const request = await startSlowRequest(url, '/api/chat', JSON.stringify(body))
 * // ... the server now has a request in flight ...
 * const { status, body } = await request.finish()
 * ```
 */
import { connect, type Socket } from 'node:net'

export interface SlowRequest {
  /** Sends the rest of the body and resolves with the complete response. */
  finish(): Promise<{ status: number; headers: string; body: string }>
}

/** How much of the body goes first: enough that the server has started reading it. */
const FIRST_PART = 10

export async function startSlowRequest(url: string, path: string, body: string): Promise<SlowRequest> {
  const { hostname, port } = new URL(url)
  const socket: Socket = connect(Number(port), hostname)
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  let received = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => (received += chunk))
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  const bytes = Buffer.from(body)
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`,
  )
  socket.write(bytes.subarray(0, FIRST_PART))
  return {
    async finish() {
      socket.write(bytes.subarray(FIRST_PART))
      // The server closes the connection once it has answered (it is shutting down).
      await ended
      const [head = '', rest = ''] = received.split('\r\n\r\n', 2)
      return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head, body: rest }
    },
  }
}
