import type { ExportArticle } from '../exportModel'
import { blocksHtml, escapeXml, leadPhotoHtml } from './bodyHtml'
import { articleUri } from './ninjs'

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * The article as an IPTC NewsML-G2 2.35 news item (https://iptc.org/standards/newsml-g2/): item and
 * content metadata (headline, standfirst as summary, byline as creator, section and tags), the body
 * as XHTML inline, the lead photo's caption, creator and credit as a figure at its top.
 */
export function renderNewsml(article: ExportArticle): string {
  const lang = escapeXml(article.language)
  const title = escapeXml(article.headline)
  const contentMeta = [
    `    <contentCreated>${iso(article.createdAt)}</contentCreated>`,
    `    <contentModified>${iso(article.updatedAt)}</contentModified>`,
    article.byline && `    <creator literal="${escapeXml(article.byline)}"><name>${escapeXml(article.byline)}</name></creator>`,
    `    <language tag="${lang}"/>`,
    article.section && `    <genre literal="${escapeXml(article.section)}"><name>${escapeXml(article.section)}</name></genre>`,
    ...article.tags.map((tag) => `    <subject type="cpnat:abstract" literal="${escapeXml(tag)}"><name>${escapeXml(tag)}</name></subject>`),
    `    <headline>${title}</headline>`,
    article.standfirst && `    <description role="drol:summary">${escapeXml(article.standfirst)}</description>`,
    ...article.tags.map((tag) => `    <keyword>${escapeXml(tag)}</keyword>`),
  ].filter(Boolean)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${escapeXml(articleUri(article))}" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="${lang}">`,
    '  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>',
    '  <itemMeta>',
    '    <itemClass qcode="ninat:text"/>',
    '    <provider literal="Copydesk"/>',
    `    <versionCreated>${iso(article.updatedAt)}</versionCreated>`,
    `    <firstCreated>${iso(article.createdAt)}</firstCreated>`,
    '    <pubStatus qcode="stat:usable"/>',
    '    <generator versioninfo="1">Copydesk</generator>',
    `    <title>${title}</title>`,
    '  </itemMeta>',
    '  <contentMeta>',
    ...contentMeta,
    '  </contentMeta>',
    '  <contentSet>',
    `    <inlineXML contenttype="application/xhtml+xml">`,
    `      <html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}" xml:lang="${lang}">`,
    `        <head><title>${title}</title></head>`,
    '        <body>',
    `<h1>${title}</h1>`,
    leadPhotoHtml(article),
    blocksHtml(article.body, { xhtml: true }),
    '        </body>',
    '      </html>',
    '    </inlineXML>',
    '  </contentSet>',
    '</newsItem>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n')
}
