import { stringify } from 'yaml'
import type { ExportArticle, ExportBlock, ExportInline } from '../exportModel'

/** Characters that mean something anywhere in a Markdown line. */
const inlineSpecial = /[\\`*_[\]<>|~]/g

function escapeInline(text: string): string {
  return text.replace(inlineSpecial, '\\$&').replace(/&(?=[#a-z0-9]+;)/gi, '&amp;')
}

/** What would start a heading, quote, list or rule at the beginning of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_match, space: string, marker: string) =>
    marker.length > 1 ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  )
}

function linkTarget(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href
}

/** Emphasis markers must touch the words: spaces at the edges stay outside them. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)
  const [, before = '', core = '', after = ''] = match ?? []
  return core ? `${before}${marker}${core}${marker}${after}` : text
}

function inlineMarkdown(content: readonly ExportInline[]): string {
  const out = content
    .map((part) => {
      if (part.type === 'break') return '\\\n'
      let md = escapeInline(part.text)
      if (part.italic) md = wrap(md, '_')
      if (part.bold) md = wrap(md, '**')
      if (part.href) md = `[${md}](${linkTarget(part.href)})`
      return md
    })
    .join('')
  return out.split('\n').map(escapeLineStart).join('\n')
}

function indent(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? firstPrefix : line === '' ? prefix.trimEnd() : prefix) + line)
    .join('\n')
}

function blockMarkdown(block: ExportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block.content)
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.content).replace(/\\\n/g, ' ')}`
    case 'quote':
      return indent(blocksMarkdown(block.blocks), '> ')
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}. ` : '- '
          return indent(blocksMarkdown(item), ' '.repeat(marker.length), marker)
        })
        .join('\n')
    case 'figure': {
      // No image file goes with the export: the caption line the reader sees, caption in italics.
      const caption = block.caption.trim() ? wrap(escapeInline(block.caption).replace(/\n/g, ' '), '_') : ''
      const credit = escapeInline(block.credit).replace(/\n/g, ' ')
      return escapeLineStart([caption, credit].filter((part) => part.trim() !== '').join(' — '))
    }
  }
}

function blocksMarkdown(blocks: readonly ExportBlock[]): string {
  return blocks
    .map(blockMarkdown)
    .filter((markdown) => markdown !== '')
    .join('\n\n')
}

/** The article in Markdown (CommonMark), its fields in YAML front matter. */
export function renderMarkdown(article: ExportArticle): string {
  const frontMatter: Record<string, unknown> = {
    title: article.headline,
    standfirst: article.standfirst,
    byline: article.byline,
    section: article.section,
    tags: article.tags,
    language: article.language,
    id: article.id,
    created: new Date(article.createdAt).toISOString(),
    updated: new Date(article.updatedAt).toISOString(),
  }
  if (article.leadPhoto) frontMatter.lead_photo = { ...article.leadPhoto }
  const yaml = stringify(frontMatter, { lineWidth: 0 })
  return `---\n${yaml}---\n\n${blocksMarkdown(article.body)}\n`
}
