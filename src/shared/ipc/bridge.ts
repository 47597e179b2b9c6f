import type { EventChannel, InvokeChannel } from './channels'
import type { EventPayload, RequestOf, ResponseOf } from './contract'
import type { Result } from './result'

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never
type Call<C extends InvokeChannel> =
  RequestOf<C> extends undefined
    ? () => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
type Listener<C extends EventChannel> = (listener: (payload: EventPayload<C>) => void) => () => void

/** `window.copydesk`: one named function per channel, `copydesk.settings.get()`; `copydesk.menu.onCommand(fn)` for events. */
export type CopydeskApi = {
  [D in Domain<InvokeChannel>]: {
    [C in InvokeChannel as C extends `${D}:${infer V}` ? V : never]: Call<C>
  }
} & {
  [D in Domain<EventChannel>]: {
    [C in EventChannel as C extends `${D}:${infer N}` ? `on${Capitalize<N>}` : never]: Listener<C>
  }
}

export type Invoke = (channel: InvokeChannel, request: unknown) => Promise<unknown>
export type Subscribe = (channel: EventChannel, listener: (payload: unknown) => void) => () => void

/**
 * Builds `window.copydesk` from the channel names. Used by the preload and by the e2e harness,
 * which injects it into the page as source text — so this function must stay self-contained.
 */
export function buildBridge(
  invokeNames: readonly InvokeChannel[],
  eventNames: readonly EventChannel[],
  invoke: Invoke,
  subscribe: Subscribe,
): CopydeskApi {
  const api: Record<string, Record<string, unknown>> = {}
  for (const channel of invokeNames) {
    const [domain = '', verb = ''] = channel.split(':')
    api[domain] = api[domain] || {}
    api[domain][verb] = (request?: unknown) => invoke(channel, request)
  }
  for (const channel of eventNames) {
    const [domain = '', name = ''] = channel.split(':')
    api[domain] = api[domain] || {}
    api[domain]['on' + name.charAt(0).toUpperCase() + name.slice(1)] = (listener: (payload: unknown) => void) =>
      subscribe(channel, listener)
  }
  return api as unknown as CopydeskApi
}
