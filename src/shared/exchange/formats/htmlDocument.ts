import type { ExportArticle } from '../exportModel'
import { blocksHtml, escapeXml, leadPhotoHtml } from './bodyHtml'

/** Small, calm and print-friendly: one readable column on screen, A4 margins on paper. */
const stylesheet = `
:root { color-scheme: light; }
body { margin: 2.5rem auto; max-width: 38rem; padding: 0 1rem; font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; color: #1d1d1b; background: #fff; }
.section { font: 600 0.8rem/1.2 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: #8a3b12; margin: 0 0 0.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.75rem; }
.standfirst { font-size: 1.2rem; line-height: 1.45; margin: 0 0 0.75rem; }
.byline { font: 0.9rem/1.4 system-ui, sans-serif; color: #555; margin: 0 0 1.5rem; }
h2 { font-size: 1.35rem; margin: 1.75rem 0 0.5rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #c8c2b8; font-style: italic; }
a { color: #1a4f8b; }
figure.lead-photo { margin: 0 0 1.5rem; font: 0.85rem/1.4 system-ui, sans-serif; color: #444; }
figure.lead-photo .credit { color: #777; }
figure.photo { margin: 1.5rem 0; font: 0.85rem/1.4 system-ui, sans-serif; color: #444; }
figure.photo img { display: block; max-width: 100%; height: auto; margin-bottom: 0.4rem; }
figure.photo .credit { color: #777; }
.tags { font: 0.85rem/1.4 system-ui, sans-serif; color: #555; margin-top: 2rem; border-top: 1px solid #ddd; padding-top: 0.5rem; }
@page { size: A4; margin: 2cm 2.2cm; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; } h1, h2, h3 { break-after: avoid; } p, blockquote, li { orphans: 3; widows: 3; } }
`.trim()

/**
 * The article as one standalone HTML page: every text escaped, no scripts (and a policy that would
 * refuse one), the article's language on <html>, a small stylesheet inside. Also what the PDF prints.
 */
export function renderHtmlDocument(article: ExportArticle): string {
  const title = article.headline.trim() || article.id
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    article.byline && `<meta name="author" content="${escapeXml(article.byline)}">`,
    article.standfirst && `<meta name="description" content="${escapeXml(article.standfirst)}">`,
    article.tags.length > 0 && `<meta name="keywords" content="${escapeXml(article.tags.join(', '))}">`,
    '<meta name="generator" content="Copydesk">',
    `<style>\n${stylesheet}\n</style>`,
  ].filter(Boolean)
  const header = [
    article.section && `<p class="section">${escapeXml(article.section)}</p>`,
    `<h1>${escapeXml(article.headline)}</h1>`,
    article.standfirst && `<p class="standfirst">${escapeXml(article.standfirst)}</p>`,
    article.byline && `<p class="byline">${escapeXml(article.byline)}</p>`,
  ].filter(Boolean)
  const footer = article.tags.length > 0 ? `<p class="tags">${article.tags.map(escapeXml).join(' · ')}</p>` : ''
  return [
    '<!doctype html>',
    `<html lang="${escapeXml(article.language)}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    ...header,
    '</header>',
    leadPhotoHtml(article),
    blocksHtml(article.body),
    footer,
    '</article>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n')
}
