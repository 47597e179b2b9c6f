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
  /** Formatting the article has no place for, taken out (the words kept): runs of each. */
  strikethrough: number
  underline: number
  /** Word's comments (their references and texts), left out of the body. */
  comments: number
  /** How many heading levels the text had when more than the body's two (H2, H3); else 0. */
  headingLevelsMerged: number
}

const purifier = DOMPurify()

const allowedTags = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li', 'blockquote',
  'br', 'span', 'div', 'sup', 'sub', 's', 'strike', 'del', 'ins', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'section',
  'article', 'header', 'footer', 'main', 'figure', 'figcaption', 'font', 'cite', 'q', 'small', 'mark', 'center',
]
const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'DIV', 'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'FIGCAPTION', 'CENTER'])
const containerTags = ['DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'CENTER', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']
const inlineWrappers = ['SPAN', 'U', 'S', 'STRIKE', 'DEL', 'INS', 'SUP', 'SUB', 'FONT', 'CITE', 'Q', 'SMALL', 'MARK']

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

/**
 * An element's inline declarations by exact property name, so `mso-bidi-font-weight` (Word: the
 * weight of right-to-left and complex-script text) is never read as `font-weight`.
 */
function declarations(element: Element): Map<string, string> {
  const found = new Map<string, string>()
  for (const part of (element.getAttribute('style') ?? '').split(';')) {
    const colon = part.indexOf(':')
    if (colon > 0) found.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim().toLowerCase())
  }
  return found
}

const isBoldWeight = (weight = '') => weight === 'bold' || weight === 'bolder' || Number(weight) >= 600
const isNormalWeight = (weight = '') => weight === 'normal' || weight === 'lighter' || (weight !== '' && Number(weight) < 600)

/**
 * Bold and italic that live in inline styles (Google Docs, web pages) become marks; Docs' whole-document
 * <b style="font-weight:normal"> goes. Only `font-weight` and `font-style` count: Word's `mso-bidi-*` and
 * `mso-ascii-*` describe other scripts, so `<b style='mso-bidi-font-weight:normal'>` is bold.
 * Strikethrough and underline are counted (the body has neither), except a link's own underline.
 */
