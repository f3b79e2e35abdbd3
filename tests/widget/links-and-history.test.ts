import { describe, expect, it } from 'vitest'
import { httpUrl, smsHref, telHref } from '../../widget/panel/links.ts'
import { toHistory, type Entry } from '../../widget/panel/history.ts'
import { waysToReach } from '../../widget/panel/messages/CrisisCard.tsx'
import { textOn } from '../../widget/loader/theme.ts'
import { LIMITS } from '../../server/contract.ts'
import resources from '../../server/engine/resources.json' with { type: 'json' }

describe('links', () => {
  it.each([
    ['https://clinic.example/a#:~:text=x', 'https://clinic.example/a#:~:text=x'],
    ['http://127.0.0.1:8787/articles/a', 'http://127.0.0.1:8787/articles/a'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['/relative', undefined],
    [undefined, undefined],
  ])('httpUrl(%s) -> %s', (url, expected) => {
    expect(httpUrl(url)).toBe(expected)
  })

  it('dials and texts from digits only', () => {
    expect(telHref('1-800-222-1222')).toBe('tel:18002221222')
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME')
    expect(smsHref('988')).toBe('sms:988')
  })
})

describe('crisis card', () => {
  it("offers every way to reach the server's self-harm resources, once each", () => {
    expect(waysToReach(resources.self_harm).map((w) => [w.href, w.text])).toEqual([
      ['tel:988', 'Call 988'],
      ['sms:988', 'Text 988'],
      ['https://988lifeline.org/chat/', '988lifeline.org'],
      ['sms:741741?&body=HOME', 'Text HOME to 741741'],
      ['tel:911', 'Call 911'],
    ])
  })
})

describe('toHistory', () => {
  it('sends assistant turns as their text and quotes, within the API limits', () => {
    const long = 'x'.repeat(5000)
    const entries: Entry[] = Array.from({ length: 30 }, (_, i): Entry =>
      i % 2 === 0
        ? { role: 'user', text: `question ${i}` }
        : { role: 'assistant', response: { type: 'answer', text: 'Here:', quotes: [{ text: long, title: 't', url: 'https://a.test', section: 's', sources: [] }] } },
    )
    const history = toHistory(entries)
    expect(history).toHaveLength(LIMITS.historyTurns)
    expect(history[0]).toEqual({ role: 'user', text: 'question 10' })
    expect(history[1]!.text.startsWith('Here: xxx')).toBe(true)
    expect(Math.max(...history.map((t) => t.text.length))).toBe(LIMITS.historyText)
  })
})

describe('textOn', () => {
  it('puts white on dark accents and near-black on light ones', () => {
    expect(textOn('#0f766e')).toBe('#fff')
    expect(textOn('#7c3aed')).toBe('#fff')
    expect(textOn('#fde047')).toBe('#111')
    expect(textOn('#fff')).toBe('#111')
  })
})
