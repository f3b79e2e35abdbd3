import { describe, expect, it } from 'vitest'
import { hostArticles } from '../../server/knowledge/host-articles.ts'
import { answer } from '../../server/engine/answer.ts'
import { demoIndex } from '../helpers/demo.ts'

describe('hostArticles', () => {
  it("points every article at the serving origin's /articles/<slug>", async () => {
    const { knowledge } = await demoIndex()
    const hosted = hostArticles(knowledge, 'http://127.0.0.1:4321/ignored/path')
    expect(hosted.articles.map((a) => a.url)).toEqual(['http://127.0.0.1:4321/articles/how-iv-ketamine-affects-anxiety'])
    expect(knowledge.articles[0]!.url).toBe('https://demo-clinic.example/articles/how-iv-ketamine-affects-anxiety')
  })

  it('makes quotes link to the hosted page with their text fragment', async () => {
    const index = await demoIndex()
    const hosted = { ...index, knowledge: hostArticles(index.knowledge, 'https://clinic.test') }
    const response = answer(hosted, 'What side effects does ketamine have?', [])
    expect(response.quotes[0]!.url).toMatch(/^https:\/\/clinic\.test\/articles\/how-iv-ketamine-affects-anxiety#:~:text=Possible/)
  })
})
