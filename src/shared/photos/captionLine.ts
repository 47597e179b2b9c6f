/**
 * The newsroom's caption line: `caption - Creator/Owner`, e.g.
 * "Yoav Gallant marche avec le ministre de la Défense azéri, … le 13 juillet 2023 - Ariel Hermoni/Ministère israélien de la Défense".
 * Also read: agency styles pasted as they come — "… (Photo by Jack GUEZ / AFP)", "… REUTERS/Amir Cohen",
 * "… - AFP". Hyphens inside words (Saint-Denis) and spaced hyphens inside the caption ("Lyon - Marseille")
 * stay in the caption: only a last segment that looks like a credit is split off.
 */
export type CaptionLine = { caption: string; creator: string; credit: string }

/** Owners written without a slash that are still credits, compared without case. */
const knownOwners = [
  'afp',
  'ap',
  'associated press',
  'reuters',
  'epa',
  'dpa',
  'anp',
  'ansa',
  'efe',
  'getty images',
  'sipa',
  'sipa press',
  'maxppp',
  'abaca',
  'hans lucas',
  'xinhua',
  'anadolu',
  'bloomberg',
  'belga',
  'keystone',
  'handout',
  'dr',
  'droits réservés',
]
/** Agencies that write their name first: "REUTERS/Amir Cohen", "AP Photo/Ohad Zwigenberg". */
const ownerFirst = /^(reuters|ap|ap photo|epa|epa-efe|xinhua|dpa)$/i

const maxCreditLength = 120

function looksLikeOwner(text: string): boolean {
  const folded = text.trim().toLowerCase()
  if (knownOwners.includes(folded)) return true
  // One or two all-capital words: "MAXPPP", "SIPA PRESS", "POOL".
  return /^[\p{Lu}\d&.]{2,}(?: [\p{Lu}\d&.]{2,})?$/u.test(text.trim())
}

/** Creator and owner from a credit segment, or null if it does not look like a credit. */
function splitCredit(segment: string): { creator: string; credit: string } | null {
  const text = segment.trim().replace(/^(?:photo|crédit|credit|ph\.?)\s*(?:by|de|par)?\s*[:：]?\s*/iu, '')
  if (text === '' || text.length > maxCreditLength || /[.!?]$/.test(text)) return null
  const slash = text.indexOf('/')
  if (slash > 0) {
    const before = text.slice(0, slash).trim()
    const after = text.slice(slash + 1).trim()
    if (!before || !after) return null
    if (ownerFirst.test(before)) return { creator: after, credit: before.replace(/ photo$/i, '') }
    return { creator: before, credit: after }
  }
  return looksLikeOwner(text) ? { creator: '', credit: text } : null
}

const separator = /\s+[-–—]\s+/g

export function parseCaptionLine(line: string): CaptionLine {
  const text = line.replace(/\s+/g, ' ').trim()

  // AFP: "… (Photo by Jack GUEZ / AFP)" or "… (AFP)".
  const parenthesis = /\s*\(([^()]+)\)\s*$/.exec(text)
  if (parenthesis) {
    const credit = splitCredit(parenthesis[1]!.replace(/^photo by /i, ''))
    if (credit) return { caption: text.slice(0, parenthesis.index).trim(), ...credit }
  }

  // "caption - Creator/Owner": the last spaced dash whose tail is a credit.
  const dashes = [...text.matchAll(separator)]
  const last = dashes.at(-1)
  if (last) {
    const credit = splitCredit(text.slice(last.index + last[0].length))
    if (credit) return { caption: text.slice(0, last.index).trim(), ...credit }
  }

  // Reuters: "… Jerusalem, July 13, 2023. REUTERS/Amir Cohen" — the credit after the last sentence.
  const reuters = /(?:^|[.!?»”)]\s+)((?:REUTERS|AP Photo|EPA-EFE|EPA|XINHUA)\/[^/]+)$/.exec(text)
  if (reuters) {
    const credit = splitCredit(reuters[1]!)
    if (credit) return { caption: text.slice(0, reuters.index + reuters[0].length - reuters[1]!.length).trim(), ...credit }
  }

  return { caption: text, creator: '', credit: '' }
}
