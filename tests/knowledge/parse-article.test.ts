import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseArticle } from '../../server/knowledge/parse-article.ts'
import { KnowledgeError } from '../../server/knowledge/errors.ts'
import { SEED, norm } from '../helpers/demo.ts'

const DEMO_FILE = 'knowledge/demo/articles/how-iv-ketamine-affects-anxiety.md'
const demoMarkdown = readFileSync(DEMO_FILE, 'utf8')
const CTA = { callToAction: ['Schedule a free virtual consultation'] }

function article(front: string, body = 'Some text to quote.') {
  return `---\n${front}\n---\n\n${body}\n`
}

function parseError(markdown: string): KnowledgeError {
  try {
    parseArticle('articles/x.md', markdown)
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError)
    return error as KnowledgeError
  }
  throw new Error('expected a KnowledgeError')
}

describe('the demo article', () => {
  const parsed = parseArticle(DEMO_FILE, demoMarkdown, CTA)
  const passages = parsed.sections.flatMap((s) => s.passages)

  it('keeps every sentence of the seed, word for word, as a passage or the call to action', () => {
    const seedLines = readFileSync(SEED, 'utf8').trim().split('\n').slice(1)
    const headings = parsed.sections.map((s) => s.heading)
    const quotable = norm([...passages.map((p) => p.text), ...parsed.callsToAction].join(' '))
    for (const line of seedLines) {
      const text = line.replace(/^- /, '')
      if (headings.includes(text)) continue
      expect(quotable).toContain(norm(text))
    }
  })

  it('reads the title, url and sections from Markdown headings', () => {
    expect(parsed.article.title).toBe('How IV Ketamine Affects Anxiety')
    expect(parsed.article.url).toMatch(/^https:\/\/demo-clinic\.example\//)
    expect(parsed.sections.map((s) => s.heading)).toEqual([
      'Introduction',
      'Why Researchers Are Interested in Ketamine',
      'How IV Ketamine May Work in the Brain',
      'Research on Ketamine and Anxiety',
      'Potential Benefits',
      'Safety and Considerations',
      'The Bottom Line',
    ])
  })

  it('splits paragraphs into sentences and keeps list items as items', () => {
    const safety = parsed.sections.find((s) => s.heading === 'Safety and Considerations')!
    expect(safety.passages.map((p) => p.text)).toContain('Like any medical treatment, IV ketamine carries risks.')
    const benefits = parsed.sections.find((s) => s.heading === 'Potential Benefits')!
    expect(benefits.passages.filter((p) => p.item).map((p) => p.text)).toEqual([
      'Provide rapid relief of anxiety symptoms',
      'Improve mood and functioning in people with overlapping depression and anxiety',
      'Help patients who have not responded to standard treatments',
    ])
  })

  it('turns inline citations into sources, and not abbreviations like (SAD)', () => {
    const sad = passages.find((p) => p.text.startsWith('Social Anxiety Disorder (SAD)'))!
    expect(sad.sources).toEqual(['Glue et al., 2017'])
    const fda = passages.find((p) => p.text.includes('usually short-lived'))!
    expect(fda.sources).toEqual(['FDA Label'])
    expect(parsed.article.sources['FDA Label']).toMatch(/^https:\/\//)
    expect(parsed.article.sources['Harvard Health']).toBeNull()
  })

  it('leaves the closing call to action out of the quotable passages', () => {
    expect(parsed.callsToAction).toHaveLength(1)
    expect(parsed.callsToAction[0]).toContain('Schedule a free virtual consultation')
    expect(passages.some((p) => /we’re here to help|Schedule a free/.test(p.text))).toBe(false)
  })
})

describe('sentences and citations in other articles', () => {
  it('does not break after abbreviations, and splits lists flattened into one line', () => {
    const parsed = parseArticle('a.md', article('title: T\nurl: https://x.example/a', 'Ask Dr. Smith about it. It helps. - Next point here. - And another.'))
    expect(parsed.sections[0]!.passages.map((p) => p.text)).toEqual(['Ask Dr. Smith about it.', 'It helps.', 'Next point here.', 'And another.'])
  })

  it('reads author-year citations even without front matter sources', () => {
    const parsed = parseArticle('a.md', article('title: T\nurl: https://x.example/a', 'It worked well (Smith et al., 2020; Jones, 2019).'))
    expect(parsed.sections[0]!.passages[0]!.sources).toEqual(['Smith et al., 2020', 'Jones, 2019'])
  })

  it('drops inline Markdown but keeps the words', () => {
    const parsed = parseArticle('a.md', article('title: T\nurl: https://x.example/a', 'It is **very** [well known](https://x.example) and `safe`.'))
    expect(parsed.sections[0]!.passages[0]!.text).toBe('It is very well known and safe.')
  })
})

describe('broken articles name the file, line and field', () => {
  it('missing front matter', () => {
    const error = parseError('# Just a heading\n\nText.')
    expect(error.message).toMatch(/^articles\/x\.md:1: front matter:/)
  })

  it('invalid YAML', () => {
    const error = parseError('---\ntitle: A\nurl: [unclosed\n---\n\nText.')
    expect(error.file).toBe('articles/x.md')
    expect(error.field).toBe('front matter')
    expect(error.message).toMatch(/invalid YAML/)
    expect(error.line).toBeGreaterThanOrEqual(2)
  })

  it('missing title', () => {
    const error = parseError(article('url: https://x.example/a'))
    expect(error.field).toBe('title')
    expect(error.message).toBe('articles/x.md:2: title: is required')
  })

  it('a javascript: url, on its line', () => {
    const error = parseError(article('title: A\nurl: javascript:alert(1)'))
    expect(error.field).toBe('url')
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/http\(s\)/)
  })

  it('a source with a non-http url', () => {
    const error = parseError(article('title: A\nurl: https://x.example/a\nsources:\n  Smith, 2020: ftp://x.example/paper'))
    expect(error.field).toBe('sources.Smith, 2020')
    expect(error.line).toBe(5)
  })

  it('an empty article', () => {
    const error = parseError(article('title: A\nurl: https://x.example/a', '## Only a heading'))
    expect(error.field).toBe('body')
    expect(error.message).toMatch(/no text to quote/)
  })
})
