import { beforeAll, describe, expect, it } from 'vitest'
import { editDistance, mendTypos } from '../../server/engine/typos.ts'
import { answer } from '../../server/engine/answer.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { demoIndex } from '../helpers/demo.ts'

let index: ClinicIndex
beforeAll(async () => {
  index = await demoIndex()
})

describe('mendTypos', () => {
  it('mends a word one edit (two, when long) from a word the clinic uses', () => {
    expect(mendTypos(index, 'any risks with ketamine infusoins?')).toBe('any risks with ketamine infusions?')
    expect(mendTypos(index, 'what about glutamte')).toBe('what about glutamate')
    expect(mendTypos(index, 'dissociaton')).toBe('dissociation')
    expect(mendTypos(index, 'neuroplastisity')).toBe('neuroplasticity')
  })

  it('leaves alone real words the clinic does not use, short words and other first letters', () => {
    for (const message of ['is esketamine the same', 'is it legal', 'I am bipolar', 'ketamine for migraines', 'does insurance cover it', 'is it addictive', 'what is hypotension', 'does meditation help', 'i keep having thoughts', 'how frequent are they', 'crushing chest pain', 'how much is given']) {
      expect(mendTypos(index, message)).toBe(message)
    }
  })

  it('joins words that dictation split, into a word the clinic uses', () => {
    expect(mendTypos(index, 'is I V ketamine risky')).toBe('is iv ketamine risky')
    expect(mendTypos(index, 'what are n m d a receptors')).toBe('what are nmda receptors')
    expect(mendTypos(index, 'the hyper vigilance feeling, during the in fusion')).toBe('the hypervigilance feeling, during the infusion')
    expect(mendTypos(index, 'what does key tamine do? neuro plasticity??')).toBe('what does ketamine do? neuroplasticity??')
  })

  it('joins no words the clinic knows apart, nor stopwords alone', () => {
    for (const message of ['has it been around a long time', 'can ketamine treat OCD', 'every day', 'do you have info', 'contre l\'anxiété', 'How to prevent Lung Cancer ?', 'Is lattice corneal dystrophy type II inherited ?', 'What causes Rh Incompatibility ?']) {
      expect(mendTypos(index, message)).toBe(message)
    }
  })

  it('lets a question with a typo be answered, and a crisis is still read as typed', () => {
    expect(answer(index, 'wat are the risks of ketamine infusoins').type).toBe('answer')
    expect(answer(index, 'i want to kill myself, do infusoins help').type).toBe('crisis')
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('anxiety', 'anxiety')).toBe(0)
    expect(editDistance('anxeity', 'anxiety')).toBe(1)
    expect(editDistance('depresion', 'depression')).toBe(1)
    expect(editDistance('ketamne', 'ketamine')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('kitten', 'sitting', 2)).toBe(2)
  })
})
