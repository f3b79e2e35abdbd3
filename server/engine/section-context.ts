/**
 * What a section brings to the passages in it, worked out once per question: its heading and
 * title terms, how well its heading answers the question type asked of its article (a cue inside
 * the article's title is part of the name, see question-types.ts `cuesFor`), and which of the
 * question's concepts only say that type ("symptoms", "who is at risk"), which the heading then
 * says for every passage under it.
 *
 * ```ts
 * const contextOf = sectionContexts(index, query.normalized, concepts, findCues(query.normalized))
 * contextOf(12).typeMatch // => 1 for "Symptoms" when the question asks for symptoms
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import type { Concept } from './query.ts'
import { cuesFor, headingMatch, type Cue } from './question-types.ts'
import { terms } from './text.ts'
import { normalizedTitle } from './title-fit.ts'
import { MATCH } from './concept-match.ts'

export interface SectionContext {
  heading: ReadonlySet<string>
  title: ReadonlySet<string>
  article: number
  /** How well the heading answers the question type asked of the article: 0, or up to 1. */
  typeMatch: number
  /**
   * Concepts that only say the question type ("symptoms", "benefits"), with the credit the heading
   * gives each in every passage of the section: more when the heading names it ("Potential
   * Benefits"), less when it answers the type in other words ("Safety" for "side effects").
   */
  cueCredits: ReadonlyMap<number, number>
}

/** @param question the question, normalized (text.ts `normalize`) */
export function sectionContexts(index: ClinicIndex, question: string, concepts: Concept[], cues: Cue[]): (section: number) => SectionContext {
  const conceptStems = concepts.map((concept) => terms(concept.text))
  const contexts = new Map<number, SectionContext>()
  return (section) => {
    let context = contexts.get(section)
    if (context) return context
    const { article } = index.knowledge.sections[section]!
    const heading = index.headingTerms(section)
    const title = index.titleTerms(article)
    const spelled = normalizedTitle(index, article)
    const asked = cuesFor(cues, { terms: title, at: question.indexOf(spelled), length: spelled.length })
    const typeMatch = asked.length > 0 ? headingMatch(asked.map((cue) => cue.type), heading) : 0
    // A cue concept is one the question type is made of ("symptoms"), not a word the cue's
    // pattern happened to span ("cbt" in "how does cbt work"): it says what the heading says.
    const cueStems = new Set(asked.flatMap((cue) => cue.stems))
    const headingStems = new Set(asked.flatMap((cue) => cue.type.headings.flat()))
    const cueCredits = new Map<number, number>()
    if (typeMatch > 0) {
      concepts.forEach((concept, i) => {
        const stems = conceptStems[i]!
        const saysHeading = concept.alternatives.some((a) => a.terms.some((term) => headingStems.has(term)))
        if (stems.length === 0 || !stems.every((stem) => cueStems.has(stem)) || !saysHeading) return
        const named = concept.alternatives.some((a) => a.strength === 1 && a.terms.every((term) => heading.has(term)))
        cueCredits.set(i, named ? MATCH.cueCredit : MATCH.headingCredit)
      })
    }
    context = { heading, title, article, typeMatch, cueCredits }
    contexts.set(section, context)
    return context
  }
}
