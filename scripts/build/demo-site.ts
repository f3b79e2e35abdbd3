/**
 * Builds the demo clinic's website into the output folder: a home page that introduces the
 * assistant (with the widget on it) and one page per article at `/articles/<slug>`, the address
 * the server points citations at (server/knowledge/host-articles.ts), so a citation opens the
 * article and the browser scrolls to and highlights the quoted sentence.
 *
 * ```ts
 * await buildDemoSite({ knowledgeDir: 'knowledge', clinicId: 'demo', outDir: 'dist/public' })
 * ```
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import frontMatterPlugin from 'markdown-it-front-matter'
import { loadKnowledge } from '../../server/knowledge/load-knowledge.ts'
import { articlePath } from '../../server/knowledge/host-articles.ts'
import type { Article } from '../../server/knowledge/types.ts'
import { escapeHtml, sitePage } from './site-layout.ts'

export interface DemoSiteOptions {
  knowledgeDir: string
  clinicId: string
  outDir: string
}

/** The clinic's Markdown is trusted content, but raw HTML in it is still not passed through. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(frontMatterPlugin, () => {})

export async function buildDemoSite({ knowledgeDir, clinicId, outDir }: DemoSiteOptions): Promise<string[]> {
  const clinic = (await loadKnowledge(knowledgeDir)).find((c) => c.knowledge.id === clinicId)
  if (!clinic) throw new Error(`No clinic "${clinicId}" in ${knowledgeDir}`)
  const { config, articles } = clinic.knowledge
  const frame = { clinicId, clinicName: config.name }
  const written: string[] = []
  const write = async (file: string, html: string) => {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true })
    await writeFile(path.join(outDir, file), html)
    written.push(file)
  }

  await write('index.html', sitePage({ ...frame, title: config.name, description: `Articles from ${config.name}, with an assistant that quotes them.`, main: homeMain(config.name, articles, config.suggestedQuestions ?? []) }))
  for (const article of articles) {
    const source = await readFile(path.join(knowledgeDir, clinicId, 'articles', `${article.slug}.md`), 'utf8')
    await write(`${articlePath(article.slug).slice(1)}/index.html`, sitePage({ ...frame, title: `${article.title} | ${config.name}`, main: articleMain(article, source) }))
  }
  await copyFile(new URL('site.css', import.meta.url), path.join(outDir, 'site.css'))
  written.push('site.css')
  return written
}

function homeMain(name: string, articles: Article[], questions: string[]): string {
  const cards = articles
    .map((a) => `<li><a class="card" href="${articlePath(a.slug)}"><span class="card-title">${escapeHtml(a.title)}</span>${a.reviewedBy ? `<span class="card-meta">Reviewed by ${escapeHtml(a.reviewedBy)}</span>` : ''}<span class="card-more" aria-hidden="true">Read the article →</span></a></li>`)
    .join('\n')
  const tries = questions.map((q) => `<li>“${escapeHtml(q)}”</li>`).join('')
  return `<section class="hero">
<p class="eyebrow">Welcome to ${escapeHtml(name)}</p>
<h1>Questions about treatment? Ask, and read the answer in our own words.</h1>
<p class="lead">The chat button in the corner opens our assistant. It answers <strong>only by quoting our articles, word for word</strong>, and links each quote to the sentence it came from.</p>
</section>
<section class="how" aria-labelledby="how-title">
<h2 id="how-title">What the assistant does</h2>
<ul class="points">
<li><strong>Quotes, never paraphrases.</strong> Every answer is a passage from our articles with its title, section and the study it cites.</li>
<li><strong>Leaves doses to our team.</strong> Questions about amounts or your own situation go to a free consultation.</li>
<li><strong>Puts safety first.</strong> If you are in crisis it gives you 988 and 911 straight away, and keeps them in view.</li>
<li><strong>Says when it doesn't know.</strong> If our articles don't cover something, it tells you so.</li>
</ul>
${tries ? `<p class="try">Try asking: </p><ul class="tries">${tries}</ul>` : ''}
</section>
<section id="articles" aria-labelledby="articles-title">
<h2 id="articles-title">Our articles</h2>
<ul class="cards">
${cards}
</ul>
</section>`
}

function articleMain(article: Article, source: string): string {
  const sources = Object.entries(article.sources)
    .map(([label, url]) => `<li>${url ? `<a href="${escapeHtml(url)}" rel="noopener">${escapeHtml(label)}</a>` : escapeHtml(label)}</li>`)
    .join('\n')
  return `<article class="article">
${article.reviewedBy ? `<p class="reviewed">Reviewed by ${escapeHtml(article.reviewedBy)}</p>` : ''}
${markdown.render(source)}
${sources ? `<section class="sources" aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2><ul>\n${sources}\n</ul></section>` : ''}
</article>`
}
