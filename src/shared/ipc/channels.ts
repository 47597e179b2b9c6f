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
  // Files main found damaged at this start and set aside (src/shared/startup/damagedFiles.ts).
  'startup:damagedFiles',
  // The photo library (schemas and docs: src/shared/photos/photoContract.ts).
  'photos:import',
  'photos:list',
  'photos:get',
  'photos:update',
  'photos:exportWithMetadata',
  'photos:remove',
  'photos:setUsage',
  'photos:mediaBase',
  'photos:importDropped',
  'photos:importImageData',
  // Import and export (src/shared/exchange/exchangeContract.ts).
  'exchange:export',
  'exchange:import',
  'backup:status',
  'backup:chooseFolder',
  'backup:disable',
  'backup:write',
  // The WordPress account (src/shared/cms/cmsContract.ts).
  'cms:connect',
  'cms:status',
  'cms:disconnect',
  'cms:file',
  'cms:articleState',
  'cms:retryNow',
  'cms:pull',
  'cms:acknowledge',
  'cms:fetchPhotos',
  'cms:adopt',
] as const

/**
 * Channels only the preload calls, never exposed to the page: photos:importDropped takes file paths,
 * which the preload reads itself from File objects the user dropped (so page script cannot name a path).
 */
export const preloadOnlyChannels: readonly InvokeChannel[] = ['photos:importDropped']

/** Messages main sends to the renderer unasked. */
export const eventChannels = [
  'menu:command',
  // Progress of a running photos:import.
  'photos:importProgress',
  // An article's sync state changed (src/shared/cms/cmsContract.ts).
  'cms:syncState',
  // How far filing or merging a batch of articles has gone.
  'cms:progress',
] as const

export type InvokeChannel = (typeof invokeChannels)[number]
export type EventChannel = (typeof eventChannels)[number]
