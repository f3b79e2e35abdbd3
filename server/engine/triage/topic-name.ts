/**
 * A redirect word that is the name of the topic asked about. Triage reads words, not articles:
 * "pregnancy" makes a question personal, "combined ... and" a question about mixing drugs. In a
 * health library, "What are the symptoms of intrahepatic cholestasis of pregnancy?" asks about an
 * article, not about the visitor's pregnancy, and "Is combined malonic and methylmalonic aciduria
 * inherited?" mixes nothing. So when the words that made a message a dosing, personal or booking
 * question all lie inside an article title the message spells out, and the rest of it only frames
 * a question about that title (question words, a question-type cue like "symptoms" or
 * "inherited"), it is a question about the article. Anything more keeps the redirect: "is ketamine
 * safe during pregnancy" beside an article titled "Pregnancy" still asks about a pregnancy, and
 * "I'm pregnant, what is ...?" about the visitor's own. Crisis is never second-guessed.
 *
 * ```ts
 * asksAboutTitle(library, normalize('What is (are) Intrahepatic cholestasis of pregnancy ?')) // => true
 * asksAboutTitle(library, normalize('is ketamine safe during pregnancy?')) // => false
 * ```
 */
import type { ClinicIndex } from '../search-index.ts'
import { longestTitleNamed, spelling } from '../title-fit.ts'
import { analyzeQuery } from '../query.ts'
import { findCues } from '../question-types.ts'
import { terms } from '../text.ts'
import questionTypes from '../question-types.json' with { type: 'json' }
import { PERSON, triage } from './triage.ts'

const FRAME = new Set(questionTypes.frame.words.flatMap((word) => terms(word)))

/** @param normalized the message normalized (text.ts `normalize`) */
export function asksAboutTitle(index: ClinicIndex, normalized: string): boolean {
  const title = longestTitleNamed(index, normalized)
  if (!title) return false
  const rest = ` ${spelling(normalized)} `.replace(` ${title.words} `, ' it ').trim()
  // Whatever made the message a redirect must be gone with the title, and no one be named.
  if (triage(rest) || PERSON.test(rest)) return false
  const cues = new Set(findCues(rest).flatMap((cue) => cue.stems))
  return analyzeQuery(rest, index.vocabulary).concepts.every(
    (concept) =>
      concept.optional === true ||
      concept.weight < 1 ||
      concept.alternatives.some((alternative) => alternative.terms.some((term) => cues.has(term)) || (alternative.terms.length > 0 && alternative.terms.every((term) => FRAME.has(term)))),
  )
}
