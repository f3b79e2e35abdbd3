/**
 * Keeps a clinic to its own subject. Two kinds of question are not the clinic's to answer, unless
 * they name its subject ("does ketamine raise blood pressure?") or refer to it ("does it ..."):
 *
 * - a question about a health topic that the articles only mention in passing ("What is high blood
 *   pressure?" to a ketamine clinic whose article lists increased blood pressure as a side effect).
 *   Health topics come from a list of condition and treatment names (health-topics.json); a topic
 *   is the clinic's own when its words run through several passages, or its titles and headings;
 * - a question about a condition in general (its symptoms, causes, treatment: question-types.json
 *   `aboutCondition`) when no section of the clinic's answers that kind of question ("What causes
 *   dizziness?" to a clinic without a Causes section).
 *
 * A comparison of two things neither of which is the clinic's subject ("the difference between
 * Lexapro and Zoloft") is not answered either.
 *
 * A question about the clinic itself (its hours, address, prices, staff), or for a figure such as
 * how many took part in a study (`headedOnly`), is not answered without a section headed so, even
 * when it names the subject ("what does an infusion cost?").
 *
 * ```ts
 * outOfScope(index, normalize('What is high blood pressure?')) // => ['high blood pressur']
 * outOfScope(index, normalize('What causes dizziness?'))      // => ['causes']
 * outOfScope(index, normalize('Does it cause nausea?'))       // => []
 * ```
 */
import type { ClinicIndex } from './search-index.ts'
import type { Concept } from './query.ts'
import { normalizedTerms } from './text.ts'
import { DISCUSSED_IN, subjectTerms } from './subject.ts'
import { asksAboutCondition, cuesFor, findCues, headingMatch, QUESTION_TYPES, type QuestionType } from './question-types.ts'
import data from './health-topics.json' with { type: 'json' }

const TOPICS = new Map<string, string[][]>()
for (const topic of data.topics) {
  const stems = topic.split(' ')
  const list = TOPICS.get(stems[0]!) ?? []
  list.push(stems)
  TOPICS.set(stems[0]!, list)
}

/** Question types answered only from a section headed for them (prices, study sizes, a visit). */
const HEADED_ONLY = QUESTION_TYPES.filter((type) => type.headedOnly)

/** "The difference between X and Y", "compare X to Y". */
const COMPARES_TWO = /\b(difference|differences|differ|compare|compared|comparison) (between|of) \w+( \w+){0,3} (and|to|with|vs|versus) \w+/

/** Words that make a question about "it": the clinic's own subject, in a chat on its site. */
const REFERS_TO_SUBJECT = /\b(it|its|this|that|they|them|these|this treatment|this therapy)\b/

/**
 * Why the question is not the clinic's to answer (topics, or question types), or nothing.
 * @param question the visitor's question, normalized (text.ts `normalize`)
 * @param concepts its concepts (query.ts), when known: a question that names the subject in other
 *   words ("does the infusion cause...", at a clinic whose titles say "IV") names it all the same
 * @param carried the concepts a follow-up carries from earlier turns (follow-up.ts): "and
 *   increased blood pressure?" after a question about ketamine's side effects is about ketamine
 */
