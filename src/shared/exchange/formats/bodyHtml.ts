import type { ExportArticle, ExportBlock, ExportInline } from '../exportModel'

/** Escapes text for HTML and XML content and attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // Characters XML 1.0 cannot hold at all (HTML would show them as boxes anyway).
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
}

type Options = {
  xhtml: boolean
  /** Where a figure's image is, when the caller has one (a standalone export writes no image file). */
  photoSrc?: (photoId: string) => string | undefined
}

type FigureBlock = Extract<ExportBlock, { type: 'figure' }>

/**
 * A body photo: <img> only where there is an image to point at (no src would promise one that is not
 * there), then the caption and credit line the reader sees.
 */
function figureHtml(figure: FigureBlock, { xhtml, photoSrc }: Options): string {
  const src = figure.photoId ? photoSrc?.(figure.photoId) : undefined
  const image = src ? `<img src="${escapeXml(src)}" alt="${escapeXml(figure.altText)}"${xhtml ? '/' : ''}>` : ''
  const words = [
    figure.caption && `<span class="caption">${escapeXml(figure.caption)}</span>`,
    figure.credit && `<span class="credit">${escapeXml(figure.credit)}</span>`,
  ].filter(Boolean)
  const caption = words.length > 0 ? `<figcaption>${words.join(' ')}</figcaption>` : ''
  return image || caption ? `<figure class="photo">${image}${caption}</figure>` : ''
}

function inlineHtml(content: readonly ExportInline[], { xhtml }: Options): string {
  return content
    .map((part) => {
      if (part.type === 'break') return xhtml ? '<br/>' : '<br>'
      let html = escapeXml(part.text)
      if (part.italic) html = `<em>${html}</em>`
      if (part.bold) html = `<strong>${html}</strong>`
      if (part.href) html = `<a href="${escapeXml(part.href)}">${html}</a>`
      return html
    })
    .join('')
}

function blockHtml(block: ExportBlock, options: Options): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content, options)}</p>`
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.content, options)}</h${block.level}>`
    case 'quote':
      return `<blockquote>\n${blocksHtml(block.blocks, options)}\n</blockquote>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      const items = block.items.map((item) => `<li>${blocksHtml(item, options)}</li>`).join('\n')
      return `<${tag}>\n${items}\n</${tag}>`
    }
    case 'figure':
      return figureHtml(block, options)
  }
}

/** The body's blocks as HTML (or XHTML: self-closed `<br/>`, for XML containers). */
export function blocksHtml(blocks: readonly ExportBlock[], options: Options = { xhtml: false }): string {
  return blocks
    .map((block) => blockHtml(block, options))
    .filter((html) => html !== '')
    .join('\n')
}

/** "Creator/Credit", the newsroom's credit convention (DESIGN.md), with whichever parts exist. */
export function photoCreditLine(photo: NonNullable<ExportArticle['leadPhoto']>): string {
  return [photo.creator, photo.credit].filter((part) => part.trim() !== '').join('/')
}

/** The lead photo's caption and credit as a figure (no image yet: the photo library brings it). */
export function leadPhotoHtml(article: ExportArticle): string {
  const photo = article.leadPhoto
  if (!photo || !(photo.caption || photo.creator || photo.credit)) return ''
  const credit = photoCreditLine(photo)
  const parts = [
    photo.caption && `<span class="caption">${escapeXml(photo.caption)}</span>`,
    credit && `<span class="credit">${escapeXml(credit)}</span>`,
    photo.copyright && `<span class="copyright">${escapeXml(photo.copyright)}</span>`,
  ].filter(Boolean)
  return `<figure class="lead-photo">\n<figcaption>${parts.join(' ')}</figcaption>\n</figure>`
}
