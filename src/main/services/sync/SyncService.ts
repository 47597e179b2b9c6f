import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import { z } from 'zod'
import type { CmsAccount } from '@shared/cms/account'
import type { ExportPhoto } from '@shared/exchange/exportModel'
import { fileArticleRequestSchema, type ArticleSyncState, type FileArticleRequest, type PullFailure, type SyncProgress } from '@shared/cms/filing'
import type { SiteArticle } from '@shared/cms/siteArticle'
import { atomicWrite } from '../atomicWrite'
import { isPlainObject, keepCopyAside, logDamage, readJsonFile, setAside, type DamageReporter } from '../damagedFile'
import { KeychainLocked, type CmsAccountService } from './CmsAccountService'
import { filingRightsRefusal } from './filingRights'
import { publishingGaps } from './photoChecks'
import { publicationRefusal } from './publicationChecks'
import { uploadPhoto, type PhotoSource, type UploadedPhoto } from './photoUpload'
import { fetchSitePhotos, type PhotoAdopter } from './sitePhotos'
import { featuredImageOf } from './featuredImage'
import { figuresOf, htmlText, keepsLivePost, postFieldsOf } from './postFields'
import { SiteNames, siteArticleOf, type SitePostFields } from './siteArticles'
import { TermResolver } from './terms'
import { WordPressError, type WordPressClient } from './WordPressClient'
import { readYjsLog, UnreadableLogRow, type YjsLogRow } from './yjsLog'

const errorSchema = z.object({ kind: z.string(), message: z.string(), permanent: z.boolean() })

const outboxEntrySchema = z.object({
  filing: fileArticleRequestSchema,
  queuedAt: z.number(),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number(),
  lastError: errorSchema.optional(),
})
type OutboxEntry = z.infer<typeof outboxEntrySchema>

/** A wp-admin (non-Copydesk) edit of the post: who, when (modified_gmt), and the site's fields then. */
const siteEditSchema = z.object({ by: z.string(), at: z.string(), headline: z.string(), standfirst: z.string(), contentHtml: z.string() })
export type SiteEdit = z.infer<typeof siteEditSchema> & {
  /** What this profile last sent, to tell which side changed a field. */
  base?: { headline: string; standfirst: string }
}

const postLinkSchema = z.object({
  siteUrl: z.string(),
  postId: z.number().int(),
  link: z.string(),
  syncedAt: z.number().optional(),
  /** What the site's Yjs log is known to hold (a state vector, base64): only the rest is appended. */
  remoteStateVector: z.string().optional(),
  /** How far this profile has read the post's Yjs log (and merged it locally). */
  readCursor: z.number().int().optional(),
  /** The headline and standfirst (text) this profile last put on the site: the base for merging a site edit. */
  sent: z.object({ headline: z.string(), standfirst: z.string() }).optional(),
  /** An edit made on the site outside Copydesk, waiting to be merged locally. */
  siteEdit: siteEditSchema.optional(),
  /** The last site edit merged locally (its `at`): the post may be written again. */
  siteEditMergedAt: z.string().optional(),
  /** Rows of the post's Yjs log this profile has read or appended since it last saw it folded: past a threshold, it folds it. */
  logRows: z.number().int().nonnegative().optional(),
  /** A post made outside Copydesk, offered to the desk as a new article and not yet stored there. */
  importPending: z.literal(true).optional(),
  /** Filed or seen as scheduled (status future): each pull asks whether WordPress has published it. */
  awaitsPublication: z.literal(true).optional(),
  /** The site published the post (its date): the desk shows a scheduled article as published, then acknowledges. */
  sitePublishedAt: z.number().optional(),
  /** The publication the desk was last told of and acknowledged: not told again. */
  publishedSeenAt: z.number().optional(),
})
type PostLink = z.infer<typeof postLinkSchema>

const storeSchema = z.object({
  version: z.literal(1),
  outbox: z.array(outboxEntrySchema),
  posts: z.record(z.string(), postLinkSchema),
  /** The site's clock (modified_gmt) at the last pull: posts changed after it are looked at. */
  pulledUntilGmt: z.string().optional(),
  /** Attachments made from library photos, by `<site URL> <photo id>`: a photo is uploaded once per site. */
  media: z.record(z.string(), z.object({ mediaId: z.number().int(), sourceUrl: z.string(), wordsKey: z.string() })).default({}),
  /** Uploads begun and not known to have finished (same keys): the next attempt first looks on the site. */
  uploading: z.record(z.string(), z.literal(true)).default({}),
})

/** What a pull brings for one article: the other writers' Yjs updates, to merge into the local document. */
export type PulledArticle = {
  articleId: string
  postId: number
  updates: Uint8Array[]
  cursor: number
  siteEdit?: SiteEdit
  /** A post made outside Copydesk: the desk makes it an article under `articleId`, then calls `adopt`. */
  fromSite?: SiteArticle
  /** The post is live on the site since then (ms): an article still scheduled here went out at its time. */
  sitePublishedAt?: number
}

/** What a pull brings: the articles to merge, and the posts skipped this time (named, with why). */
export type PullResult = { articles: PulledArticle[]; failures: PullFailure[] }

type SitePost = SitePostFields & {
  modified_gmt: string
  link: string
  meta?: { copydesk_uuid?: string; copydesk_external_edit?: string; copydesk_workflow_status?: string; copydesk_embargo_gmt?: string }
}

/** Copydesk's own writes say so: the plugin then clears the post's "edited outside Copydesk" mark. */
const syncHeaders = { 'x-copydesk-sync': '1' }

/** The site edit a post carries (the plugin's mark), unless it is the one already merged. */
function siteEditOf(post: SitePost, link: PostLink | undefined): SiteEdit | undefined {
  const mark = post.meta?.copydesk_external_edit
  if (!mark) return undefined
  let parsed: { by?: unknown; at?: unknown }
  try {
    parsed = JSON.parse(mark) as { by?: unknown; at?: unknown }
  } catch {
    return undefined
  }
  const at = typeof parsed.at === 'string' ? parsed.at : post.modified_gmt
  if (link?.siteEditMergedAt === at) return undefined
  return {
    by: typeof parsed.by === 'string' ? parsed.by : '',
    at,
    headline: htmlText(post.title?.raw ?? ''),
    standfirst: htmlText(post.excerpt?.raw ?? ''),
    contentHtml: post.content?.raw ?? '',
  }
}
/** An HTTP Date header as WordPress's GMT form (2026-12-04T23:10:00), or undefined. */
function gmtOfHttpDate(header: string | null): string | undefined {
  const at = header ? Date.parse(header) : NaN
  return Number.isNaN(at) ? undefined : new Date(at).toISOString().slice(0, 19)
}

