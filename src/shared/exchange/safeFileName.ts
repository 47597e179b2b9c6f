/** Names Windows keeps for devices, with or without an extension ("CON", "con.txt", "COM1.html"). */
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i

/** Most file systems allow 255 bytes for a name; keep well under it, leaving room for " (2)" and the extension. */
export const maxBaseNameBytes = 150

const utf8Length = (text: string) => new TextEncoder().encode(text).length

/**
 * A file name made from an article's headline that is safe on Windows, macOS and Linux: no path
 * separators or `..`, no characters Windows refuses, no control or direction-override characters,
 * no reserved device name, not too long — and the headline's accents and scripts kept.
 */
export function safeFileName(title: string, extension: string, fallback = 'article'): string {
  let base = title
    .normalize('NFC')
    // Control characters, and the bidi overrides that could disguise an extension ("txt.exe").
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    // Separators and the characters Windows forbids become a hyphen.
    .replace(/[/\\:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    // No "..": a run of dots is one dot.
    .replace(/\.{2,}/g, '.')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file.
    .replace(/^[.\s-]+|[.\s]+$/g, '')

  while (utf8Length(base) > maxBaseNameBytes) base = Array.from(base).slice(0, -1).join('')
  base = base.replace(/[.\s]+$/, '')

  if (!base) base = fallback
  const stem = base.split('.')[0] ?? base
  if (windowsReserved.test(stem.trim())) base = `${base}_`
  const cleanExtension = extension.replace(/[^a-z0-9]/gi, '').toLowerCase()
  return cleanExtension ? `${base}.${cleanExtension}` : base
}

/** The same name with " (2)", " (3)"… before the extension, for when the first is taken. */
export function numberedFileName(name: string, counter: number): string {
  if (counter < 2) return name
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)} (${counter})${name.slice(dot)}` : `${name} (${counter})`
}
