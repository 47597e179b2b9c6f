import { CopydeskDb } from './CopydeskDb'

/** The app's single database connection. */
export const db = new CopydeskDb()