type Store = z.output<typeof storeSchema>

export type SyncServiceOptions = {
  /** The persisted outbox and the article → post links (JSON, written atomically). */
  file: string
  account: CmsAccountService
  /** Told whenever an article's sync state changes (→ the renderer). */
  onChange?: (state: ArticleSyncState) => void
  /** Told as a batch goes (filing what waits, merging a pull), for a progress bar (→ the renderer). */
  onProgress?: (progress: SyncProgress) => void
  now?: () => number
  random?: () => number
  /** Longest wait between automatic attempts. */
  maxBackoffMs?: number
  /** Longest wait while offline: the site is tried again this often at least. */
  maxOfflineBackoffMs?: number
  /**
   * Posts made outside Copydesk come in as articles when changed within this many days (default
   * 30): connecting to a newsroom's site brings its current work, not its whole archive (an old
   * post comes once someone edits it on the site).
   */
  importWindowDays?: number
  /** Rows in a post's Yjs log (as far as this profile has seen) past which it folds the log into one snapshot. */
  compactLogAfterRows?: number
  /** The photo library: lead photos go to the site from its metadata-carrying export. */
  photos?: PhotoSource & PhotoAdopter
  /** Told when the sync file is found damaged: set aside whole, or a copy kept and the bad entries left out. */
  damagedFiles?: DamageReporter
}

/** A filing the sync refuses before asking the site (the user must change the article). */
export class FilingRefused extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message)
    this.name = 'FilingRefused'
  }
}

/** The state vector of what `known` (base64) and `updates` hold together. */
function unionStateVector(known: string | undefined, updates: Uint8Array[]): Uint8Array {
  const clocks = known ? Y.decodeStateVector(new Uint8Array(Buffer.from(known, 'base64'))) : new Map<number, number>()
  for (const update of updates) {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))) {
      clocks.set(client, Math.max(clock, clocks.get(client) ?? 0))
    }
  }
  return Y.encodeStateVector(clocks)
}

