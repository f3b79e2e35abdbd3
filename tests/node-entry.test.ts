import { afterAll, describe, expect, it } from 'vitest'
import { run, startServer, type Server } from './helpers/spawn.ts'
import { ARTICLE, CLINIC_JSON, tempKnowledge } from './helpers/temp-knowledge.ts'

const servers: Server[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
})

async function chat(server: Server, clinic: string, message: string) {
  const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clinic, message }) })
  return { status: res.status, body: (await res.json()) as { type: string; quotes: { text: string; title: string }[] } }
}

describe('npm start (server/node.ts)', () => {
  it('serves the demo clinic over HTTP', async () => {
    const server = await startServer()
    servers.push(server)
    const { status, body } = await chat(server, 'demo', 'does ketamine help social anxiety?')
    expect(status).toBe(200)
    expect(body.quotes[0]!.text).toMatch(/^Social Anxiety Disorder/)
  })

  it('serves another knowledge root from KNOWLEDGE_DIR', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/gout.md': ARTICLE })
    const server = await startServer({ KNOWLEDGE_DIR: root })
    servers.push(server)
    const { body } = await chat(server, 'acme', 'what are the symptoms of gout?')
    expect(body.quotes[0]!.text).toMatch(/sudden, severe pain/)
    expect((await chat(server, 'demo', 'hi')).status).toBe(404)
  })

  it('serves the 5,483-article MedQuAD library from KNOWLEDGE_DIR=../shared/corpora', async () => {
    const server = await startServer({ KNOWLEDGE_DIR: '../shared/corpora' })
    servers.push(server)
    expect(server.output()).toMatch(/medquad \(5483 articles\)/)
    const { body } = await chat(server, 'medquad', 'What are the symptoms of Adult Acute Lymphoblastic Leukemia?')
    expect(body.type).toBe('answer')
    expect(body.quotes[0]!.title).toBe('Adult Acute Lymphoblastic Leukemia')
  })

  it('refuses to start on broken knowledge, naming the file and field', async () => {
    const root = tempKnowledge({ 'acme/clinic.json': CLINIC_JSON, 'acme/articles/bad.md': '---\ntitle: Bad\nurl: javascript:alert(1)\n---\n\nText.' })
    const { code, stderr } = await run(['server/node.ts'], { KNOWLEDGE_DIR: root, PORT: '0' })
    expect(code).not.toBe(0)
    expect(stderr).toMatch(/bad\.md:3: url: must be an http\(s\) URL/)
  })
})

describe('the chat rate limit in server/node.ts', () => {
  // A clinic allowing 3 at once and 1 a minute: no token comes back during the test, however slow.
  const burst = 3
  const knowledge = () =>
    tempKnowledge({ 'acme/clinic.json': JSON.stringify({ ...JSON.parse(CLINIC_JSON), rateLimit: { perMinute: 1, burst } }), 'acme/articles/gout.md': ARTICLE })

  async function statuses(server: Server, forwardedFor: (i: number) => string, count = burst + 2) {
    const result: number[] = []
    for (let i = 0; i < count; i++) {
      const res = await fetch(`${server.url}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
        body: JSON.stringify({ clinic: 'acme', message: 'what are the symptoms of gout?' }),
      })
      result.push(res.status)
    }
    return result
  }
  const limited = [...Array(burst).fill(200), 429, 429]
  const unlimited = Array(burst + 2).fill(200)

  it('limits each connection address, and ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
    const server = await startServer({ KNOWLEDGE_DIR: knowledge() })
    servers.push(server)
    expect(await statuses(server, (i) => `198.51.100.${i}`)).toEqual(limited)
  })

  it('with TRUST_PROXY=1, limits each address the proxy saw', async () => {
    const server = await startServer({ KNOWLEDGE_DIR: knowledge(), TRUST_PROXY: '1' })
    servers.push(server)
    expect(await statuses(server, (i) => `198.51.100.${i}`)).toEqual(unlimited)
    expect(await statuses(server, () => '198.51.100.200')).toEqual(limited)
  })

  it('is off with RATE_LIMIT=off', async () => {
    const server = await startServer({ KNOWLEDGE_DIR: knowledge(), RATE_LIMIT: 'off' })
    servers.push(server)
    expect(await statuses(server, () => '198.51.100.1')).toEqual(unlimited)
  })
})

describe('npm run ask', () => {
  it('prints the same JSON as the API', async () => {
    const { code, stdout } = await run(['server/cli/ask.ts', '--clinic', 'demo', 'What side effects does ketamine have?'])
    expect(code).toBe(0)
    const body = JSON.parse(stdout) as { type: string; quotes: { text: string }[] }
    expect(body.type).toBe('answer')
    expect(body.quotes[0]!.text).toMatch(/^Possible side effects include/)
  })

  it('says how to use it when the question is missing', async () => {
    const { code, stderr } = await run(['server/cli/ask.ts', '--clinic', 'demo'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/usage/)
  })
})
