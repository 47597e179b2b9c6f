import Link from '@tiptap/extension-link'
import type { Plugin, Transaction } from '@tiptap/pm/state'
import { ReplaceStep } from '@tiptap/pm/transform'
import { isSafeExternalUrl } from '@shared/links'

/** Tiptap's autolink's own test for whitespace (from DOMPurify), which it does not export. */
// eslint-disable-next-line no-control-regex -- the control characters are whitespace to autolink too
const WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/

/**
 * Whether a transaction only typed or pasted text without any whitespace: Tiptap's autolink then
 * has nothing to do (it links the word before a space or a new block, and unlinks a space typed at
 * the end of a link), yet it maps and reads the change at every keystroke to find that out.
 */
export function typedWithinAWord(tr: Transaction): boolean {
  return (
    tr.steps.length > 0 &&
    tr.steps.every((step) => {
      if (!(step instanceof ReplaceStep)) return false
      const { slice } = step
      if (slice.openStart !== 0 || slice.openEnd !== 0 || slice.size === 0) return false
      let plainText = true
      slice.content.forEach((node) => {
        plainText &&= node.isText && !WHITESPACE.test(node.text!)
      })
      return plainText
    })
  )
}

/** Runs autolink only for a change it can act on. */
function skipWithinWords(autolink: Plugin): Plugin {
  const appendTransaction = autolink.spec.appendTransaction!
  autolink.spec.appendTransaction = (transactions, oldState, newState) =>
    transactions.every((tr) => !tr.docChanged || typedWithinAWord(tr)) ? null : appendTransaction.call(autolink, transactions, oldState, newState)
  return autolink
}

/**
 * Links in the body: http, https and mailto only (checked again by main before opening), opened
 * with Ctrl/Cmd+click rather than a plain click, and linked as you type a web address.
 */
export const ArticleLink = Link.extend({
  addProseMirrorPlugins() {
    // Of Link's plugins, only its autolink appends transactions.
    return (this.parent?.() ?? []).map((plugin) => (plugin.spec.appendTransaction ? skipWithinWords(plugin) : plugin))
  },
}).configure({
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  isAllowedUri: (url) => isSafeExternalUrl(url),
  HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
})
