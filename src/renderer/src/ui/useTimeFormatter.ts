import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTime } from './formatTime'

const TICK_MS = 30_000

/** `formatTime` in the interface language, re-rendering every 30 s so "5 min ago" never goes stale. */
export function useTimeFormatter(): (timestamp: number) => string {
  const { i18n } = useTranslation()
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  const language = i18n.language
  return useCallback((timestamp: number) => formatTime(timestamp, language, now), [language, now])
}
