/** The languages whose typography Copydesk knows (an article's language). */
export type TypographyLanguage = 'fr' | 'en'

/** Espace insécable: in French, before the colon. */
export const NBSP = '\u00a0'
/** Espace fine insécable: in French, before ; ! ? and », after «. */
export const NNBSP = '\u202f'
export const APOSTROPHE = '’'
export const ELLIPSIS = '…'
export const EN_DASH = '–'

/** The spaces a rule may swap for the right one (never a line break). */
export const isSpace = (char: string | undefined): boolean => char === ' ' || char === NBSP || char === NNBSP

/** Start of the paragraph, or any white space (line breaks and no-break spaces too). */
export const isBoundary = (char: string | undefined): boolean => char === undefined || /\s/.test(char)
