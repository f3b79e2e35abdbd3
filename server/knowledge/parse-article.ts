/**
 * Reads one Markdown article into passages: sentences of paragraphs and list items, each with its
 * section, its block and the citations it gives. Markdown is parsed by markdown-it (front matter
 * by its plugin, YAML by `yaml`), never by regular expressions.
 *
 * ```ts
 * const article = parseArticle('articles/ketamine.md', markdown, { callToAction: ['Book a consultation'] })
 * article.passages[0] // => { section: 0, block: 0, text: 'Anxiety disorders are ...', sources: [] }
 * ```
 */
import MarkdownIt from 'markdown-it'
import frontMatterPlugin from 'markdown-it-front-matter'
import type { Token } from 'markdown-it'
import { KnowledgeError } from './errors.ts'
import { parseFrontMatter } from './front-matter.ts'
import { splitSentences } from './sentences.ts'
import { findCitations } from './citations.ts'
import type { Article, Passage } from './types.ts'
import writing from './writing.json' with { type: 'json' }

export interface ParsedSection {
  heading: string
  passages: Omit<Passage, 'section'>[]
}

export interface ParsedArticle {
  article: Article
  sections: ParsedSection[]
  /** Blocks left out because they invite the reader to book rather than inform. */
  callsToAction: string[]
}

export interface ParseOptions {
  /** Phrases that mark a block as the clinic's call to action, e.g. its consultation label. */
  callToAction?: string[]
}

export const INTRODUCTION = 'Introduction'

const ctaPatterns = writing.callToAction.map((source) => new RegExp(source, 'i'))

export function parseArticle(file: string, markdown: string, options: ParseOptions = {}): ParsedArticle {
  let frontMatter: { text: string; line: number } | undefined
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(frontMatterPlugin, () => {})
  const tokens = md.parse(markdown, {})

  const first = tokens[0]
  if (first?.type === 'front_matter') frontMatter = { text: String(first.meta), line: (first.map?.[0] ?? 0) + 2 }
  if (!frontMatter) {
    throw new KnowledgeError({ file, line: 1, field: 'front matter', message: 'missing: the file must start with a --- block giving title and url' })
  }
  const meta = parseFrontMatter(frontMatter.text, file, frontMatter.line)
  const slug = file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '')
  const article: Article = {
    slug,
    title: meta.title,
    url: meta.url,
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.reviewedBy ? { reviewedBy: meta.reviewedBy } : {}),
    sources: meta.sources,
  }

  const ctaPhrases = (options.callToAction ?? []).map((phrase) => phrase.toLowerCase())
  const isCallToAction = (text: string) =>
    ctaPatterns.some((pattern) => pattern.test(text)) || ctaPhrases.some((phrase) => text.toLowerCase().includes(phrase))

  const sections: ParsedSection[] = []
  const callsToAction: string[] = []
  let current: ParsedSection | undefined
  let block = -1
  let listDepth = 0
  let inHeading: string | undefined

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    switch (token.type) {
      case 'heading_open':
        inHeading = token.tag
        break
      case 'heading_close':
        inHeading = undefined
        break
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++
        break
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--
        break
      case 'list_item_open':
      case 'paragraph_open':
        if (token.type === 'list_item_open' || listDepth === 0) block++
        break
      case 'inline': {
        const text = inlineText(token)
        if (inHeading) {
          // `#` repeats the title; `##` opens a section; deeper headings stay inside their section.
          if (inHeading === 'h2') {
            current = { heading: text, passages: [] }
            sections.push(current)
          }
          break
        }
        if (!text) break
        if (isCallToAction(text)) {
          callsToAction.push(text)
          break
        }
        if (!current) {
          current = { heading: INTRODUCTION, passages: [] }
          sections.push(current)
        }
        for (const sentence of splitSentences(text)) {
          current.passages.push({
            block,
            text: sentence,
            sources: findCitations(sentence, meta.sources),
            ...(listDepth > 0 ? { item: true as const } : {}),
          })
        }
        break
      }
    }
  }

  const nonEmpty = sections.filter((section) => section.passages.length > 0)
  if (nonEmpty.length === 0) {
    throw new KnowledgeError({ file, line: frontMatter.line, field: 'body', message: 'the article has no text to quote' })
  }
  return { article, sections: nonEmpty, callsToAction }
}

/** The text a reader sees: inline markup dropped, line breaks as spaces, whitespace collapsed. */
function inlineText(token: Token): string {
  let text = ''
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' '
  }
  return text.replace(/\s+/g, ' ').trim()
}