export function outOfScope(index: ClinicIndex, question: string, concepts: Concept[] = [], carried: Concept[] = []): string[] {
  // Only a few types are headed-only: their patterns are tried directly, on every question.
  const headedOnly = HEADED_ONLY.filter((type) => type.patterns.some((pattern) => pattern.test(question)) && !answersType(index, type))
  if (headedOnly.length > 0) return headedOnly.map((type) => type.type)
  const stems = normalizedTerms(question)
  const subject = subjectTerms(index)
  const anchored =
    REFERS_TO_SUBJECT.test(question) ||
    stems.some((stem) => subject.has(stem)) ||
    concepts.some((concept) => concept.weight >= 1 && namesSubject(concept, subject)) ||
    carried.some((concept) => namesSubject(concept, subject))
  if (anchored) return []
  // "What's the difference between Lexapro and Zoloft?": two things compared, neither of them the
  // clinic's subject; its articles may name both, but never weigh one against the other.
  if (COMPARES_TWO.test(question)) return ['comparison']
  const general = cuesFor(findCues(question), undefined).filter((cue) => asksAboutCondition(cue, question) && !answersType(index, cue.type))
  // A topic the vocabulary says in the articles' own words ("social phobia": social anxiety
  // disorder) is the clinic's, whatever the health topic list says of its words alone.
  const ownWords = new Set(concepts.filter((concept) => saidInArticles(index, concept)).flatMap((concept) => normalizedTerms(concept.text)))
  // A topic named only as a yardstick ("does it work right away or take weeks like antidepressants?")
  // is not what the question asks about: query.ts weighs such words down.
  const inPassing = new Set(concepts.filter((concept) => concept.weight < 1).flatMap((concept) => normalizedTerms(concept.text)))
  const asked = new Set(concepts.filter((concept) => concept.weight >= 1).flatMap((concept) => normalizedTerms(concept.text)))
  const aside = (topic: string) => concepts.length > 1 && topic.split(' ').every((stem) => inPassing.has(stem) && !asked.has(stem))
  return [...foreignTopics(index, stems).filter((topic) => !topic.split(' ').every((stem) => ownWords.has(stem)) && !aside(topic)), ...general.map((cue) => cue.type.type)]
}

/**
 * A concept of the vocabulary ("social phobia") with another way of saying it that the articles
 * come back to (in more than one passage: "increased blood pressure", said once in a list of side
 * effects, is no topic of theirs).
 */
function saidInArticles(index: ClinicIndex, concept: Concept): boolean {
  return concept.alternatives.some((a) => a.strength < 1 && a.terms.length > 0 && a.terms.every((term) => (index.df.get(term) ?? 0) >= 2))
}

/** Does one of the concept's ways of saying it name the clinic's subject ("drip" for "IV")? */
function namesSubject(concept: Concept, subject: Set<string>): boolean {
  return concept.alternatives.some((a) => a.terms.length > 0 && a.terms.every((term) => subject.has(term)))
}

function foreignTopics(index: ClinicIndex, stems: string[]): string[] {
  const found: string[][] = []
  for (let i = 0; i < stems.length; i++) {
    const candidates = TOPICS.get(stems[i]!) ?? []
    const match = candidates
      .filter((topic) => topic.every((stem, k) => stems[i + k] === stem))
      .sort((a, b) => b.length - a.length)[0]
    if (match) {
      found.push(match)
      i += match.length - 1
    }
  }
  return found.filter((topic) => !topic.every((stem) => discussed(index, stem))).map((topic) => topic.join(' '))
}

const typeAnswers = new WeakMap<ClinicIndex, Map<string, boolean>>()

/** Does the clinic have a section headed for this question type ("Research on ..." for research)? */
export function answersType(index: ClinicIndex, type: QuestionType): boolean {
  let known = typeAnswers.get(index)
  if (!known) {
    known = new Map()
    typeAnswers.set(index, known)
  }
  let answers = known.get(type.type)
  if (answers === undefined) {
    answers = index.knowledge.sections.some((_, s) => headingMatch([type], index.headingTerms(s)) > 0)
    known.set(type.type, answers)
  }
  return answers
}

/** Discussed: in several passages, or named in a title or heading (an article or section about it). */
function discussed(index: ClinicIndex, stem: string): boolean {
  return (index.df.get(stem) ?? 0) >= DISCUSSED_IN || headingVocabulary(index).has(stem)
}

const headings = new WeakMap<ClinicIndex, Set<string>>()

/** Every word of every title and heading. */
function headingVocabulary(index: ClinicIndex): Set<string> {
  let set = headings.get(index)
  if (!set) {
    set = new Set([
      ...index.knowledge.sections.flatMap((_, i) => [...index.headingTerms(i)]),
      ...index.knowledge.articles.flatMap((_, i) => [...index.titleTerms(i)]),
    ])
    headings.set(index, set)
  }
  return set
}