/** Exponential backoff with jitter ("equal jitter": half fixed, half random). */
export function backoffMs(attempt: number, random: () => number, capMs: number): number {
  const ceiling = Math.min(capMs, 1000 * 2 ** Math.min(attempt, 20))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

const emptyStore = (): Store => ({ version: 1, outbox: [], posts: {}, media: {}, uploading: {} })

/** One entry as read: kept whole, kept in part (`trimmed`: some of its fields were unreadable), or left out (undefined). */
type EntryRead<T> = { value: T; trimmed?: true } | undefined

const wholeOr = <T>(schema: z.ZodType<T>) => (entry: unknown): EntryRead<T> => {
  const parsed = schema.safeParse(entry)
  return parsed.success ? { value: parsed.data } : undefined
}

/**
 * A link whose own fields are partly unreadable keeps those still valid (its post id above all:
 * without it, a site with no plugin would get a second post); left out when that is not enough.
 */
function readLink(entry: unknown): EntryRead<PostLink> {
  const whole = postLinkSchema.safeParse(entry)
  if (whole.success) return { value: whole.data }
  if (!isPlainObject(entry)) return undefined
  const fields = postLinkSchema.shape as Record<string, z.ZodType>
  const parsed = postLinkSchema.safeParse(Object.fromEntries(Object.entries(entry).filter(([key, field]) => fields[key]?.safeParse(field).success)))
  return parsed.success ? { value: parsed.data, trimmed: true } : undefined
}

/** Each readable entry of a list or record (schema per entry), and how many were left out or trimmed. */
function readEntries<T>(value: unknown, read: (entry: unknown) => EntryRead<T>, list = false): { entries: [string, T][]; bad: number } {
  const readable = list ? Array.isArray(value) : isPlainObject(value)
  const all = readable ? Object.entries(value as object) : []
  let bad = value === undefined || readable ? 0 : 1
  const entries: [string, T][] = []
  for (const [key, entry] of all) {
    const kept = read(entry)
    if (!kept || kept.trimmed) bad++
    if (kept) entries.push([key, kept.value])
  }
  return { entries, bad }
}

/**
 * The sync file read entry by entry: each outbox entry, article → post link, attachment and upload
 * mark that still parses is kept; `bad` counts the others. Not an object of version 1 at all: undefined.
 */
export function readSyncFile(value: unknown): { store: Store; bad: number } | undefined {
  if (!isPlainObject(value) || value.version !== 1) return undefined
  const outbox = readEntries(value.outbox, wholeOr(outboxEntrySchema), true)
  const posts = readEntries(value.posts, readLink)
  const media = readEntries(value.media, wholeOr(storeSchema.shape.media.unwrap().valueType))
  const uploading = readEntries(value.uploading, wholeOr(z.literal(true)))
  const pulled = z.string().optional().safeParse(value.pulledUntilGmt)
  const store: Store = {
    version: 1,
    outbox: outbox.entries.map(([, entry]) => entry),
    posts: Object.fromEntries(posts.entries),
    media: Object.fromEntries(media.entries),
    uploading: Object.fromEntries(uploading.entries),
  }
  if (pulled.success && pulled.data !== undefined) store.pulledUntilGmt = pulled.data
  return { store, bad: outbox.bad + posts.bad + media.bad + uploading.bad + (pulled.success ? 0 : 1) }
}

/**
 * The push side of the CMS sync. Every filed article waits in a persisted outbox (one entry per
 * article: a newer filing replaces the older one) until the site has it. A post is created through
 * the plugin's create-with-UUID route, so a retry after a lost answer finds the post instead of
 * making a second one; its id is stored before anything else. Network failures mean "offline" and
 * are retried on their own; refusals (rights, validation) stay as errors with WordPress's reason.
 */
export class SyncService {
  private store: Store | undefined
  private loading: Promise<Store> | undefined
  private draining: Promise<void> | undefined
  private timer: NodeJS.Timeout | undefined
  private sending: string | undefined
  private disposed = false
  private readonly abort = new AbortController()
  private readonly now: () => number
  private readonly random: () => number
  private readonly maxBackoffMs: number
  private readonly maxOfflineBackoffMs: number

  constructor(private readonly options: SyncServiceOptions) {
    this.now = options.now ?? Date.now
    this.random = options.random ?? Math.random
    this.maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000
    this.maxOfflineBackoffMs = options.maxOfflineBackoffMs ?? 30_000
  }

  /** Loads the outbox and starts sending what waits in it (at app start). */
  async start(): Promise<void> {
    await this.load()
    this.kick()
  }

  /** Queues the article for the site (replacing what waited for it) and starts sending. */
  async file(filing: FileArticleRequest): Promise<ArticleSyncState> {
    const store = await this.load()
    const articleId = filing.article.id
    const entry: OutboxEntry = { filing, queuedAt: this.now(), attempts: 0, nextAttemptAt: this.now() }
    store.outbox = [...store.outbox.filter((e) => e.filing.article.id !== articleId), entry]
    await this.persist()
    this.notify(articleId)
    this.kick()
    return this.stateOf(store, articleId)
  }

  async state(articleId: string): Promise<ArticleSyncState> {
    return this.stateOf(await this.load(), articleId)
  }

  /** Tries everything waiting now, errors included (the user's "Try again"). */
  async retryNow(): Promise<void> {
    const store = await this.load()
    for (const entry of store.outbox) entry.nextAttemptAt = this.now()
    await this.persist()
    this.kick()
    await this.idle()
  }

  /** Resolves when nothing is being sent (tests, and shutting down). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining
  }

  /** Stops timers and aborts requests in flight; writes nothing afterwards. */
  async dispose(): Promise<void> {
    this.disposed = true
    clearTimeout(this.timer)
    this.abort.abort()
    await this.draining?.catch(() => undefined)
  }

  /**
   * Brings from the site the library photos an article uses that this profile lacks (another
   * Copydesk placed them); their attachments are remembered, so filing the article reuses them.
   */
  async fetchPhotos(photoIds: readonly string[]): Promise<{ fetched: string[]; missing: string[]; mismatched: string[] }> {
    const store = await this.load()
    const session = await this.options.account.client()
    const photos = this.options.photos
    if (!session || !session.account.plugin.installed || !photos) return { fetched: [], missing: [...photoIds], mismatched: [] }
    const { fetched, missing, mismatched } = await fetchSitePhotos({ client: session.client, library: photos, photoIds, signal: this.abort.signal })
    for (const [photoId, uploaded] of fetched) store.media[`${session.account.siteUrl} ${photoId}`] ??= uploaded
    if (fetched.size > 0) await this.persist()
    return { fetched: [...fetched.keys()], missing, mismatched }
  }

  /**
   * Brings what changed on the site: for every article this profile knows, and every post carrying
   * an article UUID changed since the last pull (another Copydesk filed it), the Yjs updates after
   * the last acknowledged cursor; and every post made outside Copydesk (wp-admin: no UUID, not
   * linked here) as a new article to make (`fromSite`, then `adopt`). Call `acknowledge` once each
   * is merged and saved locally, so a crash in between only means reading it again (merging is
   * idempotent; an article not yet made is offered again under the same id).
   */
  async pull(): Promise<PullResult> {
    const store = await this.load()
    const session = await this.options.account.client()
    if (!session) return { articles: [], failures: [] }
    const { client, account } = session
    const plugin = account.plugin.installed
    const signal = this.abort.signal
    // modified_gmt has one-second resolution: look one second back, duplicates are harmless.
    const since = store.pulledUntilGmt ? new Date(Date.parse(`${store.pulledUntilGmt}Z`) - 1000).toISOString().slice(0, 19) : undefined
    let newest = store.pulledUntilGmt
    const madeOutside = new Map<number, SitePost>()
    const wentLive: [PostLink, SitePost][] = []
    const importSince = new Date(this.now() - (this.options.importWindowDays ?? 30) * 86_400_000).toISOString().slice(0, 19)
    // The site's titles, to name a post that cannot be pulled.
    const titles = new Map<number, string>()
    const look = (post: SitePost) => {
      const uuid = plugin ? post.meta?.copydesk_uuid : undefined
      if (post.title?.raw !== undefined) titles.set(post.id, htmlText(post.title.raw))
      const known = uuid ? store.posts[uuid] : undefined
      if (known && known.siteUrl === account.siteUrl && known.postId !== post.id) {
        // Another post carrying this article's UUID (the plugin writes a UUID once, on one post;
        // an older plugin let anyone who edits a post set one): it is never this article.
        console.warn(`Copydesk: post ${post.id} carries the UUID of the article linked to post ${known.postId}; ignored.`)
        return
      }
      const linked = this.linkOfPost(store, account.siteUrl, post.id)
      if (!uuid) {
        if (linked?.[1].importPending || (!linked && post.modified_gmt >= importSince)) madeOutside.set(post.id, post)
        return
      }
      // Another desk adopted the post this one was offering as a new article: theirs is the article.
      if (linked && linked[0] !== uuid && linked[1].importPending) delete store.posts[linked[0]]
      if (!store.posts[uuid] || store.posts[uuid]!.siteUrl !== account.siteUrl) {
        store.posts[uuid] = { siteUrl: account.siteUrl, postId: post.id, link: post.link }
      }
      const link = store.posts[uuid]!
      // Adopted by this desk, which stopped before storing the article: the post's log brings it whole.
      delete link.importPending
      const siteEdit = siteEditOf(post, link)
      if (siteEdit) link.siteEdit = siteEdit
      if (post.status === 'future') link.awaitsPublication = true
      else if (post.status === 'publish' && (link.awaitsPublication || post.meta?.copydesk_workflow_status === 'scheduled' || post.modified_gmt <= (post.date_gmt ?? ''))) {
        // Live, maybe scheduled before (known here, recorded so, or unchanged since its date: WordPress may have published it
        // at its time, which leaves modified_gmt as it was); the desk moves only an article it still has as scheduled.
        delete link.awaitsPublication
        wentLive.push([link, post])
      }
    }
    const listQuery = { context: 'edit', status: 'draft,pending,future,publish,private', per_page: 100, orderby: 'modified', order: 'asc' }
    for (let page = 1; ; page++) {
      const { data, headers } = await client.get<SitePost[]>('wp/v2/posts', { query: { ...listQuery, page, modified_after: since }, signal })
      // A post scheduled for later carries its future date as modified_gmt: the next pull must not
      // start there (it would miss every post changed until then), so "seen up to" stops at the site's now.
      const siteNow = gmtOfHttpDate(headers.get('date')) ?? new Date(this.now()).toISOString().slice(0, 19)
      for (const post of data) {
        const seen = post.modified_gmt > siteNow ? siteNow : post.modified_gmt
        if (!newest || seen > newest) newest = seen
        look(post)
      }
      if (page >= Number(headers.get('x-wp-totalpages') ?? 1)) break
    }
    // Offered earlier and not made yet (the desk was closed): offered again, even unchanged since.
    const waiting = Object.values(store.posts).filter((link) => link.importPending && link.siteUrl === account.siteUrl && !madeOutside.has(link.postId))
    for (let start = 0; start < waiting.length; start += 100) {
      const include = waiting.slice(start, start + 100).map((link) => link.postId)
      const { data } = await client.get<SitePost[]>('wp/v2/posts', { query: { ...listQuery, include: include.join(',') }, signal })
      for (const post of data) look(post)
      // Gone from the site (deleted, trashed) before it became an article: nothing to make.
      for (const postId of include) {
        const entry = this.linkOfPost(store, account.siteUrl, postId)
        if (entry?.[1].importPending && !madeOutside.has(postId)) delete store.posts[entry[0]]
      }
    }

    if (plugin) wentLive.push(...(await this.scheduledPostsLive(store, account.siteUrl, client, signal)))
    for (const [link, post] of wentLive) await this.notePublished(link, post, client, signal)

    const pulled: PulledArticle[] = []
    if (madeOutside.size > 0) {
      const names = new SiteNames(client, signal)
      await names.load([...madeOutside.values()])
      for (const post of madeOutside.values()) {
        const fromSite = siteArticleOf(post, names)
        const importer = this.options.photos
        if (post.featured_media && importer?.importImageData) {
          const featured = await featuredImageOf(client, { importImageData: (request) => importer.importImageData!(request) }, post.featured_media, signal)
          if (featured) {
            fromSite.leadPhoto = featured.photo
            store.media[`${account.siteUrl} ${featured.photo.photoId}`] ??= featured.uploaded
          }
        }
        let articleId = this.linkOfPost(store, account.siteUrl, post.id)?.[0]
        if (!articleId) {
          articleId = randomUUID()
          store.posts[articleId] = { siteUrl: account.siteUrl, postId: post.id, link: post.link, importPending: true }
        }
        // The site's words are the base for merging a later wp-admin edit.
        store.posts[articleId]!.sent = { headline: fromSite.headline, standfirst: fromSite.standfirst }
        pulled.push({ articleId, postId: post.id, updates: [], cursor: 0, fromSite })
      }
    }
    // Each post on its own: one whose log the site cannot serve, or holding a row that is not a Yjs
    // update, is reported and skipped (tried again next pull); the others come all the same.
    const failures: PullFailure[] = []
    for (const [articleId, post] of plugin ? Object.entries(store.posts) : []) {
      if (post.siteUrl !== account.siteUrl || post.importPending) continue
      let rows: YjsLogRow[]
      let cursor: number
      try {
        ;({ rows, cursor } = await readYjsLog(client, post.postId, post.readCursor ?? 0, signal))
      } catch (error) {
        // Offline, or stopping: the whole pull waits for the next.
        if (signal.aborted || (error instanceof WordPressError && error.isNetwork)) throw error
        // Gone from the site, or no longer this user's to edit (a contributor's story once published): nothing to bring.
        if (error instanceof WordPressError && [401, 403, 404].includes(error.status ?? 0)) continue
        const reason = error instanceof UnreadableLogRow ? 'unreadable-update' : 'site-error'
        console.warn(`Copydesk: post ${post.postId} skipped in this pull:`, error instanceof Error ? error.message : error)
        failures.push({ articleId, postId: post.postId, title: titles.get(post.postId) ?? post.sent?.headline ?? '', reason })
        continue
      }
      const updates = rows.map((row) => row.update)
      for (const row of rows) post.logRows = row.kind === 'snapshot' ? 1 : (post.logRows ?? 0) + 1
      await this.compactIfLong(post, account, client, signal)
      const siteEdit = post.siteEdit ? { ...post.siteEdit, ...(post.sent ? { base: post.sent } : {}) } : undefined
      const live = post.sitePublishedAt !== undefined ? { sitePublishedAt: post.sitePublishedAt } : {}
      if (updates.length || siteEdit || post.sitePublishedAt !== undefined) pulled.push({ articleId, postId: post.postId, updates, cursor, ...(siteEdit ? { siteEdit } : {}), ...live })
      if (updates.length) {
        // The site holds these: the next push leaves them out (others' edits are never sent back).
        post.remoteStateVector = Buffer.from(unionStateVector(post.remoteStateVector, updates)).toString('base64')
      }
    }
    store.pulledUntilGmt = newest
    await this.persist()
    this.pullProgress = { done: 0, total: pulled.length }
    if (pulled.length > 0) this.progress('pull', 0, pulled.length, false)
    return { articles: pulled, failures }
  }

  /**
   * The desk made the article of a post made outside Copydesk (`fromSite`), from which `yjsState`
   * is the first state: with the plugin, the post gets the article's UUID and its log starts with
   * that state, so every desk (and the next push) links that post to this one article. When another
   * desk adopted the post first, the answer is `adopted: false` and the next pull brings theirs:
   * the desk must not keep its own. Without the plugin the post stays linked by its id here.
   */
  async adopt(articleId: string, yjsState: string): Promise<{ adopted: boolean; cursor: number }> {
    const store = await this.load()
    const link = store.posts[articleId]
    if (!link?.importPending) return { adopted: false, cursor: 0 }
    const session = await this.options.account.client()
    if (!session || session.account.siteUrl !== link.siteUrl) throw new FilingRefused('not-connected', 'Not connected to the site this post comes from.')
    if (!session.account.plugin.installed) return { adopted: true, cursor: 0 }
    let answer: { uuid: string; adopted: boolean; cursor: number }
    try {
      answer = (await session.client.post<{ uuid: string; adopted: boolean; cursor: number }>(
        `copydesk/v1/posts/${link.postId}/adopt`,
        { uuid: articleId, updates: [yjsState] },
        { signal: this.abort.signal },
      )).data
    } catch (error) {
      // A plugin from before adoption: the post is linked by its id on this computer only.
      if (error instanceof WordPressError && error.code === 'rest_no_route') return { adopted: true, cursor: 0 }
      throw error
    }
    if (!answer.adopted) {
      delete store.posts[articleId]
      store.posts[answer.uuid] ??= { siteUrl: link.siteUrl, postId: link.postId, link: link.link }
      await this.persist()
      return { adopted: false, cursor: 0 }
    }
    // The log holds the article now: a crash before the desk stores it only means reading it back.
    delete link.importPending
    // The article is what the site has: on the site, as if just filed.
    link.syncedAt = this.now()
    link.remoteStateVector = Buffer.from(Y.encodeStateVectorFromUpdate(Buffer.from(yjsState, 'base64'))).toString('base64')
    await this.persist()
    return { adopted: true, cursor: answer.cursor }
  }

  /** The pulled updates up to `cursor` are merged and saved locally: the next pull starts after them. */
  async acknowledge(articleId: string, cursor: number, siteEditAt?: string): Promise<void> {
    const progress = this.pullProgress
    if (progress && progress.done < progress.total) {
      progress.done += 1
      this.progress('pull', progress.done, progress.total, progress.done >= progress.total)
    }
    const post = (await this.load()).posts[articleId]
    if (!post) return
    const mergedSiteEdit = siteEditAt !== undefined && post.siteEdit?.at === siteEditAt
    if ((post.readCursor ?? 0) >= cursor && !mergedSiteEdit && !post.importPending && post.sitePublishedAt === undefined) return
    post.readCursor = Math.max(post.readCursor ?? 0, cursor)
    // Pulls are one at a time: the publication this desk was told of is shown there now.
    if (post.sitePublishedAt !== undefined) post.publishedSeenAt = post.sitePublishedAt
    delete post.sitePublishedAt
    // A post made outside Copydesk is an article on this desk now: it is not offered again.
    if (post.importPending) {
      delete post.importPending
      post.syncedAt ??= this.now()
    }
    if (mergedSiteEdit) {
      post.siteEditMergedAt = siteEditAt
      delete post.siteEdit
    }
    await this.persist()
    this.notify(articleId)
  }

  /**
   * WordPress publishes a scheduled post itself when its time comes (WP-cron), without changing its
   * modified date: the posts known here as scheduled are asked for by id, and those now live returned.
   */
  private async scheduledPostsLive(store: Store, siteUrl: string, client: WordPressClient, signal: AbortSignal): Promise<[PostLink, SitePost][]> {
    const scheduled = Object.values(store.posts).filter((link) => link.awaitsPublication && link.siteUrl === siteUrl)
    const live: [PostLink, SitePost][] = []
    for (let start = 0; start < scheduled.length; start += 100) {
      const batch = scheduled.slice(start, start + 100)
      const query = { context: 'edit', status: 'draft,pending,future,publish,private', per_page: 100, include: batch.map((link) => link.postId).join(','), _fields: 'id,status,date_gmt,meta' }
      const { data } = await client.get<SitePost[]>('wp/v2/posts', { query, signal })
      for (const link of batch) {
        const post = data.find((candidate) => candidate.id === link.postId)
        // Published, unscheduled or gone: nothing more to wait for.
        if (post?.status !== 'future') delete link.awaitsPublication
        if (post?.status === 'publish') live.push([link, post])
      }
    }
    return live
  }

  /**
   * The post is live: the desk is told when (its date), and the plugin's workflow status, still
   * "scheduled", says published, so every desk agrees and nothing sends it back as scheduled.
   */
  private async notePublished(link: PostLink, post: SitePost, client: WordPressClient, signal: AbortSignal): Promise<void> {
    const at = post.date_gmt ? Date.parse(`${post.date_gmt}Z`) : Number.NaN
    if (!Number.isFinite(at) || at !== link.publishedSeenAt) link.sitePublishedAt = Number.isFinite(at) ? at : this.now()
    if (post.meta?.copydesk_workflow_status !== 'scheduled') return
    await client.post(`copydesk/v1/posts/${post.id}/workflow`, { status: 'published' }, { signal }).catch((error: unknown) => {
      // Only the desk may set it: this user's desk shows it all the same, an editor's pull records it.
      if (!(error instanceof WordPressError) || error.status !== 403) throw error
    })
  }

  /** The article linked to this post (key and link), if any. */
  private linkOfPost(store: Store, siteUrl: string, postId: number): [string, PostLink] | undefined {
    return Object.entries(store.posts).find(([, link]) => link.siteUrl === siteUrl && link.postId === postId)
  }

  private pullProgress: { done: number; total: number } | undefined

  private progress(operation: SyncProgress['operation'], done: number, total: number, ended: boolean): void {
    if (!this.disposed) this.options.onProgress?.({ operation, done, total, ended })
  }

  private stateOf(store: Store, articleId: string): ArticleSyncState {
    const entry = store.outbox.find((e) => e.filing.article.id === articleId)
    const post = store.posts[articleId]
    const base = { articleId, ...(post ? { postId: post.postId, link: post.link, syncedAt: post.syncedAt } : {}) }
    if (!entry) return post?.syncedAt ? { ...base, state: 'synced' } : { ...base, state: 'local' }
    if (this.sending === articleId) return { ...base, state: 'sending' }
    // Tried again by itself (nextAttemptAt), or at once with Retry.
    if (this.stalled?.keychain && !entry.lastError?.permanent) {
      return { ...base, state: 'error', reason: { kind: 'keychain', message: 'The system keychain is locked or unavailable' }, nextAttemptAt: this.stalled.retryAt }
    }
    const error = entry.lastError
    if (!error) return { ...base, state: 'waiting', nextAttemptAt: entry.nextAttemptAt }
    const reason = { kind: error.kind, message: error.message }
    if (error.permanent) return { ...base, state: 'error', reason }
    if (error.kind === 'offline') return { ...base, state: 'offline', reason, nextAttemptAt: entry.nextAttemptAt }
    return { ...base, state: 'waiting', reason, nextAttemptAt: entry.nextAttemptAt }
  }

  private notify(articleId: string): void {
    if (this.disposed || !this.store) return
    this.options.onChange?.(this.stateOf(this.store, articleId))
  }

  private load(): Promise<Store> {
    if (this.store) return Promise.resolve(this.store)
    this.loading ??= (async () => {
      const file = this.options.file
      const reporter = this.options.damagedFiles ?? logDamage
      const read = readJsonFile(file, 'cms-sync', reporter)
      const readable = read.found ? readSyncFile(read.value) : undefined
      if (read.found && !readable) setAside(file, 'cms-sync', 'wrong-shape', reporter)
      this.store = readable?.store ?? emptyStore()
      // Some entries were unreadable: a copy of the file keeps them, the file keeps the rest.
      if (readable && readable.bad > 0) {
        keepCopyAside(file, 'cms-sync', readable.bad, reporter)
        await this.persist()
      }
      return this.store
    })()
    return this.loading
  }

  private writing: Promise<void> = Promise.resolve()
  private dirty = false
  private lastPersistAt = -Infinity

  /** Writes the store; writes run one after another, each taking the state as it is then (the last one is the newest). */
  private persist(): Promise<void> {
    this.dirty = false
    this.lastPersistAt = performance.now()
    const write = this.writing.then(async () => {
      if (this.disposed || !this.store) return
      await atomicWrite(this.options.file, JSON.stringify(this.store))
    })
    this.writing = write.catch(() => undefined)
    return write
  }

  /**
   * For a drain's many "this one is on the site" changes: written at most once a second, and when
   * the drain ends. Lost in a crash, an article is only sent again (found by its UUID, not duplicated).
   */
  private async persistThrottled(): Promise<void> {
    if (performance.now() - this.lastPersistAt >= 1000) await this.persist()
    else this.dirty = true
  }

  private kick(): void {
    if (this.disposed) return
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.draining) {
      this.pendingKick = true
      return
    }
    this.draining = this.drain()
      .then(() => (this.dirty ? this.persist() : undefined))
      .then(
        () => this.recovered(),
        (error: unknown) => this.stall(error),
      )
      .finally(() => {
        this.draining = undefined
        if (this.pendingKick) {
          this.pendingKick = false
          this.kick()
        } else this.scheduleNext()
      })
  }

  private pendingKick = false

  /**
   * A drain that failed before any entry could be tried (the keychain would not open the password,
   * the file could not be written): the next one waits, with backoff, instead of starting at once
   * again for the entries still due (which spun, hundreds of attempts a second).
   */
  private stalled: { failures: number; retryAt: number; keychain: boolean } | undefined

  private stall(error: unknown): void {
    const failures = (this.stalled?.failures ?? 0) + 1
    const retryAt = this.now() + backoffMs(failures - 1, this.random, this.maxBackoffMs)
    this.stalled = { failures, retryAt, keychain: error instanceof KeychainLocked }
    console.warn(`Copydesk: sync stopped (${error instanceof Error ? error.message : String(error)}); next attempt in ${Math.round((retryAt - this.now()) / 1000)} s`)
    this.notifyOutbox()
  }

  private recovered(): void {
    if (!this.stalled) return
    this.stalled = undefined
    this.notifyOutbox()
  }

  private notifyOutbox(): void {
    for (const entry of this.store?.outbox ?? []) this.notify(entry.filing.article.id)
  }

  private scheduleNext(): void {
    if (this.disposed || !this.store) return
    const due = this.store.outbox.filter((e) => !e.lastError?.permanent).map((e) => e.nextAttemptAt)
    if (due.length === 0) return
    const delay = Math.max(0, Math.min(...due) - this.now(), (this.stalled?.retryAt ?? 0) - this.now())
    this.timer = setTimeout(() => this.kick(), delay)
    this.timer.unref?.()
  }

  private async drain(): Promise<void> {
    const store = await this.load()
    const session = await this.options.account.client()
    if (!session) return // not connected: everything waits
    // Term ids are looked up once per drain, not once per article.
    const terms = { categories: new TermResolver(session.client, 'categories', this.abort.signal), tags: new TermResolver(session.client, 'tags', this.abort.signal) }
    // Progress over the batch: what was tried in this drain, of that plus what is due now.
    let tried = 0
    for (;; tried++) {
      if (this.disposed) return
      const due = store.outbox.filter((e) => !e.lastError?.permanent && e.nextAttemptAt <= this.now())
      const entry = due[0]
      if (tried + due.length > 0) this.progress('file', tried, tried + due.length, !entry)
      if (!entry) return
      const articleId = entry.filing.article.id
      const filing = entry.filing
      this.sending = articleId
      this.notify(articleId)
      try {
        await this.push(filing, session.client, session.account, terms)
        if (this.disposed) return
        // Filed again while this was sending? Then the newer filing stays queued.
        store.outbox = store.outbox.filter((e) => e.filing !== filing)
        const post = store.posts[articleId]
        if (post) post.syncedAt = this.now()
        this.sending = undefined
        await this.persistThrottled()
        this.notify(articleId)
      } catch (error) {
        this.sending = undefined
        if (this.disposed) return
        const failure = this.describe(error)
        entry.attempts += 1
        entry.lastError = failure
        if (!failure.permanent) {
          const cap = failure.kind === 'offline' ? this.maxOfflineBackoffMs : this.maxBackoffMs
          const retryAfter = error instanceof WordPressError ? (error.details.retryAfterMs ?? 0) : 0
          entry.nextAttemptAt = this.now() + Math.max(backoffMs(entry.attempts - 1, this.random, cap), retryAfter)
        }
        await this.persist()
        this.notify(articleId)
        // Offline: the other entries would fail the same way; wait for the next attempt.
        if (failure.kind === 'offline') {
          this.progress('file', tried + 1, tried + due.length, true)
          return
        }
      }
    }
  }

  private describe(error: unknown): z.infer<typeof errorSchema> {
    if (error instanceof FilingRefused) return { kind: error.kind, message: error.message, permanent: true }
    if (!(error instanceof WordPressError)) {
      return { kind: 'internal', message: error instanceof Error ? error.message : String(error), permanent: true }
    }
    if (error.isNetwork) return { kind: 'offline', message: error.message, permanent: false }
    const status = error.status ?? 0
    if (status === 401) return { kind: 'auth', message: error.message, permanent: true }
    if (status === 403) return { kind: 'forbidden', message: error.message, permanent: true }
    if (error.isRetryable) return { kind: 'retrying', message: error.message, permanent: false }
    if (error.kind === 'bad-response') return { kind: 'retrying', message: error.message, permanent: false }
    return { kind: 'rejected', message: error.message, permanent: true }
  }

  /** Puts one article on the site: the post (found by UUID or created), its terms, the Yjs updates it lacks, the workflow status. */
  private async push(
    filing: FileArticleRequest,
    client: WordPressClient,
    account: CmsAccount,
    terms: { categories: TermResolver; tags: TermResolver },
  ): Promise<void> {
    const store = this.store!
    const signal = this.abort.signal
    const articleId = filing.article.id
    const plugin = account.plugin.installed
    // Without the plugin neither guarantee holds (a lost answer makes a second post; a newer edit on
    // the site is overwritten unseen): Copydesk does not file, and says how to get it.
    if (!plugin) throw new FilingRefused('plugin-missing', 'The Copydesk plugin is not installed on the site.')
    let post = store.posts[articleId]
    if (post && post.siteUrl !== account.siteUrl) post = undefined

    if (filing.status === 'spiked') {
      if (post) await client.request('DELETE', `wp/v2/posts/${post.postId}`, { signal })
      return
    }

    const gaps = publishingGaps(filing)
    if (gaps) throw new FilingRefused('photo-words', gaps)
    const early = publicationRefusal(filing, this.now())
    if (early) throw new FilingRefused(early.kind, early.parameter)

    // What the site has now: an edit made outside Copydesk, the workflow status.
    let sitePost: SitePost | undefined
    if (post && plugin) {
      const { data } = await client
        .get<SitePost>(`wp/v2/posts/${post.postId}`, { query: { context: 'edit', _fields: 'id,modified_gmt,link,title,excerpt,content,meta' }, signal })
        .catch((error: unknown) => {
          if (error instanceof WordPressError && error.code === 'rest_post_invalid_id') return { data: undefined }
          throw error
        })
      sitePost = data
      // Never overwrite an edit made on the site outside Copydesk: it is merged locally first.
      const siteEdit = data && siteEditOf(data, post)
      if (siteEdit) {
        post.siteEdit = siteEdit
        await this.persist()
        throw new FilingRefused(
          'site-edited',
          `${siteEdit.by || 'Someone'} edited this article on the site. Get the changes from the site (they are merged, or kept as a version), then file again.`,
        )
      }
    }
    const siteStatus = sitePost?.meta?.copydesk_workflow_status || undefined
    const refusal = filingRightsRefusal(siteStatus, filing.status, account)
    if (refusal) throw new FilingRefused('not-allowed', refusal)

    // Photos first: the post refers to them (featured image, <img> in the body).
    const uploaded = new Map<string, UploadedPhoto>()
    const lead = filing.article.leadPhoto
    const photos = this.options.photos
    if (photos) {
      const figures = figuresOf(filing.article.body).filter((figure) => figure.photoId && figure.photoId !== lead?.photoId)
      // Progress over the article's distinct photos (uploads are the slow part of a filing).
      const total = new Set([lead?.photoId, ...figures.map((figure) => figure.photoId)].filter(Boolean)).size
      const counted = () => this.progress('photos', uploaded.size, total, uploaded.size >= total)
      try {
        if (lead?.photoId) {
          uploaded.set(lead.photoId, await this.putPhoto({ ...lead, photoId: lead.photoId }, false, client, account, signal))
          counted()
        }
        for (const figure of figures) {
          if (!figure.photoId || uploaded.has(figure.photoId)) continue
          // A body photo's words are in the post's <figcaption>; the attachment keeps those it was made with.
          const words = { photoId: figure.photoId, caption: figure.caption, credit: figure.credit, creator: '', copyright: '', altText: figure.altText }
          uploaded.set(figure.photoId, await this.putPhoto(words, true, client, account, signal))
          counted()
        }
      } catch (error) {
        if (uploaded.size < total) this.progress('photos', uploaded.size, total, true)
        throw error
      }
    }
    const fields: Record<string, unknown> = { ...postFieldsOf(filing, (photoId) => uploaded.get(photoId)?.sourceUrl) }
    if (lead?.photoId && uploaded.has(lead.photoId)) fields.featured_media = uploaded.get(lead.photoId)!.mediaId
    else if (!lead) fields.featured_media = 0
    const section = filing.article.section.trim()
    if (section) {
      const id = await terms.categories.idOf(section)
      if (id !== undefined) fields.categories = [id]
    }
    fields.tags = await terms.tags.idsOf(filing.article.tags)

    // A new workflow status goes first: a step the site refuses leaves the post as it was.
    const embargo = filing.embargoAt !== undefined ? new Date(filing.embargoAt).toISOString().slice(0, 19) : ''
    const workflow = { status: filing.status, embargo_gmt: embargo, ...(filing.correctionNote !== undefined ? { note: filing.correctionNote } : {}) }
    // The embargo reaches the plugin with the status, before the post changes, so the site holds it too.
    const siteEmbargo = sitePost?.meta?.copydesk_embargo_gmt ?? ''
    const statusSentFirst = post !== undefined && sitePost !== undefined && (siteStatus !== filing.status || siteEmbargo !== embargo)
    if (statusSentFirst) await client.post(`copydesk/v1/posts/${post!.postId}/workflow`, workflow, { signal })
    if (post && !keepsLivePost(filing, sitePost !== undefined)) {
      try {
        await client.post(`wp/v2/posts/${post.postId}`, fields, { signal, headers: syncHeaders })
      } catch (error) {
        // Deleted for good on the site: file it as a new post.
        if (!(error instanceof WordPressError) || error.code !== 'rest_post_invalid_id') throw error
        delete store.posts[articleId]
        post = undefined
      }
    }
    let createdWith: { yjs: boolean; workflow: boolean } = { yjs: false, workflow: false }
    if (!post) ({ post, createdWith } = await this.createPost(filing, fields, client, account, signal))
    post.sent = { headline: filing.article.headline, standfirst: filing.article.standfirst }
    if (fields.status === 'future') post.awaitsPublication = true
    else delete post.awaitsPublication

    if (plugin) {
      if (createdWith.yjs) {
        // The create carried the whole document: the site holds all of it.
        // Written with the end of this push (lost in a crash, the next push resends: merging is idempotent).
        post.remoteStateVector = Buffer.from(Y.encodeStateVectorFromUpdate(Buffer.from(filing.yjsState, 'base64'))).toString('base64')
        post.logRows = 1
      } else {
        await this.appendYjs(post, filing.yjsState, account, client, signal)
      }
      const siteHasStatus = statusSentFirst || (sitePost !== undefined && siteStatus === filing.status && siteEmbargo === embargo)
      if (!createdWith.workflow && !siteHasStatus) await client.post(`copydesk/v1/posts/${post.postId}/workflow`, workflow, { signal }).catch((error: unknown) => {
        // A status only the desk may set, on a post the site knew without it: the post itself is filed all the same.
        if (!(error instanceof WordPressError) || error.status !== 403) throw error
      })
    }
  }

  /** One library photo on the site (uploaded once per site; see uploadPhoto), remembered before any post refers to it. */
  private async putPhoto(
    photo: ExportPhoto & { photoId: string },
    keepWords: boolean,
    client: WordPressClient,
    account: CmsAccount,
    signal: AbortSignal,
  ): Promise<UploadedPhoto> {
    const store = this.store!
    const key = `${account.siteUrl} ${photo.photoId}`
    const known = store.media[key]
    if (known && keepWords) return known
    const plugin = account.plugin.installed
    // Interrupted and retried, the plugin's photo route answers the attachment already made.
    const uploaded = await uploadPhoto({ client, photos: this.options.photos!, photo, known, plugin, signal })
    store.media[key] = uploaded
    // A mark an earlier version left while uploading: the photo route makes it unneeded.
    delete store.uploading[key]
    return uploaded
  }

  private async createPost(
    filing: FileArticleRequest,
    fields: Record<string, unknown>,
    client: WordPressClient,
    account: CmsAccount,
    signal: AbortSignal,
  ): Promise<{ post: PostLink; createdWith: { yjs: boolean; workflow: boolean } }> {
    const store = this.store!
    const articleId = filing.article.id
    const createdWith = { yjs: false, workflow: false }
    // One round trip for a new article: the post, its whole Yjs document and its workflow status.
    const { data } = await client.post<{ id: number; link: string; created: boolean; yjs_appended?: boolean; workflow_set?: boolean }>(
      'copydesk/v1/articles',
      {
        uuid: articleId,
        post: fields,
        updates: [filing.yjsState],
        workflow: filing.status,
        ...(filing.embargoAt !== undefined ? { embargo_gmt: new Date(filing.embargoAt).toISOString().slice(0, 19) } : {}),
        ...(filing.correctionNote !== undefined ? { workflow_note: filing.correctionNote } : {}),
      },
      { signal },
    )
    const { id: postId, link } = data
    // A crash before this is written only means asking again: the plugin finds the post by its UUID.
    store.posts[articleId] = { siteUrl: account.siteUrl, postId, link }
    await this.persistThrottled()
    // It existed (an earlier attempt whose answer was lost): bring it up to date.
    if (!data.created) await client.post(`wp/v2/posts/${postId}`, fields, { signal, headers: syncHeaders })
    createdWith.yjs = data.created && data.yjs_appended === true
    createdWith.workflow = data.created && data.workflow_set === true
    return { post: store.posts[articleId]!, createdWith }
  }

  private async appendYjs(post: PostLink, yjsState: string, account: CmsAccount, client: WordPressClient, signal: AbortSignal): Promise<void> {
    const state = new Uint8Array(Buffer.from(yjsState, 'base64'))
    const known = post.remoteStateVector ? new Uint8Array(Buffer.from(post.remoteStateVector, 'base64')) : undefined
    const missing = known ? Y.diffUpdate(state, known) : state
    // An update with no structs and no deletions is two zero bytes: nothing to send.
    if (missing.length > 2) {
      await client.post(`copydesk/v1/posts/${post.postId}/yjs`, { updates: [Buffer.from(missing).toString('base64')] }, { signal })
      post.logRows = (post.logRows ?? 0) + 1
      await this.compactIfLong(post, account, client, signal)
    }
    // Written with the end of this push (lost in a crash, the next push resends: merging is idempotent).
    post.remoteStateVector = Buffer.from(Y.encodeStateVectorFromUpdate(state)).toString('base64')
  }

  /**
   * Folds the post's Yjs log into one snapshot once it has grown past the threshold, so a desk
   * opening the article reads one row instead of thousands: the whole log is read, merged as it is
   * (Y.mergeUpdates keeps every struct, even one whose dependencies are missing) and handed to the
   * plugin, which replaces exactly those rows, keeping the snapshot at the last one's id so every
   * reader's cursor stays valid. Only the desk folds (the plugin refuses others, and keeps the
   * replaced rows for a recovery window). Best effort: refused (someone else folded it, appended
   * meanwhile — 409) or unreachable, the log stays as it is and nothing is lost.
   */
  private async compactIfLong(post: PostLink, account: CmsAccount, client: WordPressClient, signal: AbortSignal): Promise<void> {
    if ((post.logRows ?? 0) < (this.options.compactLogAfterRows ?? 200)) return
    // The plugin leaves folding to the desk (who may edit others' posts): others do not ask.
    if (!account.capabilities.includes('edit_others_posts')) return
    try {
      const { rows } = await readYjsLog(client, post.postId, 0, signal)
      post.logRows = rows.length
      if (rows.length < 2) return
      const state = Y.mergeUpdates(rows.map((row) => row.update))
      await client.post(`copydesk/v1/posts/${post.postId}/yjs/compact`, { from: rows[0]!.id, through: rows.at(-1)!.id, state: Buffer.from(state).toString('base64') }, { signal })
      post.logRows = 1
    } catch (error) {
      if (signal.aborted) return
      console.warn(`Copydesk: the Yjs log of post ${post.postId} was not folded:`, error instanceof Error ? error.message : error)
    }
  }
}
