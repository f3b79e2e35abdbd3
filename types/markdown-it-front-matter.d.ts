// markdown-it-front-matter ships no types: it is a markdown-it plugin taking a callback that receives
// the raw front matter. The token it adds has type 'front_matter', `meta` = that text, `map` = lines.
declare module 'markdown-it-front-matter' {
  import type { MarkdownIt } from 'markdown-it'
  const frontMatterPlugin: (md: MarkdownIt, callback: (frontMatter: string) => void) => void
  export default frontMatterPlugin
}
