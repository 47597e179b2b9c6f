import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { invokeChannels } from '@shared/ipc/channels'
import { fail } from '@shared/ipc/result'
import type { Dispatch } from './dispatcher'
import { isTrustedRendererUrl, type RendererLocation } from './isTrustedRendererUrl'

/** Only the top frame of one of our windows, showing our renderer, may call main. */
function isTrustedSender(event: IpcMainInvokeEvent, renderer: RendererLocation): boolean {
  const frame = event.senderFrame
  // No parent: the top frame of the sender's page, not an iframe inside it. (Null once the frame is gone.)
  if (!frame || frame.parent !== null) return false
  if (!BrowserWindow.fromWebContents(event.sender)) return false
  return isTrustedRendererUrl(frame.url, renderer)
}

/** Answers every channel of the contract through the dispatcher, after checking who asks. */
export function registerIpc(dispatch: Dispatch, renderer: RendererLocation): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event, renderer)) {
        return fail('forbidden-sender', `${channel} may only be called by the Copydesk window`)
      }
      return dispatch(channel, request)
    })
  }
}
