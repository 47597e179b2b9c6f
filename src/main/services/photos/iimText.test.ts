import { describe, expect, it } from 'vitest'
import { repairUndeclaredUtf8 } from './iimText'

describe('repairUndeclaredUtf8', () => {
  it('turns UTF-8 read as Windows-1252 back into the text', () => {
    expect(repairUndeclaredUtf8('DÃ©fense azÃ©ri')).toBe('Défense azéri')
    // É is C3 89: 0x89 is ‰ in Windows-1252; à is C3 A0 (a no-break space).
    expect(repairUndeclaredUtf8('Ã‰tat Ã\u00a0 Paris â€\u201d Â«Â\u00a0oui')).toBe('État à Paris — «\u00a0oui')
  })

  it('leaves real Latin-1 and plain ASCII alone', () => {
    expect(repairUndeclaredUtf8('Défense azéri')).toBe('Défense azéri')
    expect(repairUndeclaredUtf8('Ministère israélien de la Défense')).toBe('Ministère israélien de la Défense')
    expect(repairUndeclaredUtf8('AFP')).toBe('AFP')
  })

  it('leaves text with characters outside Windows-1252 alone', () => {
    expect(repairUndeclaredUtf8('Łódź Ã©')).toBe('Łódź Ã©')
  })
})
