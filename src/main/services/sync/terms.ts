import { WordPressError, type WordPressClient } from './WordPressClient'

type Term = { id: number; name: string }

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** WordPress sends term names HTML-escaped (`Culture &amp; Arts`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return entities[name.toLowerCase()] ?? whole
  })
}

const sameName = (a: string, b: string) => decodeEntities(a).trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/**
 * Term ids by name for one taxonomy, created when missing. A name another request created in the
 * meantime answers `term_exists` with its id: that id is used.
 */
export class TermResolver {
  private readonly known = new Map<string, number>()

  constructor(
    private readonly client: WordPressClient,
    private readonly taxonomy: 'categories' | 'tags',
    private readonly signal?: AbortSignal,
  ) {}

  /** The term's id; undefined when it does not exist and this user may not create it. */
  async idOf(name: string): Promise<number | undefined> {
    const key = name.trim().toLocaleLowerCase()
    if (!key) return undefined
    const cached = this.known.get(key)
    if (cached !== undefined) return cached
    const found = (
      await this.client.get<Term[]>(`wp/v2/${this.taxonomy}`, { query: { search: name.trim(), per_page: 100, context: 'view' }, signal: this.signal })
    ).data.find((term) => sameName(term.name, name))
    let id = found?.id
    if (id === undefined) id = await this.create(name.trim())
    if (id !== undefined) this.known.set(key, id)
    return id
  }

  private async create(name: string): Promise<number | undefined> {
    try {
      return (await this.client.post<Term>(`wp/v2/${this.taxonomy}`, { name }, { signal: this.signal })).data.id
    } catch (error) {
      if (!(error instanceof WordPressError)) throw error
      if (error.code === 'term_exists') {
        const data = (error.details.body as { data?: { term_id?: unknown } } | undefined)?.data
        if (typeof data?.term_id === 'number') return data.term_id
      }
      // Authors may not create categories: the post goes without one rather than not at all.
      if (error.status === 403 || error.status === 401) return undefined
      throw error
    }
  }

  async idsOf(names: readonly string[]): Promise<number[]> {
    const ids: number[] = []
    for (const name of names) {
      const id = await this.idOf(name)
      if (id !== undefined && !ids.includes(id)) ids.push(id)
    }
    return ids
  }
}
