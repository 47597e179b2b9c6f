/**
 * IPTC IIM text has no fixed encoding: 1:90 CodedCharacterSet says UTF-8 (ESC % G), or nothing is
 * said and readers assume Latin-1/Windows-1252 — while many tools wrote UTF-8 anyway without
 * declaring it. ExifTool decodes undeclared IIM as Windows-1252, so UTF-8 written that way comes out
 * as "DÃ©fense". This undoes exactly that: back to the bytes, and if they are valid UTF-8 with at
 * least one multi-byte character, that is what the text was. Real Latin-1 ("Défense" as E9) is not
 * valid UTF-8 once re-encoded, so it is left as ExifTool read it.
 */

// Windows-1252's 0x80–0x9F block (where it differs from Latin-1); the 5 unassigned bytes map to themselves.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
const byteOfChar = new Map<string, number>()
for (let byte = 0; byte < 256; byte++) {
  const char = byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80]! : String.fromCharCode(byte)
  byteOfChar.set(char, byte)
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Text ExifTool decoded as Windows-1252 that was really UTF-8, repaired; anything else unchanged. */
export function repairUndeclaredUtf8(text: string): string {
  if (!/[^\p{ASCII}]/u.test(text)) return text
  const bytes: number[] = []
  for (const char of text) {
    const byte = byteOfChar.get(char)
    if (byte === undefined) return text // a character Windows-1252 cannot hold: not mojibake
    bytes.push(byte)
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes))
  } catch {
    return text // not valid UTF-8: it really was Latin-1
  }
}
