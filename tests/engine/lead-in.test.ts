import { beforeAll, describe, expect, it } from 'vitest'
import { answer } from '../../server/engine/answer.ts'
import { leadIn } from '../../server/engine/lead-in.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { demoIndex } from '../helpers/demo.ts'

let demo: ClinicIndex
beforeAll(async () => {
  demo = await demoIndex()
})

describe('leadIn', () => {
  it('finds the scene a visitor sets before the question: their own story, or a hedge', () => {
    expect(leadIn('my landlord is driving me nuts, how fast does ketamine work?')).toMatchObject({ lead: 'my landlord is driving me nuts', hedge: false })
    expect(leadIn('sorry for the silly question: what side effects does it have?')).toMatchObject({ hedge: true })
  })

  it('leaves alone a lead-in that is part of the question, or a question that points back into it', () => {
    expect(leadIn('ketamine or ECT, which is better for depression?')).toBeUndefined()
    expect(leadIn('for people with both, does ketamine help?')).toBeUndefined()
    expect(leadIn('the on-edge feeling is the worst part, does ketamine touch that?')).toBeUndefined()
    expect(leadIn('what are the side effects, and how long do they last?')).toBeUndefined()
  })
})

describe('a question after a lead-in', () => {
  it('is answered from what it asks, whatever words the scene holds', () => {
    for (const [message, quoted] of [
      ['my landlord is driving me nuts, how fast does ketamine work for anxiety?', /rapid|within hours/],
      ['sorry for the silly question, what side effects does ketamine have?', /side effects include/],
      ['my cat knocked over my coffee, does ketamine cause nausea?', /nausea/],
    ] as const) {
      const reply = answer(demo, message)
      expect(reply.type, message).toBe('answer')
      expect(reply.quotes[0]!.text, message).toMatch(quoted)
    }
  })

  it('still cannot answer what the articles do not cover', () => {
    expect(answer(demo, 'ketamine or ECT, which is better for depression?').type).toBe('no_answer')
    expect(answer(demo, 'my wifi keeps dropping, how do I fix it?').type).toBe('no_answer')
    expect(answer(demo, 'my insurance denied me, does it cover the infusions?').type).not.toBe('answer')
  })
})