function marksFromStyles(root: Element): { strikethrough: number; underline: number } {
  let strikethrough = root.querySelectorAll('s, strike, del').length
  let underline = Array.from(root.querySelectorAll('u')).filter((element) => !element.closest('a')).length
  for (const element of Array.from(root.querySelectorAll('[style]'))) {
    const style = declarations(element)
    const weight = style.get('font-weight')
    const fontStyle = style.get('font-style')
    const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`
    if (/line-through/.test(decoration)) strikethrough++
    if (/underline/.test(decoration) && !element.closest('a')) underline++
    if ((element.tagName === 'B' || element.tagName === 'STRONG') && isNormalWeight(weight)) {
      unwrap(element)
      continue
    }
    if ((element.tagName === 'I' || element.tagName === 'EM') && fontStyle === 'normal') {
      unwrap(element)
      continue
    }
    if (element.tagName === 'SPAN' || element.tagName === 'FONT') {
      if (isBoldWeight(weight)) wrapChildren(element, 'strong')
      if (fontStyle === 'italic' || fontStyle === 'oblique') wrapChildren(element, 'em')
    }
  }
  return { strikethrough, underline }
}

/**
 * Word's comments: the "[JD1]" reference in the text and the comment list after it. Left out, and
 * counted (one per reference).
 */
function wordComments(root: Element): number {
  const references = Array.from(root.querySelectorAll('a.msocomanchor, .MsoCommentReference'))
  const count = root.querySelectorAll('a.msocomanchor').length
  for (const reference of references) reference.remove()
  for (const element of Array.from(root.querySelectorAll('[style]'))) {
    if (root.contains(element) && /^comment(-list)?$/.test(declarations(element).get('mso-element') ?? '')) element.remove()
  }
  return count
}

/**
 * Word's bookmarks (`<a name="_Toc…">`, `<span style='mso-bookmark:…'>`, sometimes around whole
 * paragraphs or between two list paragraphs) carry nothing: unwrapped before lists are read, so a
 * bookmark never splits a list.
 */
function wordBookmarks(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('span[style], a:not([href])'))) {
    if (element.tagName === 'A' || declarations(element).has('mso-bookmark')) unwrap(element)
  }
}

/**
 * Google Docs (and LibreOffice) nest a level by putting its <ol>/<ul> straight inside the parent list,
 * after the item it belongs to: moved into that item. A list with no item before it (a skipped level)
 * joins its parent list, one level deeper than the item above it as the body can show.
 */
function nestedLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ol, ul'))) {
    const parent = list.parentElement
    if (!parent || (parent.tagName !== 'OL' && parent.tagName !== 'UL')) continue
    const previous = list.previousElementSibling
    if (previous?.tagName === 'LI') previous.append(list)
    else unwrap(list)
  }
}

/**
 * Word's lists are paragraphs with a typed-in marker in an `mso-list:Ignore` span and their depth in
 * `mso-list:l0 level2`: made real lists, nested by level, numbered when the marker is a number or letter.
 * A list paragraph without `mso-list` (MsoListParagraphCxSpMiddle, indented) continues the item above.
 * A level deeper than the last opens a list in the last item, however many levels it skips.
 */
function wordLists(root: Element): void {
  const listLevel = (element: Element | null) => {
    const match = /^l\d+\s+level(\d+)/.exec(element ? (declarations(element).get('mso-list') ?? '') : '')
    return match ? Number(match[1]) : null
  }
  const isListParagraph = (element: Element | null): element is Element =>
    !!element && element.tagName === 'P' && (/msolistparagraph/i.test(element.getAttribute('class') ?? '') || listLevel(element) !== null)
  const document = root.ownerDocument
  for (const first of Array.from(root.querySelectorAll('p'))) {
    if (!root.contains(first) || listLevel(first) === null || isListParagraph(first.previousElementSibling)) continue
    const items: Element[] = []
    for (let next: Element | null = first; isListParagraph(next); next = next.nextElementSibling) items.push(next)
    // One open list per level; an item deeper than the last opens a list inside the last item.
    const open: { level: number; list: Element }[] = []
    for (const item of items) {
      const level = listLevel(item)
      const p = document.createElement('p')
      if (level === null) {
        // A continuation paragraph: one more paragraph of the item above.
        p.append(...Array.from(item.childNodes))
        open.at(-1)!.list.lastElementChild!.append(p)
        item.remove()
        continue
      }
      const markerText = Array.from(item.querySelectorAll('[style*="mso-list"]'))
        .filter((element) => declarations(element).get('mso-list') === 'ignore')
        .map((element) => {
          const text = element.textContent ?? ''
          element.remove()
          return text
        })
        .join('')
      let closed: { level: number; list: Element } | undefined
      while (open.length > 0 && open.at(-1)!.level > level) closed = open.pop()
      // Back up from a skipped level (1, 3, then 2): level 2 goes on in the list level 3 opened.
      if (closed && (open.length === 0 || open.at(-1)!.level < level)) open.push({ level, list: closed.list })
      if (open.length === 0 || open.at(-1)!.level < level) {
        const list = document.createElement(/^\s*\(?[\dA-Za-z]{1,4}[.)]/.test(markerText) ? 'ol' : 'ul')
        const parentItem = open.at(-1)?.list.lastElementChild
        if (parentItem) parentItem.append(list)
        else item.before(list)
        open.push({ level, list })
      }
      const li = document.createElement('li')
      p.append(...Array.from(item.childNodes))
      li.append(p)
      open.at(-1)!.list.append(li)
      item.remove()
    }
  }
  // Numbered or bulleted headings (and any paragraph left) keep no typed-in marker.
  for (const marker of Array.from(root.querySelectorAll('[style*="mso-list"]'))) {
    if (declarations(marker).get('mso-list') === 'ignore') marker.remove()
  }
}

/**
 * The body has two heading levels: the text's own levels are ranked, the highest becomes H2 and every
 * other H3 (so Word's Heading 1 and Heading 2 stay above and below each other). A slice copied in
 * Copydesk keeps its H2/H3 as they are. Answers how many levels there were when some had to merge.
 */
function headingHierarchy(root: Element): number {
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))
  const levels = [...new Set(headings.map((heading) => Number(heading.tagName[1])))].sort((a, b) => a - b)
  const ownSlice = root.querySelector('[data-pm-slice]') !== null
  for (const heading of headings) {
    const level = Number(heading.tagName[1])
    const target = ownSlice ? Math.min(Math.max(level, 2), 3) : levels.indexOf(level) === 0 ? 2 : 3
    if (target !== level) rename(heading, `h${target}`)
  }
  return !ownSlice && levels.length > 2 ? levels.length : 0
}

/**
 * Line breaks at the very start or end of a block are leftovers, not lines: also when white space
 * follows them or they sit inside bold, italic or a link at the edge.
 */
function trimEdgeBreaks(container: Element, side: 'start' | 'end'): boolean {
  let node = side === 'start' ? container.firstChild : container.lastChild
  while (node) {
    const sibling: ChildNode | null = side === 'start' ? node.nextSibling : node.previousSibling
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node.textContent ?? '').trim() !== '') return true
    } else if (node.nodeName === 'BR') {
      node.remove()
    } else if (node instanceof Element && /^(B|STRONG|I|EM|A)$/.test(node.tagName)) {
      if (trimEdgeBreaks(node, side)) return true
      if (!node.hasChildNodes() || textOf(node) === '') node.remove()
    } else {
      return true
    }
    node = sibling
  }
  return false
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
  const comments = wordComments(body)
  const { strikethrough, underline } = marksFromStyles(body)
  wordBookmarks(body)
  nestedLists(body)
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
  const headingLevelsMerged = headingHierarchy(body)
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
    trimEdgeBreaks(block, 'start')
    trimEdgeBreaks(block, 'end')
  }
  // A paragraph that held nothing but breaks is gone too.
  for (const block of Array.from(body.querySelectorAll('p, h2, h3'))) if (isEmptyBlock(block)) block.remove()

  return { html: body.innerHTML, headline, standfirst, imagesSkipped, linksRemoved, strikethrough, underline, comments, headingLevelsMerged }
}

