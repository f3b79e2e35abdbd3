/**
 * An article's front matter: the YAML block at the top of its Markdown file. Validated with zod;
 * errors point at the line of the offending field.
 *
 * ```yaml
 * title: How IV Ketamine Affects Anxiety
 * url: https://clinic.example/articles/ketamine-anxiety
 * reviewedBy: Dr. A. Example, MD
 * sources:
 *   Glue et al., 2017: https://pubmed.ncbi.nlm.nih.gov/?term=...
 *   Harvard Health:            # a label without a link
 * ```
 */
import { z } from 'zod'
import { parseDocument } from 'yaml'
import { KnowledgeError } from './errors.ts'
import { lineOf } from './locate.ts'
import { issueMessage } from '../describe-issue.ts'

const httpUrl = z
  .string('must be a URL')
  .trim()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL')
  .pipe(z.httpUrl('must be a valid http(s) URL'))

export const frontMatterSchema = z.object({
  title: z.string('must be text').trim().min(1, 'must not be empty').max(300),
  url: httpUrl,
  published: z.union([z.string(), z.number()]).transform(String).optional(),
  reviewedBy: z.string().trim().min(1).optional(),
  // A source with no URL (`Harvard Health:` and nothing after it) is still shown as a label.
  sources: z.record(z.string().trim().min(1), httpUrl.nullable()).default({}),
})

export type FrontMatter = z.output<typeof frontMatterSchema>

/**
 * @param yamlText the text between the `---` fences
 * @param firstLine the file line the YAML text starts on (for error messages)
 */
export function parseFrontMatter(yamlText: string, file: string, firstLine: number): FrontMatter {
  const doc = parseDocument(yamlText, { prettyErrors: false })
  const yamlError = doc.errors[0]
  if (yamlError) {
    throw new KnowledgeError({
      file,
      line: firstLine + (yamlError.linePos?.[0].line ?? 1) - 1,
      field: 'front matter',
      message: `invalid YAML: ${yamlError.message.split('\n')[0]}`,
    })
  }
  const raw: unknown = doc.toJS() ?? {}
  const parsed = frontMatterSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const line = lineOf(yamlText, issue.path)
    throw new KnowledgeError({
      file,
      line: firstLine + (line ?? 1) - 1,
      field: issue.path.join('.') || 'front matter',
      message: issueMessage(issue, raw),
    })
  }
  return parsed.data
}
