import DOMPurify from 'dompurify'
import { isSafeExternalUrl } from '@shared/links'

/**
 * Cleans HTML from Word, Google Docs, web pages or converters down to what the article body holds:
 * paragraphs, H2/H3, bold, italic, safe links, quotes, lists, line breaks. DOMPurify first (no script,
 * handler or foreign markup survives), then the newsroom's rules: bold and italic read from inline
 * styles then every style dropped, no wrapper of bold around whole blocks (a paragraph wholly bold
 * stays a bold paragraph, never becomes a heading), Word's fake lists made real, no empty paragraphs,
 * links kept only for http(s) and mailto. Pasting, Copydesk's own figures stay figures; importing,
 * only the figures the converter made for a document's pictures (marked with its `importKey`).
 */

export type CleanMode = 'paste' | 'import'

export type CleanResult = {
  html: string
  /** Import: the document's title (its first H1, else a first heading), taken out of the body. */
  headline: string
  /** Import: Word's "Subtitle" paragraph, or a marked standfirst, taken out of the body. */
  standfirst: string
  imagesSkipped: number
  linksRemoved: number
}

const purifier = DOMPurify()

const allowedTags = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li', 'blockquote',
  'br', 'span', 'div', 'sup', 'sub', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'section',
  'article', 'header', 'footer', 'main', 'figure', 'figcaption', 'font', 'cite', 'q', 'small', 'mark', 'center',
]
const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'DIV', 'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'FIGCAPTION', 'CENTER'])
const containerTags = ['DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'CENTER', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']
const inlineWrappers = ['SPAN', 'U', 'SUP', 'SUB', 'FONT', 'CITE', 'Q', 'SMALL', 'MARK']

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes))
}

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag)
  replacement.append(...Array.from(element.childNodes))
  for (const attribute of Array.from(element.attributes)) replacement.setAttribute(attribute.name, attribute.value)
  element.replaceWith(replacement)
  return replacement
}

function wrapChildren(element: Element, tag: 'strong' | 'em'): void {
  const wrapper = element.ownerDocument.createElement(tag)
  wrapper.append(...Array.from(element.childNodes))
  element.append(wrapper)
}

const hasBlockChild = (element: Element) => Array.from(element.children).some((child) => blockTags.has(child.tagName))
const textOf = (element: Element) => (element.textContent ?? '').replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim()
const styleOf = (element: Element) => (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')

/** Bold and italic that live in inline styles (Google Docs, web pages) become marks; Docs' whole-document <b style="font-weight:normal"> goes. */
function marksFromStyles(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[style]'))) {
    const style = styleOf(element)
    const weight = /font-weight:(\w+)/.exec(style)?.[1]
    const normalWeight = weight === 'normal' || weight === '400' || weight === '300' || weight === 'lighter'
    if ((element.tagName === 'B' || element.tagName === 'STRONG') && normalWeight) {
      unwrap(element)
      continue
    }
    if (element.tagName === 'SPAN' || element.tagName === 'FONT') {
      if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) wrapChildren(element, 'strong')
      if (/font-style:italic/.test(style)) wrapChildren(element, 'em')
    }
  }
}

/**
 * Word's lists are paragraphs with a typed-in marker in an `mso-list:Ignore` span and their depth in
 * `mso-list:l0 level2`: made real lists, nested by level, numbered when the marker is a number or letter.
 */
function wordLists(root: Element): void {
  const isWordItem = (element: Element | null): element is Element =>
    !!element && element.tagName === 'P' && (/msolistparagraph/i.test(element.getAttribute('class') ?? '') || /mso-list:l\d/.test(styleOf(element)))
  const levelOf = (item: Element) => Number(/mso-list:l\d+level(\d+)/.exec(styleOf(item))?.[1] ?? 1)
  const document = root.ownerDocument
  for (const first of Array.from(root.querySelectorAll('p'))) {
    if (!root.contains(first) || !isWordItem(first) || isWordItem(first.previousElementSibling)) continue
    const items: Element[] = []
    for (let next: Element | null = first; isWordItem(next); next = next.nextElementSibling) items.push(next)
    // One open list per level; an item deeper than the last opens a list inside the last item.
    const open: { level: number; list: Element }[] = []
    for (const item of items) {
      const level = levelOf(item)
      const markerText = Array.from(item.querySelectorAll('[style*="mso-list"]'))
        .filter((element) => /mso-list:ignore/.test(styleOf(element)))
        .map((element) => {
          const text = element.textContent ?? ''
          element.remove()
          return text
        })
        .join('')
      while (open.length > 0 && open.at(-1)!.level > level) open.pop()
      if (open.length === 0 || open.at(-1)!.level < level) {
        const list = document.createElement(/^\s*[\dA-Za-z]{1,3}[.)]/.test(markerText) ? 'ol' : 'ul')
        const parentItem = open.at(-1)?.list.lastElementChild
        if (parentItem) parentItem.append(list)
        else item.before(list)
        open.push({ level, list })
      }
      const li = document.createElement('li')
      const p = document.createElement('p')
      p.append(...Array.from(item.childNodes))
      li.append(p)
      open.at(-1)!.list.append(li)
      item.remove()
    }
  }
}

/** The attributes of Copydesk's own figure (the Figure node's renderHTML): nothing else is kept. */
const figureAttributes = ['data-photo-id', 'data-caption', 'data-credit', 'data-alt-text', 'data-pm-slice']

