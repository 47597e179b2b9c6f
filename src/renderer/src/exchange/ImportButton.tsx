import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleFields } from '@shared/article/article'
import { CopydeskError } from '@shared/ipc/result'
import { db } from '../db/db'
import { loadPhotoLibrary } from '../features/articlePhotos/photoLibraryStore'
import { photoApi } from '../features/photos/photoApi'
import { mainApi } from '../ipc/mainApi'
import type { ImportReport } from './importReport'
import { reportSentences } from './reportLines'

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | ({ kind: 'done'; fileName: string } & ImportReport)
  | { kind: 'failed'; message: string }

/** "Import a file…": main reads the file the user picks, the renderer converts it into a new article. */
export function ImportButton({ defaults, onImported }: { defaults: Partial<ArticleFields>; onImported(id: string): void }) {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })

  const explain = (error: unknown): string => {
    if (error instanceof CopydeskError && (error.code === 'file-too-large' || error.code === 'unsupported-file')) {
      return t(`exchange.importError.${error.code}`, { message: error.message })
    }
    if (error instanceof Error && error.name === 'ImportError' && 'reason' in error) return t(`exchange.importError.${String(error.reason)}`)
    return t('exchange.importFailed', { message: error instanceof Error ? error.message : String(error) })
  }

  const run = async () => {
    setOutcome({ kind: 'busy' })
    try {
      const file = await mainApi.importFile({ dialogTitle: t('exchange.importDialogTitle') })
      if (!file) return setOutcome({ kind: 'idle' })
      // The converters (Word, Markdown, the editor's schema) load only when someone imports.
      const [{ convertImport }, { saveImportedArticle }] = await Promise.all([import('./convertImport'), import('./saveImportedArticle')])
      // Word's pictures go to the photo library (main checks and stores them), figures to the body.
      const { fields, body, report } = await convertImport(file, { importImage: photoApi.importImageData })
      if (report.picturesAdded > 0) void loadPhotoLibrary()
      const id = await saveImportedArticle(db, { ...defaults, ...fields }, body)
      setOutcome({ kind: 'done', fileName: file.fileName, ...report })
      onImported(id)
    } catch (error) {
      setOutcome({ kind: 'failed', message: explain(error) })
    }
  }

  return (
    <>
      <button type="button" className="button-quiet nav-import" disabled={outcome.kind === 'busy'} onClick={() => void run()}>
        {outcome.kind === 'busy' ? t('exchange.importing') : t('exchange.import')}
      </button>
      {outcome.kind === 'done' && (
        <p className="import-report muted" role="status">
          {t('exchange.imported', { fileName: outcome.fileName })}
          {reportSentences(outcome, t).map((sentence) => ` ${sentence}`).join('')}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p className="import-report error-text" role="alert">
          {outcome.message}
        </p>
      )}
    </>
  )
}
