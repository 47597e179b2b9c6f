import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from './base64'

describe('base64', () => {
  it('round-trips every byte value, and large arrays', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 7) % 256)
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
    expect(bytesToBase64(new Uint8Array([0, 255, 128]))).toBe('AP+A')
  })
})
