import { Node, type Editor } from '@tiptap/core'
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model'
import { NodeSelection, Plugin } from '@tiptap/pm/state'
import { dropPoint } from '@tiptap/pm/transform'
import type { EditorView, NodeView } from '@tiptap/pm/view'
import i18next from 'i18next'
import { photoUrl } from '@shared/photos/photo'
import { overrideFor, PHOTO_DRAG_TYPE, photoAsPublished, type PhotoOverrides } from '@shared/photos/photoInArticle'
import { photoIdSchema } from '@shared/photos/photo'
import { photoLibrary } from '../../features/articlePhotos/photoLibraryStore'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a library photo as a figure after the block holding the caret (or at `pos`). */
      insertPhotoFigure: (photoId: string, pos?: number) => ReturnType
    }
  }
}

/**
 * A library photo inside the body: an atom block with the photo id and this article's caption,
 * credit and alt text overrides ('' = the library's). The Yjs binding keeps it as an element with
 * these attributes, so it merges, reloads and undoes like any block.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    const dataAttribute = (name: string) => ({
      default: '',
      parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
      renderHTML: (attributes: Record<string, string>) => {
        const key = name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
        return attributes[key] ? { [`data-${name}`]: attributes[key] } : {}
      },
    })
    return {
      photoId: dataAttribute('photo-id'),
      caption: dataAttribute('caption'),
      credit: dataAttribute('credit'),
      altText: dataAttribute('alt-text'),
    }
  },

  parseHTML() {
    return [{ tag: 'figure[data-photo-id]' }]
  },

  renderHTML({ HTMLAttributes, node }) {
    return ['figure', HTMLAttributes, ['figcaption', String(node.attrs.caption ?? '')]]
  },

  addCommands() {
    return {
      insertPhotoFigure:
        (photoId, pos) =>
        ({ state, dispatch }) => {
          if (!photoIdSchema.safeParse(photoId).success) return false
          const node = state.schema.nodes.figure!.create({ photoId })
          const $from = state.selection.$from
          const wanted = pos ?? ($from.depth === 0 ? $from.pos : $from.after(1))
          const at = dropPoint(state.doc, wanted, new Slice(Fragment.from(node), 0, 0))
          if (at === null || at === undefined) return false
          if (dispatch) {
            const tr = state.tr.insert(at, node)
            dispatch(tr.setSelection(NodeSelection.create(tr.doc, at)).scrollIntoView())
          }
          return true
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      // A selected figure: Enter opens its caption, credit and alt text for this article.
      Enter: ({ editor }) => {
        const { selection } = editor.state
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false
        const dom = editor.view.nodeDOM(selection.from)
        const edit = dom instanceof HTMLElement ? dom.querySelector<HTMLButtonElement>('.article-figure-edit') : null
        edit?.click()
        return edit !== null
      },
    }
  },

  addNodeView() {
    return ({ node, getPos, editor }) => new FigureView(node, editor, typeof getPos === 'function' ? getPos : () => undefined)
  },

  addProseMirrorPlugins() {
    const editor = this.editor
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            // A photo dragged from the picker or the photo desk may be dropped here.
            dragover: (_view, event) => {
              if (!event.dataTransfer?.types.includes(PHOTO_DRAG_TYPE)) return false
              event.preventDefault()
              event.dataTransfer.dropEffect = 'copy'
              return false
            },
          },
          handleDrop: (view: EditorView, event: DragEvent) => {
            const photoId = event.dataTransfer?.getData(PHOTO_DRAG_TYPE)
            if (!photoId) return false
            event.preventDefault()
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
            return editor.commands.insertPhotoFigure(photoId, at?.pos ?? view.state.doc.content.size)
          },
        },
      }),
    ]
  },
})

const t = (key: string, options?: Record<string, unknown>) => i18next.t(`articlePhotos.${key}`, options ?? {})

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag)
  if (className) created.className = className
  parent?.appendChild(created)
  return created
}

/**
 * The figure as the reader will see it (image, caption, credit line), with warnings for what
 * publishing lacks, and a small form for this article's caption, credit and alt text. Plain DOM:
 * cheap in long articles, and redrawn only when its node or the library changes.
 */
class FigureView implements NodeView {
  dom: HTMLElement
  private readonly image: HTMLImageElement
  private readonly caption: HTMLElement
  private readonly credit: HTMLElement
  private readonly warning: HTMLElement
  private readonly editButton: HTMLButtonElement
  private readonly removeButton: HTMLButtonElement
  private form: HTMLFormElement | null = null
  private readonly unsubscribe: () => void

