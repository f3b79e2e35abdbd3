/**
 * The shape of a clinic's knowledge once its Markdown has been parsed: plain data, no I/O, so that
 * the engine, the build step and the Worker can all share it (and it serializes to JSON as is).
 *
 * Passages are the unit of quoting: one sentence or one list item, in article order, so that
 * "adjacent" means "next index in the same block" and a quote of several passages is still a
 * contiguous piece of the article.
 */
import type { ClinicConfig } from './clinic-config.ts'

export interface Article {
  /** File name without `.md`: stable, used in logs and error messages. */
  slug: string
  title: string
  /** Public http(s) address of the article on the clinic's site. */
  url: string
  published?: string
  reviewedBy?: string
  /** Citation label as written in the text (e.g. "Glue et al., 2017") to its URL, or null. */
  sources: Record<string, string | null>
}

export interface Section {
  article: number
  /** The `##` heading, or "Introduction" for text before the first one. */
  heading: string
  /** Passages `[first, end)` belong to this section. */
  first: number
  end: number
}

export interface Passage {
  section: number
  /** Paragraph or list the passage came from; passages of one block read on from each other. */
  block: number
  /** Verbatim text as the article renders it (inline Markdown removed, whitespace collapsed). */
  text: string
  /** Citation labels the passage itself gives, e.g. ["Glue et al., 2017"]. */
  sources: string[]
  /** A list item rather than a sentence of a paragraph. */
  item?: true
}

export interface ClinicKnowledge {
  id: string
  config: ClinicConfig
  articles: Article[]
  sections: Section[]
  passages: Passage[]
}
