import { afterAll, describe, expect, it } from 'vitest'
import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chatResponseSchema } from '../../server/contract.ts'
import { closeGracefully } from '../../server/node/graceful-shutdown.ts'
import { startServer, type Server } from '../helpers/spawn.ts'
import { startSlowRequest } from '../helpers/slow-request.ts'

/** A server that answers once it has read the whole body, or never. */
async function echoServer(answer: boolean): Promise<{ server: HttpServer; url: string }> {
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const text = `got ${body.length} bytes`
      if (answer) res.writeHead(200, { 'content-type': 'text/plain', 'content-length': text.length }).end(text)
    })
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe('closeGracefully', () => {
  it('lets a request in flight finish, then closes', async () => {
    const { server, url } = await echoServer(true)
    const request = await startSlowRequest(url, '/', 'x'.repeat(100))
    await new Promise((wait) => setTimeout(wait, 100))
    const closed = closeGracefully(server, 5_000)
    await new Promise((wait) => setTimeout(wait, 200))
    const { status, body } = await request.finish()
    expect(status).toBe(200)
    expect(body).toBe('got 100 bytes')
    expect(await closed).toBe(true)
  })

  it('cuts off what is still running at the deadline, and says so', async () => {
    const { server, url } = await echoServer(false)
    const request = await startSlowRequest(url, '/', 'x'.repeat(100))
    await new Promise((wait) => setTimeout(wait, 100))
    expect(await closeGracefully(server, 300)).toBe(false)
    expect(server.listening).toBe(false)
    expect((await request.finish()).status).toBeNaN()
  })
})

const servers: Server[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
})

describe('SIGTERM (server/node.ts)', () => {
  it('stops taking connections, finishes the request in flight with a full answer, exits 0', async () => {
    const server = await startServer()
    servers.push(server)
    const request = await startSlowRequest(server.url, '/api/chat', JSON.stringify({ clinic: 'demo', message: 'What side effects does ketamine have?' }))
    await new Promise((wait) => setTimeout(wait, 200))
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)))
    const before = server.output().length
    server.child.kill('SIGTERM')
    await server.waitForOutput(/"event":"shutdown","signal":"SIGTERM"\}/, before)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()

    const { status, body } = await request.finish()
    expect(status).toBe(200)
    expect(chatResponseSchema.parse(JSON.parse(body)).quotes[0]!.text).toMatch(/^Possible side effects include/)
    expect(await exited).toBe(0)
    expect(server.output()).toMatch(/"event":"shutdown","signal":"SIGTERM","clean":true/)
  })
})
