import { z } from 'zod'
import { isSafeExternalUrl } from '../links'
import { cmsEventContract, cmsInvokeContract } from '../cms/cmsContract'
import { exchangeInvokeContract } from '../exchange/exchangeContract'
import { photoEventContract, photoInvokeContract } from '../photos/photoContract'
import { settingsPatchSchema, settingsSchema } from '../settings'
import { damagedFileReportSchema } from '../startup/damagedFiles'
import type { EventChannel, InvokeChannel } from './channels'

const safeExternalUrl = z
  .string()
  .max(4096)
  .refine(isSafeExternalUrl, 'Only http, https and mailto links without credentials can be opened')

const recoveryCopySchema = z.object({
  articleId: z.string().uuid(),
  headline: z.string().max(2000),
  /** The article as plain text, readable without Copydesk. */
  text: z.string().max(50_000_000),
  /** The whole Yjs document, base64, so nothing of the article's structure is lost. */
  yjsState: z.string().max(100_000_000),
  reason: z.string().max(2000),
})

/**
 * The one contract between renderer and main: per channel, what the request and the answer
 * look like. Main validates every request with it; the renderer validates every answer.
 */
export const invokeContract = {
  'app:info': {
    request: z.undefined(),
    response: z.object({
      version: z.string(),
      systemLocale: z.string(),
      platform: z.string(),
    }),
  },
  'settings:get': { request: z.undefined(), response: settingsSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsSchema },
  'recovery:write': {
    request: recoveryCopySchema,
    response: z.object({ path: z.string() }),
  },
  'recovery:list': {
    request: z.undefined(),
    response: z.array(
      z.object({ fileName: z.string(), articleId: z.string(), headline: z.string(), savedAt: z.string() }),
    ),
  },
  'links:openExternal': { request: z.object({ url: safeExternalUrl }), response: z.null() },
  /** The files this start found damaged: each moved (or copied) aside, for the renderer to tell the user. */
  'startup:damagedFiles': { request: z.undefined(), response: z.array(damagedFileReportSchema) },
  ...photoInvokeContract,
  ...exchangeInvokeContract,
  ...cmsInvokeContract,
} satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>

export const menuCommands = [
  'new-article',
  'save-version',
  'show-desk',
  'find',
  'open-settings',
] as const

export const eventContract = {
  'menu:command': z.enum(menuCommands),
  ...photoEventContract,
  ...cmsEventContract,
} satisfies Record<EventChannel, z.ZodType>

export type InvokeContract = typeof invokeContract
export type RequestOf<C extends InvokeChannel> = z.input<InvokeContract[C]['request']>
export type ResponseOf<C extends InvokeChannel> = z.output<InvokeContract[C]['response']>
export type EventPayload<C extends EventChannel> = z.output<(typeof eventContract)[C]>
export type MenuCommand = (typeof menuCommands)[number]
export type RecoveryCopy = z.infer<typeof recoveryCopySchema>
