import { articleStatuses, type ArticleStatus } from '@shared/article/article'
import type { SiteArticle } from '@shared/cms/siteArticle'
import { htmlText } from './postFields'
import { decodeEntities } from './terms'
import { WordPressError, type WordPressClient } from './WordPressClient'

/** The fields of a listed post that make an article of it. */
export type SitePostFields = {
  id: number
  status: string
  date_gmt?: string | null
  author?: number
  categories?: number[]
  tags?: number[]
  title?: { raw?: string }
  excerpt?: { raw?: string }
  content?: { raw?: string }
  meta?: { copydesk_workflow_status?: string }
  featured_media?: number
  /** The plugin's: the author's display name, for whoever may edit the post. */
  copydesk_author_name?: string | null
}

/**
 * The workflow status of a post (the reverse of postStatusOf, DESIGN.md "Status mapping"): the
 * plugin's own record when there is one, else draft → draft, pending → submitted, future →
 * scheduled, publish → published; a private post is nobody's readers' yet: a draft. A post
 * recorded as scheduled that the site has published went out at its time: published.
 */
export function workflowStatusOf(post: Pick<SitePostFields, 'status' | 'meta'>): ArticleStatus {
  const recorded = post.meta?.copydesk_workflow_status
  if (recorded === 'scheduled' && post.status === 'publish') return 'published'
  if (recorded && articleStatuses.includes(recorded as ArticleStatus)) return recorded as ArticleStatus
  switch (post.status) {
    case 'pending':
      return 'submitted'
    case 'future':
      return 'scheduled'
    case 'publish':
      return 'published'
    default:
      return 'draft'
  }
}

/** Classic-editor posts keep paragraphs as blank lines (WordPress adds the <p> when it shows them). */
function withParagraphs(html: string): string {
  if (/<(p|h[1-6]|ul|ol|blockquote|div|figure|table)[\s>]/i.test(html)) return html
  return html
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${part.replace(/\r?\n/g, '<br>')}</p>`)
    .join('')
}

/**
 * Names of terms and authors by id, asked once per pull for the whole batch. What this user may not
 * read (another author's profile, for some roles) is left unknown rather than failing the pull.
 */
export class SiteNames {
  private readonly terms = new Map<string, string>()
  private readonly users = new Map<number, string>()

  constructor(
    private readonly client: WordPressClient,
    private readonly signal?: AbortSignal,
  ) {}

  async load(posts: readonly SitePostFields[]): Promise<void> {
    for (const taxonomy of ['categories', 'tags'] as const) {
      const ids = [...new Set(posts.flatMap((post) => post[taxonomy] ?? []))].filter((id) => !this.terms.has(`${taxonomy} ${id}`))
      for (let start = 0; start < ids.length; start += 100) {
        const include = ids.slice(start, start + 100).join(',')
        const { data } = await this.client.get<{ id: number; name: string; slug: string }[]>(`wp/v2/${taxonomy}`, {
          query: { include, per_page: 100, context: 'view', _fields: 'id,name,slug' },
          signal: this.signal,
        })
        // The site's catch-all category is no section.
        for (const term of data) this.terms.set(`${taxonomy} ${term.id}`, term.slug === 'uncategorized' ? '' : decodeEntities(term.name))
      }
    }
    for (const author of new Set(posts.filter((post) => !post.copydesk_author_name).map((post) => post.author ?? 0))) {
      if (!author || this.users.has(author)) continue
      try {
        const { data } = await this.client.get<{ name: string }>(`wp/v2/users/${author}`, { query: { context: 'view', _fields: 'name' }, signal: this.signal })
        this.users.set(author, decodeEntities(data.name ?? ''))
      } catch (error) {
        if (!(error instanceof WordPressError) || error.kind !== 'http' || (error.status ?? 0) >= 500) throw error
        this.users.set(author, '')
      }
    }
  }

  term(taxonomy: 'categories' | 'tags', id: number): string {
    return this.terms.get(`${taxonomy} ${id}`) ?? ''
  }

  user(id: number | undefined): string {
    return id ? (this.users.get(id) ?? '') : ''
  }
}

/** A post made outside Copydesk as the article it becomes (names from `names`, loaded for it). */
export function siteArticleOf(post: SitePostFields, names: SiteNames): SiteArticle {
  const status = workflowStatusOf(post)
  const scheduledAt = status === 'scheduled' && post.date_gmt ? Date.parse(`${post.date_gmt}Z`) : Number.NaN
  return {
    postId: post.id,
    headline: htmlText(post.title?.raw ?? '').trim(),
    standfirst: htmlText((post.excerpt?.raw ?? '').replace(/<\/?p>/gi, '')).trim(),
    contentHtml: withParagraphs(post.content?.raw ?? ''),
    section: (post.categories ?? []).map((id) => names.term('categories', id)).find(Boolean) ?? '',
    tags: (post.tags ?? []).map((id) => names.term('tags', id)).filter(Boolean),
    status,
    ...(Number.isFinite(scheduledAt) ? { scheduledAt } : {}),
    byline: post.copydesk_author_name ?? names.user(post.author),
  }
}
