/**
 * Points a clinic's article URLs at the demo site this server hosts. The demo clinic's articles
 * live at a placeholder address (https://demo-clinic.example/articles/...), so citation links
 * would lead nowhere; when `npm start` serves the articles itself, each quote must link to
 * `<origin>/articles/<slug>` instead, where the text fragment scrolls to the quoted sentence.
 * Pure: returns new knowledge, the input is left as it was.
 *
 * ```ts
 * hostArticles(knowledge, 'http://127.0.0.1:8787').articles[0].url
 * // => 'http://127.0.0.1:8787/articles/how-iv-ketamine-affects-anxiety'
 * ```
 */
import type { ClinicKnowledge } from './types.ts'

/** Where the demo site puts an article's page; the site builder writes the same path. */
export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`
}

export function hostArticles(knowledge: ClinicKnowledge, origin: string): ClinicKnowledge {
  const base = new URL(origin).origin
  return { ...knowledge, articles: knowledge.articles.map((article) => ({ ...article, url: base + articlePath(article.slug) })) }
}
