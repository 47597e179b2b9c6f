import { describe, expect, it } from 'vitest'
import { fileSize } from './fileSize'

describe('fileSize', () => {
  it('says kilobytes under a megabyte, never "0 MB"', () => {
    expect(fileSize(38_412, 'en')).toEqual({ unit: 'kilobytes', size: '38' })
    expect(fileSize(1_400, 'fr')).toEqual({ unit: 'kilobytes', size: '1' })
    expect(fileSize(640, 'en')).toEqual({ unit: 'bytes', size: '640' })
  })

  it('says megabytes with one decimal in the reader’s language', () => {
    expect(fileSize(7_340_032, 'en')).toEqual({ unit: 'megabytes', size: '7.3' })
    expect(fileSize(7_340_032, 'fr')).toEqual({ unit: 'megabytes', size: '7,3' })
    expect(fileSize(24_000_000, 'en')).toEqual({ unit: 'megabytes', size: '24' })
  })
})
