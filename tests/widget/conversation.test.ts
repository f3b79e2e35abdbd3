import { describe, expect, it, vi } from 'vitest'
import type { ChatRequest, ChatResponse } from '../../server/contract.ts'
import { createConversation } from '../../widget/panel/conversation.ts'
import { ChatFailure, postChat } from '../../widget/panel/chat-client.ts'
import type { ConversationStorage, StoredConversation } from '../../widget/panel/session-store.ts'

function memoryStorage(initial?: StoredConversation) {
  const saved: StoredConversation[] = []
  const storage: ConversationStorage = { load: () => initial, save: (c) => void saved.push(structuredClone(c)), clear: () => {} }
  return { storage, saved }
}

const reply = (text: string): ChatResponse => ({ type: 'chitchat', text, quotes: [] })

function recordingPost(answers: (ChatResponse | Error)[]) {
  const requests: ChatRequest[] = []
  const post = async (_api: string, request: ChatRequest) => {
    requests.push(structuredClone(request))
    const next = answers.shift()!
    if (next instanceof Error) throw next
    return next
  }
  return { post, requests }
}

async function withFakeTimers(run: () => Promise<void>) {
  vi.useFakeTimers()
  try {
    await run()
  } finally {
    vi.useRealTimers()
  }
}

describe('createConversation', () => {
  it('stores nothing until the widget is opened', async () => {
    const { storage, saved } = memoryStorage()
    const { post } = recordingPost([reply('one'), reply('two')])
    const conversation = createConversation({ clinic: 'demo', api: 'https://a.test', storage, post })
    await conversation.send('before opening')
    expect(saved).toEqual([])
    conversation.setOpen(true)
    await conversation.send('after opening')
    expect(saved.at(-1)!.open).toBe(true)
    expect(saved.at(-1)!.entries.map((e) => (e.role === 'user' ? e.text : e.response.text))).toEqual(['before opening', 'one', 'after opening', 'two'])
  })

  it('restores a stored conversation and keeps saving it', async () => {
    const { storage, saved } = memoryStorage({ open: false, entries: [{ role: 'user', text: 'earlier' }, { role: 'assistant', response: reply('earlier reply') }] })
    const { post, requests } = recordingPost([reply('now')])
    const conversation = createConversation({ clinic: 'demo', api: 'https://a.test', storage, post })
    expect(conversation.state.entries).toHaveLength(2)
    await conversation.send('next')
    expect(requests[0]!.history).toEqual([{ role: 'user', text: 'earlier' }, { role: 'assistant', text: 'earlier reply' }])
    expect(saved.at(-1)!.entries).toHaveLength(4)
  })

  it('asks again by itself once the wait the API gave (Retry-After) is over, and only once', () =>
    withFakeTimers(async () => {
      const { storage } = memoryStorage()
      const { post, requests } = recordingPost([new ChatFailure('busy', 'too many', 3), reply('answer')])
      const conversation = createConversation({ clinic: 'demo', api: 'https://a.test', storage, post })
      await conversation.send('question')
      expect(conversation.state).toMatchObject({ status: 'failed', failure: 'busy', retryIn: 3 })
      await vi.advanceTimersByTimeAsync(2_900)
      expect(requests).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(200)
      expect(conversation.state.status).toBe('idle')
      expect(conversation.state.entries.map((e) => e.role)).toEqual(['user', 'assistant'])
      await vi.advanceTimersByTimeAsync(10_000)
      expect(requests.map((r) => r.message)).toEqual(['question', 'question'])
    }))

  it('drops a scheduled retry when the visitor asks something else first', () =>
    withFakeTimers(async () => {
      const { storage } = memoryStorage()
      const { post, requests } = recordingPost([new ChatFailure('busy', 'too many', 2), reply('second answer')])
      const conversation = createConversation({ clinic: 'demo', api: 'https://a.test', storage, post })
      await conversation.send('first')
      await conversation.send('second')
      await vi.advanceTimersByTimeAsync(5_000)
      expect(requests.map((r) => r.message)).toEqual(['first', 'second'])
    }))

  it('marks a failed question for retry, and answers it on retry without asking it twice', async () => {
    const { storage } = memoryStorage()
    const { post, requests } = recordingPost([new ChatFailure('network', 'offline'), reply('answer')])
    const conversation = createConversation({ clinic: 'demo', api: 'https://a.test', storage, post })
    await conversation.send('  question  ')
    expect(conversation.state.status).toBe('failed')
    expect(conversation.state.failure).toBe('network')
    await conversation.retry()
    expect(conversation.state.status).toBe('idle')
    expect(conversation.state.entries.map((e) => e.role)).toEqual(['user', 'assistant'])
    expect(requests.map((r) => r.message)).toEqual(['question', 'question'])
  })

  it('ignores empty questions and a second question while one is on its way', async () => {
    const { storage } = memoryStorage()
    let finish!: (r: ChatResponse) => void
    const post = (_api: string, _request: ChatRequest) => new Promise<ChatResponse>((done) => (finish = done))
    const conversation = createConversation({ clinic: 'demo', api: 'https://a.test', storage, post })
    await conversation.send('   ')
    expect(conversation.state.entries).toEqual([])
    const first = conversation.send('first')
    await conversation.send('second')
    finish(reply('ok'))
    await first
    expect(conversation.state.entries.map((e) => (e.role === 'user' ? e.text : 'reply'))).toEqual(['first', 'reply'])
  })

  it('drops an answer that arrives after the visitor started over', async () => {
    const { storage } = memoryStorage()
    let finish!: (r: ChatResponse) => void
    const post = () => new Promise<ChatResponse>((done) => (finish = done))
    const conversation = createConversation({ clinic: 'demo', api: 'https://a.test', storage, post })
    const pending = conversation.send('old question')
    conversation.reset()
    finish(reply('old answer'))
    await pending
    expect(conversation.state.entries).toEqual([])
    expect(conversation.state.status).toBe('idle')
  })
})

describe('postChat', () => {
  const refuse = (status: number, headers: Record<string, string> = {}) =>
    vi.fn(async () => new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many messages.' } }), { status, headers }))

  it.each([
    [{ 'retry-after': '7' }, 7],
    [{}, 5],
    [{ 'retry-after': 'soon' }, 5],
    [{ 'retry-after': '86400' }, 60],
  ])('reads a 429 with %o as busy for %i seconds', async (headers, seconds) => {
    vi.stubGlobal('fetch', refuse(429, headers))
    try {
      const failure = await postChat('https://a.test', { clinic: 'demo', message: 'hi', history: [] }).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(ChatFailure)
      expect(failure).toMatchObject({ kind: 'busy', retryAfter: seconds, message: 'Too many messages.' })
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('reads other refusals as the server saying no', async () => {
    vi.stubGlobal('fetch', refuse(400))
    try {
      await expect(postChat('https://a.test', { clinic: 'demo', message: 'hi', history: [] })).rejects.toMatchObject({ kind: 'server' })
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
