/**
 * Finds the line of a field in a JSON or YAML text, so that a validation error can point at it.
 * JSON is YAML, so one parser with source positions serves clinic.json and front matter alike.
 *
 * ```ts
 * lineOf('{\n  "name": 1\n}', ['name']) // => 2
 * ```
 */
import { parseDocument, isNode } from 'yaml'

export function lineOf(text: string, path: readonly PropertyKey[]): number | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false })
  // Walk up the path until something exists: a missing field is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)
    if (isNode(node) && node.range) return lineAt(text, node.range[0])
  }
  return undefined
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
