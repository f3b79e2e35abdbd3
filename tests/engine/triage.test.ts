import { describe, expect, it } from 'vitest'
import { triage, type TriageKind } from '../../server/engine/triage/triage.ts'
import examples from '../fixtures/triage-examples.json' with { type: 'json' }

/** Messages per kind, direct and indirect (tests/fixtures/triage-examples.json); every pattern of rules.json is exercised there. */
const { $comment: _about, ...EXAMPLES } = examples as unknown as Record<TriageKind | 'none', string[]> & { $comment: string }

describe('triage', () => {
  for (const [kind, messages] of Object.entries(EXAMPLES)) {
    describe(kind, () => {
      for (const message of messages) {
        it(message, () => {
          expect(triage(message)?.kind ?? 'none').toBe(kind)
        })
      }
    })
  }

  it('tells greetings, thanks, goodbyes and questions about the bot apart', () => {
    expect(triage('hey')).toEqual({ kind: 'chitchat', chitchat: 'greeting' })
    expect(triage('thanks!')).toEqual({ kind: 'chitchat', chitchat: 'thanks' })
    expect(triage('bye')).toEqual({ kind: 'chitchat', chitchat: 'farewell' })
    expect(triage('hi, are you a bot?')).toEqual({ kind: 'chitchat', chitchat: 'identity' })
  })

  it('puts crisis before everything else, in the rulebook order', () => {
    expect(triage('thanks, but I want to kill myself')?.kind).toBe('self_harm')
    expect(triage('how much ketamine would it take to kill myself')?.kind).toBe('self_harm')
    expect(triage('I took too many of my pills, what dose is safe')?.kind).toBe('emergency')
    expect(triage('can I book a consultation about the dose?')?.kind).toBe('dosing')
    expect(triage('I take lithium, can I book a consultation?')?.kind).toBe('personal')
  })
})
