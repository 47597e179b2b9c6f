/**
 * What typing one character does once the rules have seen it: the `deleteBefore` characters before
 * the caret and the typed character are replaced by `insert`.
 */
export type TypingEdit = {
  deleteBefore: number
  insert: string
  /**
   * Whether Backspace right after it should give back what was typed. False for a correction of an
   * earlier guess (an emoticon, a closing » that was an opening quote): Backspace there just deletes.
   */
  revertible: boolean
}

export const edit = (deleteBefore: number, insert: string, revertible = true): TypingEdit => ({
  deleteBefore,
  insert,
  revertible,
})
