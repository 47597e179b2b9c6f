import { useRef, useState, type ErrorInfo, type ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'

type Props = {
  /** What this part of the window is, as the user knows it ("The comments"). */
  part: string
  children: ReactNode
  /** Offered as "Back to the desk" in the failure (views, not panels). */
  onBack?: () => void
  /** Told once the part has failed (to remember a view that cannot be shown). */
  onFailed?: () => void
  /** The part is tried again when one of these changes (another article, another view). */
  resetKeys?: unknown[]
  /** A side-panel section: a smaller notice. */
  compact?: boolean
}

/**
 * A part of the window that fails shows what failed and how to go on, instead of React taking the
 * whole window down with it. The open article's document and its persistence live above the
 * parts, so what was typed stays in memory and keeps being saved.
 */
export function PartBoundary({ part, children, onBack, onFailed, resetKeys, compact = false }: Props) {
  const componentStack = useRef('')
  const onError = (error: unknown, info: ErrorInfo) => {
    componentStack.current = info.componentStack ?? ''
    console.warn(`${part} failed:`, error)
    onFailed?.()
  }
  return (
    <ErrorBoundary
      onError={onError}
      resetKeys={resetKeys}
      fallbackRender={(props) => <FailedPart {...props} part={part} onBack={onBack} compact={compact} details={() => detailsOf(part, props.error, componentStack.current)} />}
    >
      {children}
    </ErrorBoundary>
  )
}

function detailsOf(part: string, error: unknown, componentStack: string): string {
  const described = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)
  return [`${part}`, described.trim(), componentStack.trim() && `Components:\n${componentStack.trim()}`, navigator.userAgent]
    .filter(Boolean)
    .join('\n\n')
}

type FailedProps = FallbackProps & { part: string; onBack?: () => void; compact: boolean; details: () => string }

function FailedPart({ error, resetErrorBoundary, part, onBack, compact, details }: FailedProps) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = () =>
    navigator.clipboard.writeText(details()).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    )
  const message = error instanceof Error ? error.message : String(error)
  return (
    <section className={`part-failed${compact ? ' part-failed-compact' : ''}`} role="alert" aria-label={t('failure.title', { part })}>
      <h2>{t('failure.title', { part })}</h2>
      <p>{t('failure.explanation')}</p>
      <div className="part-failed-actions">
        <button type="button" className="button-small" onClick={resetErrorBoundary}>
          {t('failure.retry')}
        </button>
        {onBack && (
          <button type="button" className="button-small button-quiet" onClick={onBack}>
            {t('failure.back')}
          </button>
        )}
        <button type="button" className="button-small button-quiet" onClick={() => void copy()}>
          {t('failure.copy')}
        </button>
        <span className="muted" role="status">
          {copied === 'copied' ? t('failure.copied') : copied === 'failed' ? t('failure.copyFailed') : ''}
        </span>
      </div>
      <details>
        <summary>{t('failure.details')}</summary>
        <pre className="part-failed-details">{copied === 'failed' ? details() : message}</pre>
      </details>
    </section>
  )
}
