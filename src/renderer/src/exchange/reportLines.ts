import type { ImportReport, PictureLeftOut } from './importReport'

/** True when the report has something to tell: what an import or a paste left out or changed. */
export const reportHasNews = (report: ImportReport): boolean => reportSentences(report, (key: string) => key).length > 0

/** i18next's t, or anything that words a key with its parameters. */
type Translate = (key: string, options: Record<string, unknown>) => string

/**
 * The sentences of an import's or a paste's report, in the interface language: what came in (pictures
 * added) and everything left out or changed on the way (pictures, links, formatting, comments, heading
 * levels, Word's converter notes). One wording for both, so a paste says what an import would.
 */
export function reportSentences(report: ImportReport, t: Translate): string[] {
  const pictureReason = (picture: PictureLeftOut): string =>
    picture.reason === 'unsupported-type'
      ? t('exchange.pictureUnsupported', { name: picture.name, type: picture.type })
      : picture.reason === 'too-large'
        ? t('exchange.pictureTooLarge', { name: picture.name })
        : t('exchange.pictureRefused', { name: picture.name, message: picture.message })
  const lines: string[] = []
  if (report.picturesAdded > 0) lines.push(t('exchange.picturesAdded', { count: report.picturesAdded }))
  if (report.picturesLeftOut.length > 0) {
    lines.push([t('exchange.picturesLeftOut', { count: report.picturesLeftOut.length }), ...report.picturesLeftOut.map(pictureReason)].join(' '))
  }
  if (report.externalPictures.length > 0) {
    lines.push(t('exchange.externalPictures', { count: report.externalPictures.length, names: report.externalPictures.join(', ') }))
  }
  if (report.imagesSkipped > 0) lines.push(t('exchange.imagesSkipped', { count: report.imagesSkipped }))
  if (report.linksRemoved > 0) lines.push(t('exchange.linksRemoved', { count: report.linksRemoved }))
  if (report.strikethrough > 0) lines.push(t('exchange.strikethroughRemoved', { count: report.strikethrough }))
  if (report.underline > 0) lines.push(t('exchange.underlineRemoved', { count: report.underline }))
  if (report.comments > 0) lines.push(t('exchange.commentsLeftOut', { count: report.comments }))
  if (report.headingLevelsMerged > 0) lines.push(t('exchange.headingLevelsMerged', { count: report.headingLevelsMerged }))
  for (const note of report.converterNotes) {
    lines.push(note.code === 'unknown-styles' ? t('exchange.converterUnknownStyles', { count: note.names.length, names: note.names.join(', ') }) : t('exchange.converterNote', { message: note.message }))
  }
  return lines
}