/**
 * Paste: figures copied from a Copydesk article (`figure[data-photo-id]` with a library photo id) come
 * back as figures — remade from their data attributes alone, with nothing inside, so the passes
 * below leave them be. Any other <figure> (Word, the web) is cleaned to its caption's text as before.
 * Import: only figures carrying the converter's `importKey` (random per import) are kept.
 */
function ownFigures(root: Element, importKey?: string): Set<Element> {
  const kept = new Set<Element>()
  for (const figure of Array.from(root.querySelectorAll('figure[data-photo-id]'))) {
    if (!/^[0-9a-f]{64}$/.test(figure.getAttribute('data-photo-id') ?? '')) continue
    if (importKey !== undefined && figure.getAttribute('data-import-key') !== importKey) continue
    const clean = root.ownerDocument.createElement('figure')
    for (const name of figureAttributes) {
      const value = figure.getAttribute(name)
      if (value !== null) clean.setAttribute(name, value)
    }
    figure.replaceWith(clean)
    kept.add(clean)
  }
  return kept
}

function isEmptyBlock(element: Element): boolean {
  // A figure left by now is one of ours (any other was unwrapped): it is content, words or not.
  return textOf(element) === '' && !element.querySelector('li, figure')
}

export function cleanHtml(dirty: string, mode: CleanMode, options: { importKey?: string } = {}): CleanResult {
  let imagesSkipped = 0
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'img' || data.tagName === 'picture' || data.tagName === 'svg') imagesSkipped++
    void node
  })
  // Counted here, before DOMPurify drops the unsafe ones (javascript:, data:…) itself.
  let linksRemoved = 0
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href' && data.attrValue && !data.attrValue.startsWith('#') && !isSafeExternalUrl(data.attrValue)) linksRemoved++
  })
  let body: HTMLElement
  try {
    body = purifier.sanitize(dirty, {
      ALLOWED_TAGS: allowedTags,
      ALLOWED_ATTR: ['href', 'style', 'class'],
      RETURN_DOM: true,
    }) as HTMLElement
  } finally {
    purifier.removeHook('uponSanitizeElement')
    purifier.removeHook('uponSanitizeAttribute')
  }

  // An empty key would match a figure with an empty attribute: import keeps figures only with a real key.
  const keptFigures =
    mode === 'paste' ? ownFigures(body) : options.importKey ? ownFigures(body, options.importKey) : new Set<Element>()
  marksFromStyles(body)
  wordLists(body)

  // Import: Word's Title and Subtitle (mapped by the converter), then a first H1, give headline and standfirst.
  let headline = ''
  let standfirst = ''
  if (mode === 'import') {
    const title = body.querySelector('h1') ?? (body.firstElementChild?.matches('h2, h3') ? body.firstElementChild : null)
    if (title) {
      headline = textOf(title)
      title.remove()
    }
    const subtitle = body.querySelector('p.standfirst')
    if (subtitle) {
      standfirst = textOf(subtitle)
      subtitle.remove()
    }
  }

  for (const link of Array.from(body.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? ''
    // A note's way back to its call ("↑"): nothing to keep once notes are plain text.
    if (/^#(foot|end)note-ref/.test(href)) link.remove()
    else if (!isSafeExternalUrl(href)) unwrap(link)
  }

  // Bold or italic around whole blocks is a wrapper, not emphasis.
  for (const mark of Array.from(body.querySelectorAll('b, strong, i, em'))) if (hasBlockChild(mark)) unwrap(mark)
  for (const element of Array.from(body.querySelectorAll(inlineWrappers.join(',')))) unwrap(element)
  for (const cell of Array.from(body.querySelectorAll('td, th, caption, figcaption'))) {
    if (hasBlockChild(cell)) unwrap(cell)
    else rename(cell, 'p')
  }
  for (const container of Array.from(body.querySelectorAll(containerTags.join(',')))) {
    if (keptFigures.has(container)) continue
    if (hasBlockChild(container) || container.tagName !== 'DIV') unwrap(container)
    else rename(container, 'p')
  }
  for (const heading of Array.from(body.querySelectorAll('h1'))) rename(heading, 'h2')
  for (const heading of Array.from(body.querySelectorAll('h4, h5, h6'))) rename(heading, 'h3')
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (keptFigures.has(element)) continue
    for (const attribute of Array.from(element.attributes)) {
      // ProseMirror's own copy marks where a slice opens: kept, so copy and paste inside the editor stays exact.
      const kept = (element.tagName === 'A' && attribute.name === 'href') || attribute.name === 'data-pm-slice'
      if (!kept) element.removeAttribute(attribute.name)
    }
  }
  // Empty paragraphs and headings go (a <br> alone is an empty line); then lists and quotes left empty.
  for (const block of Array.from(body.querySelectorAll('p, h2, h3, li'))) if (isEmptyBlock(block)) block.remove()
  for (const block of Array.from(body.querySelectorAll('ul, ol, blockquote'))) if (isEmptyBlock(block)) block.remove()
  // Between blocks, a <br> or a run of white space is layout, not text.
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeName === 'BR' || (node.nodeType === Node.TEXT_NODE && !(node.textContent ?? '').trim())) node.remove()
  }
  // Line breaks at the very start or end of a paragraph are leftovers, not lines.
  for (const block of Array.from(body.querySelectorAll('p, h2, h3'))) {
    while (block.firstChild?.nodeName === 'BR') block.firstChild.remove()
    while (block.lastChild?.nodeName === 'BR') block.lastChild.remove()
  }

  return { html: body.innerHTML, headline, standfirst, imagesSkipped, linksRemoved }
}

/** What the editor's paste runs on HTML from the clipboard. */
export const cleanPastedHtml = (html: string): string => cleanHtml(html, 'paste').html
