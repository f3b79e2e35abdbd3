/**
 * A second look for suicide risk, for what no list of phrases anticipates: "I keep picturing my
 * own funeral and it feels peaceful", "there's a rope in my closet". Rather than whole phrases it
 * looks for kinds of signal (distress.json): talk of death, of a means, of despair or a plan, of
 * a time; and whether the message speaks of the visitor or someone close. One strong signal, or two
 * kinds together (one of them death or a means) in a message about someone, make a crisis. triage.ts asks it only when the
 * phrase rules have found no crisis, and before anything else.
 *
 * ```ts
 * distressed(triageText(normalize('theres a rope in my closet'))) // => true
 * distressed(triageText(normalize('does ketamine cause death?'))) // => false
 * ```
 */
import data from './distress.json' with { type: 'json' }

const compile = (sources: string[]) => new RegExp(sources.map((source) => `(?:${source})`).join('|'))

const PERSON = compile(data.person)
const STRONG = compile(data.strong)
const DEATH = compile(data.signals.death)
const MEANS = compile(data.signals.means)
const DESPAIR = compile(data.signals.despair)
const WHEN = compile(data.signals.when)
const PAST = compile(data.past)

/** @param text the message as triage sees it (triage.ts `triageText`) */
export function distressed(text: string): boolean {
  if (STRONG.test(text)) return true
  if (!PERSON.test(text)) return false
  const when = WHEN.test(text)
  // "my mother died of an overdose ten years ago": a loss told as history is not a risk now.
  if (!when && PAST.test(text)) return false
  const death = DEATH.test(text)
  const means = MEANS.test(text)
  const despair = DESPAIR.test(text)
  return (death && (means || despair || when)) || (means && despair)
}
