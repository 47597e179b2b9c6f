import list from './cameraBoilerplate.json' with { type: 'json' }

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()
const exact = new Set(list.exact.map(normalise))
const patterns = list.patterns.map((source) => new RegExp(source, 'i'))

/**
 * True for what a camera writes by itself ("OLYMPUS DIGITAL CAMERA", "SONY DSC", "(C) by Caplio RR1
 * User", "DCIM\100GOPRO\GOPR0482.JPG"…): not a caption, creator or copyright. The list is data
 * (cameraBoilerplate.json), so a new camera's phrase is one line.
 */
export function isCameraBoilerplate(text: string): boolean {
  const value = normalise(text)
  return value !== '' && (exact.has(value) || patterns.some((pattern) => pattern.test(text.trim())))
}
