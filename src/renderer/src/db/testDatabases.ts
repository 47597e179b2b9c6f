import { afterEach } from 'vitest'
import Dexie from 'dexie'
import { CopydeskDb } from './CopydeskDb'

/**
 * For browser tests: a fresh, uniquely named Copydesk database in the real IndexedDB, closed and
 * deleted after each test of the file that calls this.
 */
export function useFreshDatabases(): () => CopydeskDb {
  const opened: CopydeskDb[] = []
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close()
      await Dexie.delete(db.name)
    }
  })
  return () => {
    const db = new CopydeskDb(`copydesk-test-${crypto.randomUUID()}`)
    opened.push(db)
    return db
  }
}
