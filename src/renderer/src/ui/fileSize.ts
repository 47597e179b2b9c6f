/**
 * A file size as a person reads it: kilobytes under a megabyte (a 40 KB picture is not "0 MB"),
 * megabytes with one decimal above; decimal units, as file managers show them.
 */
export function fileSize(bytes: number, language: string): { unit: 'bytes' | 'kilobytes' | 'megabytes'; size: string } {
  const number = (value: number, digits: number) => value.toLocaleString(language, { maximumFractionDigits: digits })
  if (bytes < 1_000) return { unit: 'bytes', size: number(bytes, 0) }
  if (bytes < 1_000_000) return { unit: 'kilobytes', size: number(Math.max(1, Math.round(bytes / 1_000)), 0) }
  return { unit: 'megabytes', size: number(bytes / 1_000_000, 1) }
}
