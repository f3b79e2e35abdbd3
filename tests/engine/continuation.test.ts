import { beforeAll, describe, expect, it } from 'vitest'
import { answer } from '../../server/engine/answer.ts'
import type { Turn } from '../../server/contract.ts'
import type { ClinicIndex } from '../../server/engine/search-index.ts'
import { demoIndex } from '../helpers/demo.ts'

let index: ClinicIndex
beforeAll(async () => {
  index = await demoIndex()
})

/** A conversation in which the assistant has just quoted `quoted`. */
const after = (question: string, quoted: string): Turn[] => [
  { role: 'user', text: question },
  { role: 'assistant', text: `Here is what our article says, word for word: ${quoted}` },
]

describe('going on from what was just quoted', () => {
  it('answers "what else?" with the next item of the list it quoted', () => {
    const response = answer(index, 'what else?', after('what are the benefits?', 'IV ketamine may:\nProvide rapid relief of anxiety symptoms'))
    expect(response.type).toBe('answer')
    expect(response.quotes[0]!.text).toMatch(/^Improve mood and functioning/)
  })

  it('answers "how so?" with the sentence that explains, and "why?" with the one a "This ..." sentence leans on', () => {
    const how = answer(index, 'how so?', after('how does it work?', 'Unlike traditional anxiety medications that primarily act on serotonin or GABA, ketamine works on the brain’s glutamate system.'))
    expect(how.quotes[0]!.text).toMatch(/^By blocking NMDA receptors/)
    const why = answer(index, 'ok but why?', after('what does it do for anxiety?', 'The effect may translate into reduced worry, less hypervigilance, and improved emotional regulation.'))
    expect(why.quotes[0]!.text).toMatch(/“reset”/)
  })

  it('points "like what?" at the examples a quote went on to give, not past them', () => {
    const quoted = 'Like any medical treatment, IV ketamine carries risks. Possible side effects include dissociation, dizziness, increased blood pressure, and nausea.'
    const response = answer(index, 'like what?', after('are there any risks?', quoted))
    expect(response.quotes[0]!.text).toMatch(/^Possible side effects include/)
  })

  it('hears "where does that info come from?" and "source for that?" as asking for the source', () => {
    for (const message of ['where does that info come from?', 'source for that?']) {
      const response = answer(index, message, [{ role: 'user', text: 'what are the side effects and do they last?' }])
      expect(response.quotes[0]!.sources.map((source) => source.label)).toEqual(['FDA Label'])
    }
  })

  it('answers "like what?" after a quote that lists examples with those examples, not the next paragraph', () => {
    const response = answer(index, 'like what?', [{ role: 'user', text: 'are there side effects?' }])
    expect(response.quotes[0]!.text).toMatch(/^Possible side effects include/)
  })

  it('asks the whole article "why?" when the quote ends its section, rather than read on into the next', () => {
    const why = answer(index, 'why?', after("what's IV ketamine being studied for?", 'Researchers are now studying IV ketamine as a potential option for anxiety that has not improved with standard treatments.'))
    expect(why.quotes[0]!.text).toMatch(/^Because anxiety and depression often overlap/)
  })

  it('answers "who published that?" after a question whose answer the history leaves out, with that answer and its study', () => {
    const response = answer(index, 'who published that?', [{ role: 'user', text: 'is there research on GAD' }])
    expect(response.text).toMatch(/comes from our article/)
    expect(response.quotes[0]!.sources.map((source) => source.label)).toContain('Shadli et al., 2018')
  })

  it('goes on from the answer to the last question when the history holds only the questions', () => {
    const more = answer(index, 'and what does that lead to?', [{ role: 'user', text: 'what does ketamine do to glutamate?' }])
    expect(more.quotes[0]!.text).toMatch(/“reset” overactive brain circuits/)
  })

  it('answers "in what way?" after the last sentence of a section with the one before it', () => {
    const how = answer(index, 'in what way?', [{ role: 'user', text: 'does ketamine change brain circuits?' }])
    expect(how.quotes[0]!.text).toMatch(/neuroplasticity/)
  })

  it('reads "like what exactly?" as "like what?", and "what about the other kind?" as something not just quoted', () => {
    const like = answer(index, 'like what exactly?', after('what are the risks?', 'Like any medical treatment, IV ketamine carries risks.'))
    expect(like.quotes[0]!.text).toMatch(/^Possible side effects include/)
    const sad = 'Social Anxiety Disorder (SAD): A small randomized trial found that a single IV ketamine infusion reduced symptoms of social anxiety within hours, with effects lasting up to a week in some participants (Glue et al., 2017).'
    const other = answer(index, 'what about the other kind', after('does it work for social anxiety or generalized anxiety?', sad))
    expect(other.quotes[0]!.text).not.toBe(sad)
    expect(other.quotes[0]!.text).toMatch(/generalized anxiety/i)
  })

  it('answers "where\'s that from?" with the quote again, which carries its study', () => {
    const quoted = 'Social Anxiety Disorder (SAD): A small randomized trial found that a single IV ketamine infusion reduced symptoms of social anxiety within hours, with effects lasting up to a week in some participants (Glue et al., 2017).'
    const response = answer(index, "where's that from?", after('does it help social anxiety?', quoted))
    expect(response.text).toMatch(/comes from our article/)
    expect(response.quotes[0]!.sources.map((source) => source.label)).toContain('Glue et al., 2017')
  })

  it('answers "which ones?" and "what does that mean?" from what follows, "who was that study by?" with the quote and its study', () => {
    const which = answer(index, 'which ones?', after('can ketamine treat anxiety disorders?', 'While most studies focus on depression, a growing number of trials suggest ketamine may help with specific anxiety disorders:'))
    expect(which.quotes[0]!.text).toMatch(/Social Anxiety Disorder|Generalized Anxiety Disorder|IV ketamine may/)
    const mean = answer(index, 'what does that mean?', after('what does it do in the brain?', 'Unlike traditional anxiety medications that primarily act on serotonin or GABA, ketamine works on the brain’s glutamate system.'))
    expect(mean.quotes[0]!.text).toMatch(/^By blocking NMDA receptors/)
    const quoted = 'Social Anxiety Disorder (SAD): A small randomized trial found that a single IV ketamine infusion reduced symptoms of social anxiety within hours, with effects lasting up to a week in some participants (Glue et al., 2017).'
    const by = answer(index, 'who was that study by?', after('tell me about the social anxiety research', quoted))
    expect(by.quotes[0]!.sources.map((source) => source.label)).toContain('Glue et al., 2017')
  })

  it('sends a question about the consultation, right after asking for one, to the consultation', () => {
    const offered: Turn[] = [{ role: 'user', text: 'do you offer consultations?' }, { role: 'assistant', text: 'You can book a consultation with our medical team here.' }]
    for (const message of ['is it free?', 'is that in person or online?', 'what do we talk about in it?']) {
      expect(answer(index, message, offered), message).toMatchObject({ type: 'redirect', reason: 'booking' })
    }
    expect(answer(index, 'is it free?').type).not.toBe('redirect')
  })

  it('leaves a message that asks something of its own, or has nothing to go on from, to the usual search', () => {
    expect(answer(index, 'tell me more').type).not.toBe('answer')
    const own = answer(index, 'what else? are there side effects?', after('what are the benefits?', 'IV ketamine may:\nProvide rapid relief of anxiety symptoms'))
    expect(own.quotes[0]!.text).toMatch(/side effects/)
  })
})
