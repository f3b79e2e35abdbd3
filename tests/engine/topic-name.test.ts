import { beforeAll, describe, expect, it } from 'vitest'
import { answer } from '../../server/engine/answer.ts'
import { buildClinics } from '../../server/knowledge/build-clinics.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { CLINIC_JSON, libraryArticle, tempKnowledge } from '../helpers/temp-knowledge.ts'

const article = (slug: string, title: string, sections: Record<string, string>) => libraryArticle('library', slug, title, sections)

// A small health library whose titles hold words triage reads as personal ("pregnancy",
// "alcohol", "combined ... and"), beside articles that share none of them.
let library: ClinicIndex
beforeAll(async () => {
  const root = tempKnowledge({
    'library/clinic.json': CLINIC_JSON,
    ...article('icp', 'Intrahepatic cholestasis of pregnancy', {
      Overview: 'Intrahepatic cholestasis of pregnancy is a liver disorder that occurs in pregnant women.',
      Symptoms: 'Severe itching of the palms and soles is the most common symptom of this disorder.',
      Inheritance: 'Some women with this disorder have an altered gene that can be passed down in families.',
    }),
    ...article('cmamma', 'Combined malonic and methylmalonic aciduria', {
      Overview: 'Combined malonic and methylmalonic aciduria is a condition in which certain acids build up in the body.',
      Inheritance: 'This condition is inherited in an autosomal recessive pattern.',
    }),
    ...article('alcohol', 'Alcohol', {
      Overview: 'Alcohol is a substance in beer, wine and spirits that slows down the brain.',
    }),
    ...article('pregnancy', 'Pregnancy', {
      Overview: 'Pregnancy lasts about forty weeks, counted from the first day of the last period.',
    }),
    ...article('rights', 'Patient Rights', {
      Overview: 'As a patient, you have certain rights, such as the right to a copy of your medical records.',
    }),
    ...article('gout', 'Gout', {
      Overview: 'Gout is a form of arthritis that causes sudden attacks of pain in a joint.',
    }),
  })
  library = (await buildClinics(root))[0]!
})

const ask = (message: string) => answer(library, message)

describe('a redirect word that is part of an article title', () => {
  it.each([
    ['What are the symptoms of intrahepatic cholestasis of pregnancy?', /^Severe itching/],
    ['Is intrahepatic cholestasis of pregnancy inherited?', /^Some women with this disorder/],
    ['Is combined malonic and methylmalonic aciduria inherited ?', /^This condition is inherited/],
    ['What is (are) Alcohol ?', /^Alcohol is a substance/],
    ['Do you have information about pregnancy', /^Pregnancy lasts/],
  ])('%s is a question about the article', (message, quote) => {
    const response = ask(message)
    expect(response.type).toBe('answer')
    expect(response.quotes[0]!.text).toMatch(quote)
  })

  it.each([
    // The title is named, but the message asks about more than it or about someone.
    'is ketamine safe during pregnancy?',
    'is gout medicine safe during pregnancy?',
    'can I drink alcohol after my infusion?',
    "I'm pregnant, what are the symptoms of intrahepatic cholestasis of pregnancy?",
    'my wife has intrahepatic cholestasis of pregnancy, is it inherited?',
    'what happens if you combine alcohol and gout medicine?',
  ])('%s stays a personal question', (message) => {
    const response = ask(message)
    expect(response).toMatchObject({ type: 'redirect', reason: 'personal' })
  })

  it('never second-guesses a crisis: an article named for it does not make it a topic', async () => {
    const root = tempKnowledge({ 'library/clinic.json': CLINIC_JSON, ...article('suicide', 'Suicide', { Overview: 'Suicide is the act of taking your own life.' }) })
    const [suicide] = await buildClinics(root)
    expect(answer(suicide!, 'What is (are) Suicide ?').type).toBe('crisis')
  })
})

describe('a title named word for word', () => {
  it('reads weak words that spell out a title as the topic: "what are patient rights?"', () => {
    expect(ask('What are patient rights?').quotes[0]?.text).toMatch(/^As a patient, you have certain rights/)
    // The same weak words not as a title ask nothing in particular.
    expect(ask('are patients right?').type).toBe('no_answer')
  })
})
