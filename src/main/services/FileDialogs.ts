export type FileFilter = { name: string; extensions: string[] }

/**
 * The system's open/save dialogs, asked for by main services (the renderer never sees a path it
 * did not get from one). Electron's `dialog` in the app; a test double that answers what the
 * scenario queued in the e2e harness, where no desktop exists to show a dialog on.
 */
export interface FileDialogs {
  /** Files the user picked; empty when cancelled. */
  openFiles(options: { title: string; filters?: FileFilter[]; multiple?: boolean }): Promise<string[]>
  /** A folder the user picked, or null when cancelled. */
  openFolder(options: { title: string }): Promise<string | null>
  /** Where the user chose to save, or null when cancelled. */
  saveFile(options: { title: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>
}
