/** What every IPC call answers: a value, or an error with a stable code and a sentence for people. */
export type IpcError = { code: ErrorCode; message: string }
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export type ErrorCode =
  | 'invalid-request'
  | 'invalid-response'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-found'
  | 'io-failed'
  | 'file-too-large'
  | 'unsupported-file'
  | 'internal'

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
})

/** Thrown in the renderer when a call to main answers with an error. */
export class CopydeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'CopydeskError'
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new CopydeskError(result.error.code, result.error.message)
}
