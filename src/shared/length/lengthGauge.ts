/**
 * Where a count stands against a length: a target the article should reach (the body, in signes),
 * or a limit a field must not pass (headline, SEO title). Pure, so the gauge and the tests agree.
 */

/** Within this share of the target either way, the body is "on target". */
export const TARGET_TOLERANCE = 0.05

export type TargetState = 'none' | 'under' | 'on-target' | 'over'

export type TargetGauge = {
  state: TargetState
  count: number
  target: number
  /** Signes still to write (positive) or to cut (negative). */
  remaining: number
  /** count / target, 0 when there is no target; may exceed 1. */
  ratio: number
}

export function targetGauge(count: number, target: number | undefined): TargetGauge {
  if (!target || !Number.isFinite(target) || target <= 0) return { state: 'none', count, target: 0, remaining: 0, ratio: 0 }
  const ratio = count / target
  const state: TargetState = ratio < 1 - TARGET_TOLERANCE ? 'under' : ratio > 1 + TARGET_TOLERANCE ? 'over' : 'on-target'
  return { state, count, target, remaining: target - count, ratio }
}

export type LimitState = 'none' | 'within' | 'over'

export type LimitGauge = { state: LimitState; count: number; limit: number; remaining: number }

/** A hard limit: one signe past it is over. An empty field is never flagged. */
export function limitGauge(count: number, limit: number | undefined): LimitGauge {
  if (!limit || limit <= 0) return { state: 'none', count, limit: 0, remaining: 0 }
  return { state: count > limit ? 'over' : 'within', count, limit, remaining: limit - count }
}

/** A target typed by the user ("3 500", "3,500", "3.500"): whole signes, or undefined for none. */
export function parseTarget(input: string): number | undefined {
  const digits = input.replace(/[\s\u00a0\u202f.,’']/g, '')
  if (!/^\d{1,7}$/.test(digits)) return undefined
  const value = Number(digits)
  return value > 0 ? value : undefined
}
