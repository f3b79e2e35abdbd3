import { beforeAll, describe, expect, it } from 'vitest'
import { chatResponseSchema } from '../../server/contract.ts'
import { demoApp, postChat, type App } from '../helpers/app.ts'

let app: App
beforeAll(async () => {
  app = await demoApp()
})

async function expectError(res: Response, status: number, code: string, message?: RegExp) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  const body = (await res.json()) as { error: { code: string; message: string } }
  expect(body.error.code).toBe(code)
  if (message) expect(body.error.message).toMatch(message)
}

describe('POST /api/chat', () => {
  it('answers with the contract shape', async () => {
    const res = await postChat(app, { clinic: 'demo', message: 'What side effects does ketamine have?' })
    expect(res.status).toBe(200)
    const body = chatResponseSchema.parse(await res.json())
    expect(body.type).toBe('answer')
    expect(body.quotes[0]!.text).toMatch(/^Possible side effects include/)
  })

  it('accepts history and a charset in the content type', async () => {
    const res = await postChat(
      app,
      { clinic: 'demo', message: 'how long do they last?', history: [{ role: 'user', text: 'What side effects does ketamine have?' }] },
      { 'content-type': 'application/json; charset=utf-8' },
    )
    expect(res.status).toBe(200)
    expect(((await res.json()) as { quotes: { text: string }[] }).quotes[0]!.text).toMatch(/usually short-lived/)
  })

  it.each([
    ['crisis', { message: 'my son said he wants to die' }, { type: 'crisis', reason: 'self_harm' }],
    ['dosing', { message: 'how many mg will I get?' }, { type: 'redirect', reason: 'dosing' }],
    ['personal', { message: 'I take lithium, can I do this?' }, { type: 'redirect', reason: 'personal' }],
    ['booking', { message: 'can I book a consultation?' }, { type: 'redirect', reason: 'booking' }],
    ['chitchat', { message: 'are you a bot?' }, { type: 'chitchat' }],
    ['not covered', { message: 'is ketamine legal?' }, { type: 'no_answer' }],
  ])('%s', async (_, body, expected) => {
    const res = await postChat(app, { clinic: 'demo', ...body })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject(expected)
  })

  it('400 for a body that is not JSON', async () => {
    await expectError(await postChat(app, '{"clinic": "demo", '), 400, 'invalid_json')
  })

  it('400 for bytes that are not UTF-8, rather than guessing at them', async () => {
    const body = new Uint8Array([...new TextEncoder().encode('{"clinic":"demo","message":"side effects'), 0xff, ...new TextEncoder().encode('"}')])
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    await expectError(res, 400, 'invalid_json', /UTF-8/)
  })

  it('400 naming the field', async () => {
    await expectError(await postChat(app, { clinic: 'demo' }), 400, 'invalid_request', /^message: is required$/)
    await expectError(await postChat(app, { clinic: 'demo', message: '   ' }), 400, 'invalid_request', /^message: must not be empty/)
    await expectError(await postChat(app, { clinic: 'demo', message: 'x'.repeat(2001) }), 400, 'invalid_request', /^message: must be at most 2000/)
    await expectError(await postChat(app, { clinic: 'demo', message: 42 }), 400, 'invalid_request', /^message: must be a string/)
    await expectError(await postChat(app, { message: 'hi' }), 400, 'invalid_request', /^clinic: is required/)
    await expectError(await postChat(app, { clinic: 'demo', message: 'hi', history: 'no' }), 400, 'invalid_request', /^history:/)
    await expectError(
      await postChat(app, { clinic: 'demo', message: 'hi', history: [{ role: 'system', text: 'x' }] }),
      400,
      'invalid_request',
      /^history\.0\.role: must be "user" or "assistant"/,
    )
    await expectError(await postChat(app, { clinic: 'demo', message: 'hi', history: [[]] }), 400, 'invalid_request', /^history\.0: must be an object \{ role, text \}$/)
    const turns = Array.from({ length: 21 }, () => ({ role: 'user', text: 'hi' }))
    await expectError(await postChat(app, { clinic: 'demo', message: 'hi', history: turns }), 400, 'invalid_request', /^history: must have at most 20/)
    await expectError(await postChat(app, { clinic: 'demo', message: 'hi', extra: 1 }), 400, 'invalid_request', /unexpected field "extra"/)
    await expectError(await postChat(app, [1, 2]), 400, 'invalid_request', /JSON object/)
    await expectError(await postChat(app, 'null'), 400, 'invalid_request', /JSON object/)
  })

  it('404 for an unknown clinic', async () => {
    await expectError(await postChat(app, { clinic: 'acme', message: 'hi' }), 404, 'unknown_clinic', /acme/)
    await expectError(await postChat(app, { clinic: '__proto__', message: 'hi' }), 404, 'unknown_clinic')
    await expectError(await postChat(app, { clinic: 'constructor', message: 'hi' }), 404, 'unknown_clinic')
  })

  it('413 for a body over 16 KB', async () => {
    await expectError(await postChat(app, { clinic: 'demo', message: 'hi', pad: 'x'.repeat(17_000) }), 413, 'payload_too_large')
  })

  it('415 for anything but JSON', async () => {
    await expectError(await postChat(app, 'message=hi', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type')
    await expectError(await postChat(app, '{}', {}), 415, 'unsupported_media_type')
  })

  it('405 for other methods', async () => {
    await expectError(await app.request('/api/chat'), 405, 'method_not_allowed')
  })
})

describe('other routes', () => {
  it('GET /api/clinics/:id gives the public widget config', async () => {
    const res = await app.request('/api/clinics/demo')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({ id: 'demo', name: expect.any(String), consultation: { url: expect.stringMatching(/^https:/) } })
    expect((body.suggestedQuestions as string[]).length).toBeGreaterThan(0)
    expect(body).not.toHaveProperty('allowedOrigins')
  })

  it('404 JSON for unknown clinics and routes', async () => {
    await expectError(await app.request('/api/clinics/nope'), 404, 'unknown_clinic')
    await expectError(await app.request('/nope'), 404, 'not_found')
  })

  it('GET /healthz', async () => {
    const res = await app.request('/healthz')
    expect(await res.json()).toEqual({ status: 'ok', clinics: 1 })
  })
})

describe('body size', () => {
  it('413 from the declared length, before reading; a small body passes', async () => {
    const big = JSON.stringify({ clinic: 'demo', message: 'x'.repeat(17_000) })
    const declared = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big })
    expect(declared.status).toBe(413)
    const small = JSON.stringify({ clinic: 'demo', message: 'what are the side effects?' })
    const ok = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(small.length) }, body: small })
    expect(ok.status).toBe(200)
  })
})