  constructor(
    private node: PmNode,
    private readonly editor: Editor,
    private readonly getPos: () => number | undefined,
  ) {
    this.dom = element('figure', 'article-figure')
    this.dom.contentEditable = 'false'
    this.dom.tabIndex = -1
    const frame = element('div', 'article-figure-image', this.dom)
    this.image = element('img', '', frame)
    this.image.decoding = 'async'
    this.image.draggable = false
    const figcaption = element('figcaption', 'article-figure-caption', this.dom)
    this.caption = element('span', 'photo-caption-text', figcaption)
    figcaption.append(' ')
    this.credit = element('span', 'photo-credit-line', figcaption)
    this.warning = element('p', 'photo-missing-warning', this.dom)
    const tools = element('div', 'article-figure-tools', this.dom)
    this.editButton = element('button', 'button-small article-figure-edit', tools)
    this.editButton.type = 'button'
    this.editButton.addEventListener('click', () => this.openForm())
    this.removeButton = element('button', 'button-quiet button-small', tools)
    this.removeButton.type = 'button'
    this.removeButton.addEventListener('click', () => this.remove())
    this.unsubscribe = photoLibrary.subscribe(() => this.render())
    this.render()
  }

  private overrides(): PhotoOverrides {
    const { caption, credit, altText } = this.node.attrs as Record<string, string>
    return { caption: caption ?? '', credit: credit ?? '', altText: altText ?? '' }
  }

  private render() {
    const library = photoLibrary.get()
    const photoId = String(this.node.attrs.photoId)
    const photo = library.photos.get(photoId)
    const shown = photoAsPublished(photo, this.overrides())
    this.dom.dataset.photoId = photoId
    const src = library.mediaBaseUrl ? photoUrl(library.mediaBaseUrl, photoId, 'preview') : ''
    if (src && this.image.getAttribute('src') !== src) this.image.src = src
    this.image.alt = shown.altText
    if (photo) this.image.style.aspectRatio = `${photo.width} / ${photo.height}`
    this.caption.textContent = shown.caption
    this.credit.textContent = shown.creditLine
    const name = photo?.fileName ?? t('unknownPhoto')
    this.dom.setAttribute('aria-label', t('figureLabel', { name }))
    const missing = library.loaded && !photo ? t('notInLibrary') : shown.missing.length ? t('missing', { fields: shown.missing.map((field) => t(`field.${field}`)).join(', ') }) : ''
    this.warning.textContent = missing
    this.warning.hidden = !missing
    this.editButton.textContent = t('editFigure')
    this.editButton.setAttribute('aria-label', t('editFigureOf', { name }))
    this.removeButton.textContent = t('removeFigure')
    this.removeButton.setAttribute('aria-label', t('removeFigureOf', { name }))
  }

  private openForm() {
    if (this.form) return
    const photo = photoLibrary.get().photos.get(String(this.node.attrs.photoId))
    const shown = photoAsPublished(photo, this.overrides())
    const form = element('form', 'article-figure-form')
    form.setAttribute('aria-label', t('figureForm'))
    const field = (key: 'caption' | 'credit' | 'altText', multiline: boolean) => {
      const label = element('label', 'photo-override-field', form)
      element('span', '', label).textContent = t(`field.${key}`)
      const input = multiline ? element('textarea', '', label) : element('input', '', label)
      if (input instanceof HTMLTextAreaElement) input.rows = key === 'caption' ? 3 : 2
      input.name = key
      input.value = shown[key]
      const hint = element('span', 'muted photo-override-hint', label)
      hint.textContent = photo ? t('libraryValue', { value: photo[key] || t('empty') }) : ''
      return input
    }
    const caption = field('caption', true)
    const credit = field('credit', false)
    const altText = field('altText', true)
    const actions = element('div', 'article-figure-form-actions', form)
    const save = element('button', 'button-primary button-small', actions)
    save.type = 'submit'
    save.textContent = t('saveForArticle')
    const cancel = element('button', 'button-quiet button-small', actions)
    cancel.type = 'button'
    cancel.textContent = t('cancel')
    const close = () => {
      form.remove()
      this.form = null
      this.editButton.focus()
    }
    cancel.addEventListener('click', close)
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        close()
      }
    })
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      this.setOverrides({
        caption: overrideFor(photo?.caption, caption.value),
        credit: overrideFor(photo?.credit, credit.value),
        altText: overrideFor(photo?.altText, altText.value),
      })
      form.remove()
      this.form = null
      this.editor.commands.focus()
    })
    this.form = form
    this.dom.appendChild(form)
    caption.focus()
  }

  private setOverrides(overrides: PhotoOverrides) {
    const pos = this.getPos()
    if (pos === undefined) return
    const { view } = this.editor
    view.dispatch(view.state.tr.setNodeMarkup(pos, undefined, { ...this.node.attrs, ...overrides }))
  }

  private remove() {
    const pos = this.getPos()
    if (pos === undefined) return
    const { view } = this.editor
    view.dispatch(view.state.tr.delete(pos, pos + this.node.nodeSize))
    this.editor.commands.focus()
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false
    this.node = node
    this.render()
    return true
  }

  selectNode() {
    this.dom.classList.add('ProseMirror-selectednode')
  }

  deselectNode() {
    this.dom.classList.remove('ProseMirror-selectednode')
  }

  /** The buttons and the form are the figure's own: ProseMirror leaves their events alone. */
  stopEvent(event: Event): boolean {
    const target = event.target as HTMLElement | null
    return !!target?.closest('.article-figure-tools, .article-figure-form')
  }

  ignoreMutation(): boolean {
    return true
  }

  destroy() {
    this.unsubscribe()
  }
}
