/**
 * The names of every IPC channel, `domain:verb`. Kept free of zod so the sandboxed preload
 * stays tiny; `contract.ts` gives each one its schemas, and a type check keeps the two lists equal.
 */
export const invokeChannels = [
  'app:info',
  'settings:get',
  'settings:update',
  'recovery:write',
  'recovery:list',
  'links:openExternal',
] as const

/** Messages main sends to the renderer unasked. */
export const eventChannels = ['menu:command'] as const

export type InvokeChannel = (typeof invokeChannels)[number]
export type EventChannel = (typeof eventChannels)[number]
