import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenQuiet } from './whenQuiet'

afterEach(() => {
  vi.useRealTimers()
})

describe('whenQuiet', () => {
  it('runs once, the delay after the last of a burst of pokes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const run = vi.fn()
    const timer = whenQuiet(run, 100)
    for (let i = 0; i < 10; i++) {
      timer.poke()
      vi.advanceTimersByTime(30)
    }
    // 270 ms after the first poke, 30 after the last: still waiting.
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(69)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs again after a later burst, flushes a waiting run at once, and forgets a cancelled one', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const run = vi.fn()
    const timer = whenQuiet(run, 100)
    timer.poke()
    vi.advanceTimersByTime(100)
    timer.poke()
    vi.advanceTimersByTime(100)
    expect(run).toHaveBeenCalledTimes(2)

    timer.poke()
    timer.flush()
    expect(run).toHaveBeenCalledTimes(3)
    timer.flush()
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(3)

    timer.poke()
    timer.cancel()
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(3)
  })
})
