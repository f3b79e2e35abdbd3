/** Writes a throwaway knowledge folder for tests: `{ 'acme/clinic.json': '...', 'acme/articles/a.md': '...' }`. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const CLINIC_JSON = JSON.stringify({
  name: 'Acme Clinic',
  consultation: { url: 'https://acme.example/book', label: 'Book a visit' },
  allowedOrigins: ['https://acme.example'],
})

export const ARTICLE = `---
title: Gout basics
url: https://acme.example/gout
---

## Symptoms

Gout causes sudden, severe pain and swelling in a joint, often the big toe.

## Treatment

Anti-inflammatory medicines ease the pain of an attack.
`

export function tempKnowledge(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'verbatim-knowledge-'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return root
}

/** One article of a test library, as files for `tempKnowledge`: `{ heading: text }` for its sections. */
export function libraryArticle(clinic: string, slug: string, title: string, sections: Record<string, string>): Record<string, string> {
  const body = Object.entries(sections)
    .map(([heading, text]) => `## ${heading}\n\n${text}\n`)
    .join('\n')
  return { [`${clinic}/articles/${slug}.md`]: `---\ntitle: "${title}"\nurl: https://${clinic}.example/${slug}\n---\n\n${body}` }
}
