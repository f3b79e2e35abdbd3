import { beforeAll, describe, expect, it } from 'vitest'
import { answer } from '../../server/engine/answer.ts'
import { buildClinics } from '../../server/knowledge/build-clinics.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { CLINIC_JSON, libraryArticle, tempKnowledge } from '../helpers/temp-knowledge.ts'

// Titles that hold a question-type word ("hereditary", "symptoms") beside sections that answer it.
let library: ClinicIndex
beforeAll(async () => {
  const root = tempKnowledge({
    'library/clinic.json': CLINIC_JSON,
    ...libraryArticle('library', 'hp', 'Hereditary pancreatitis', {
      Overview: 'Hereditary pancreatitis is a genetic condition characterized by recurrent episodes of inflammation of the pancreas.',
      Inheritance: 'This condition is inherited in an autosomal dominant pattern, which means one copy of the altered gene in each cell is sufficient.',
      Treatment: 'Pain relief and enzyme supplements help many people with this condition.',
    }),
    ...libraryArticle('library', 'gout', 'Gout', {
      Overview: 'Gout is a form of arthritis that causes sudden attacks of pain in a joint.',
      Inheritance: 'Gout often runs in families, and several genes affect how the body handles uric acid.',
    }),
  })
  library = (await buildClinics(root))[0]!
})

const firstQuote = (message: string) => answer(library, message).quotes[0]?.text ?? ''

describe('question types and titles', () => {
  it('reads a cue word inside the title as part of the name: "what is hereditary pancreatitis" asks for the overview', () => {
    expect(firstQuote('What is hereditary pancreatitis?')).toMatch(/^Hereditary pancreatitis is a genetic condition/)
  })

  it('still hears the cue when the question asks it again after the title: "is hereditary pancreatitis inherited?"', () => {
    expect(firstQuote('Is hereditary pancreatitis inherited?')).toMatch(/^This condition is inherited/)
  })

  it('answers the type asked for, not the title word: "how is hereditary pancreatitis treated?"', () => {
    expect(firstQuote('How is hereditary pancreatitis treated?')).toMatch(/^Pain relief/)
  })

  it('hears "why" wherever it is asked, over a type word said before it', async () => {
    const { demoIndex } = await import('../helpers/demo.ts')
    const demo = await demoIndex()
    const quote = answer(demo, 'If ketamine is a depression treatment, why did anyone start testing it on anxiety?').quotes[0]?.text ?? ''
    expect(quote).toMatch(/^Because anxiety and depression often overlap/)
  })
})
