import { invokeContract, eventContract, type MenuCommand, type RecoveryCopy, type RequestOf, type ResponseOf } from '@shared/ipc/contract'
import type { CopydeskApi } from '@shared/ipc/bridge'
import type { InvokeChannel } from '@shared/ipc/channels'
import { CopydeskError, unwrap, type Result } from '@shared/ipc/result'
import type { SettingsPatch } from '@shared/settings'

declare global {
  interface Window {
    copydesk: CopydeskApi
  }
}

/** Unwraps an answer from main and checks it against the contract before the UI trusts it. */
export async function checked<C extends InvokeChannel>(channel: C, answer: Promise<Result<unknown>>): Promise<ResponseOf<C>> {
  const value = unwrap(await answer)
  const parsed = invokeContract[channel].response.safeParse(value)
  if (!parsed.success) throw new CopydeskError('invalid-response', `${channel}: unexpected answer from main`)
  return parsed.data as ResponseOf<C>
}

/** The renderer's typed access to the main process. */
export const mainApi = {
  appInfo: () => checked('app:info', window.copydesk.app.info()),
  getSettings: () => checked('settings:get', window.copydesk.settings.get()),
  updateSettings: (patch: SettingsPatch) => checked('settings:update', window.copydesk.settings.update(patch)),
  writeRecoveryCopy: (copy: RecoveryCopy) => checked('recovery:write', window.copydesk.recovery.write(copy)),
  openExternal: (url: string) => checked('links:openExternal', window.copydesk.links.openExternal({ url })),
  exportArticle: (request: RequestOf<'exchange:export'>) => checked('exchange:export', window.copydesk.exchange.export(request)),
  importFile: (request: RequestOf<'exchange:import'>) => checked('exchange:import', window.copydesk.exchange.import(request)),
  backupStatus: () => checked('backup:status', window.copydesk.backup.status()),
  chooseBackupFolder: (request: RequestOf<'backup:chooseFolder'>) => checked('backup:chooseFolder', window.copydesk.backup.chooseFolder(request)),
  disableBackup: () => checked('backup:disable', window.copydesk.backup.disable()),
  writeBackup: (request: RequestOf<'backup:write'>) => checked('backup:write', window.copydesk.backup.write(request)),
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    window.copydesk.menu.onCommand((payload) => {
      const parsed = eventContract['menu:command'].safeParse(payload)
      if (parsed.success) listener(parsed.data)
    }),
}
