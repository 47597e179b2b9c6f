import type { CleanResult } from './cleanHtml'

/** A picture of the document that could not go into the photo library, and why. */
export type PictureLeftOut =
  | { name: string; reason: 'unsupported-type'; type: string }
  | { name: string; reason: 'too-large' }
  | { name: string; reason: 'refused'; message: string }

/** What Word's converter (mammoth) said about the document, as the report words it. */
export type ConverterNote = { code: 'unknown-styles'; names: string[] } | { code: 'other'; message: string }

export type ImportReport = Omit<CleanResult, 'html' | 'headline' | 'standfirst'> & {
  /** Word's pictures now in the photo library and in the body as figures. */
  picturesAdded: number
  picturesLeftOut: PictureLeftOut[]
  /** Word's linked (not embedded) pictures: the file is on the author's computer, not in the document. */
  externalPictures: string[]
  converterNotes: ConverterNote[]
}

/** A paste's report: the same as an import's, with what only a Word file can have left empty. */
export const pasteReportOf = (cleaned: CleanResult): ImportReport => ({
  imagesSkipped: cleaned.imagesSkipped,
  linksRemoved: cleaned.linksRemoved,
  strikethrough: cleaned.strikethrough,
  underline: cleaned.underline,
  comments: cleaned.comments,
  headingLevelsMerged: cleaned.headingLevelsMerged,
  picturesAdded: 0,
  picturesLeftOut: [],
  externalPictures: [],
  converterNotes: [],
})
