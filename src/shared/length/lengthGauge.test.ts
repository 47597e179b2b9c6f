import { describe, expect, it } from 'vitest'
import { limitGauge, parseTarget, targetGauge } from './lengthGauge'

describe('targetGauge', () => {
  it('has no state without a target', () => {
    expect(targetGauge(1200, undefined).state).toBe('none')
    expect(targetGauge(1200, 0).state).toBe('none')
  })
  it('is under, on target within 5 %, then over', () => {
    expect(targetGauge(3000, 3500)).toMatchObject({ state: 'under', remaining: 500 })
    expect(targetGauge(3325, 3500).state).toBe('on-target')
    expect(targetGauge(3675, 3500).state).toBe('on-target')
    expect(targetGauge(3676, 3500)).toMatchObject({ state: 'over', remaining: -176 })
    expect(targetGauge(7000, 3500).ratio).toBe(2)
  })
})

describe('limitGauge', () => {
  it('is over from the first signe past the limit', () => {
    expect(limitGauge(90, 90)).toMatchObject({ state: 'within', remaining: 0 })
    expect(limitGauge(91, 90)).toMatchObject({ state: 'over', remaining: -1 })
    expect(limitGauge(10, undefined).state).toBe('none')
  })
})

describe('parseTarget', () => {
  it('reads the ways a newsroom writes 3,500', () => {
    for (const input of ['3500', '3 500', '3\u202f500', '3,500', '3.500', ' 3500 ']) expect(parseTarget(input)).toBe(3500)
  })
  it('refuses what is not a positive whole number', () => {
    for (const input of ['', '0', 'abc', '-200', '35a0', '12345678']) expect(parseTarget(input)).toBeUndefined()
  })
})
