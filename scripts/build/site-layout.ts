/**
 * The demo clinic site's page frame: plain HTML with no inline script or style, so it also works
 * under a strict Content-Security-Policy, and the widget's one script tag in every page (the
 * conversation follows the visitor from page to page).
 *
 * ```ts
 * sitePage({ clinicId: 'demo', clinicName: 'Lakeside', title: 'Home', main: '<h1>Hi</h1>' })
 * ```
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export interface PageParts {
  clinicId: string
  clinicName: string
  title: string
  /** Trusted HTML for `<main>` (built by this script from escaped text or markdown-it). */
  main: string
  description?: string
}

export function sitePage({ clinicId, clinicName, title, main, description }: PageParts): string {
  const name = escapeHtml(clinicName)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<link rel="stylesheet" href="/site.css">
<script src="/widget.js" data-clinic="${escapeHtml(clinicId)}" async></script>
</head>
<body>
<header class="site-header"><div class="wrap">
<a class="brand" href="/"><span class="mark" aria-hidden="true"></span>${name}</a>
<nav aria-label="Site"><a href="/">Home</a><a href="/#articles">Articles</a></nav>
</div></header>
<main class="wrap">
${main}
</main>
<footer class="site-footer"><div class="wrap">
<p>${name} is a fictional clinic: this site demonstrates <strong>Verbatim</strong>, an assistant that answers only by quoting a clinic's own articles.</p>
<p>Information here is not medical advice. In an emergency call 911. In a crisis, call or text 988.</p>
</div></footer>
</body>
</html>
`
}
