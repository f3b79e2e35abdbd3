import { describe, expect, it } from 'vitest'
import type { ChatRequest, ChatResponse } from '../../server/contract.ts'
import { createConversation } from '../../widget/panel/conversation.ts'
import { ChatFailure } from '../../widget/panel/chat-client.ts'
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
