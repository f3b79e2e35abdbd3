/**
 * One error type for everything that can be wrong with a clinic's knowledge, so that the build,
 * the server's start-up and a live reload all report it the same way: file, line, field, what.
 *
 * ```ts
 * throw new KnowledgeError({ file: 'articles/a.md', line: 3, field: 'url', message: 'must be http(s)' })
 * // => "articles/a.md:3: url: must be http(s)"
 * ```
 */
export interface KnowledgeErrorDetail {
  file: string
  /** 1-based line in `file`, when one can be pointed at. */
  line?: number
  field?: string
  message: string
}

export class KnowledgeError extends Error {
  readonly file: string
  readonly line: number | undefined
  readonly field: string | undefined

  constructor(detail: KnowledgeErrorDetail) {
    const where = detail.line ? `${detail.file}:${detail.line}` : detail.file
    super(`${where}: ${detail.field ? `${detail.field}: ` : ''}${detail.message}`)
    this.name = 'KnowledgeError'
    this.file = detail.file
    this.line = detail.line
    this.field = detail.field
  }
}
