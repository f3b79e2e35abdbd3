/**
 * Puts a clinic together from its parsed parts: articles in order, sections and passages numbered
 * across the whole clinic. Pure, so that tests and the build can feed it files from anywhere.
 *
 * ```ts
 * const clinic = assembleClinic({ id: 'demo', config, articles: [{ file, markdown }] })
 * clinic.knowledge.passages.length // => 33
 * ```
 */
import { KnowledgeError } from './errors.ts'
import type { ClinicConfig } from './clinic-config.ts'
import { parseArticle } from './parse-article.ts'
import type { ClinicKnowledge } from './types.ts'
import { vocabularyDataSchema, type VocabularyData } from '../engine/vocabulary.ts'
import { lineOf } from './locate.ts'
import { issueMessage } from '../describe-issue.ts'

export interface ClinicSource {
  knowledge: ClinicKnowledge
  /** The clinic's additions to the shared vocabulary (empty when it has none). */
  vocabulary: VocabularyData[]
}

export interface ClinicFiles {
  id: string
  config: ClinicConfig
  articles: { file: string; markdown: string }[]
  vocabulary?: { file: string; text: string } | undefined
}

export function assembleClinic(files: ClinicFiles): ClinicSource {
  const knowledge: ClinicKnowledge = { id: files.id, config: files.config, articles: [], sections: [], passages: [] }
  for (const { file, markdown } of files.articles) {
    const parsed = parseArticle(file, markdown, { callToAction: [files.config.consultation.label] })
    const article = knowledge.articles.push(parsed.article) - 1
    for (const section of parsed.sections) {
      const id = knowledge.sections.length
      const first = knowledge.passages.length
      for (const passage of section.passages) knowledge.passages.push({ ...passage, section: id })
      knowledge.sections.push({ article, heading: section.heading, first, end: knowledge.passages.length })
    }
  }
  return { knowledge, vocabulary: files.vocabulary ? [parseVocabulary(files.vocabulary.file, files.vocabulary.text)] : [] }
}

function parseVocabulary(file: string, text: string): VocabularyData {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new KnowledgeError({ file, message: `invalid JSON: ${(error as Error).message}` })
  }
  const parsed = vocabularyDataSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new KnowledgeError({ file, line: lineOf(text, issue.path), field: issue.path.join('.'), message: issueMessage(issue, raw) })
  }
  return parsed.data
}
