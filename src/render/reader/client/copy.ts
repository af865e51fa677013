/**
 * Clean copy: copying from the page gives the article's characters, not the
 * pinyin, footnote numbers or anything else the page adds. With "copy with
 * pinyin" on, each reading follows its characters in parentheses: 英伟达(Yīngwěidá).
 */
import type {Feature} from './feature.js'

/**
 * The text of a selection as the reader wants it copied.
 *
 * @param range the selected range.
 * @param withPinyin whether readings are kept, in parentheses.
 * @returns the text.
 */
export function copiedText(range: Range, withPinyin: boolean): string {
  const holder = document.createElement('div')
  holder.append(range.cloneContents())
  for (const extra of holder.querySelectorAll('rp, [data-added], script, style, template')) extra.remove()
  for (const reading of holder.querySelectorAll('rt')) {
    if (withPinyin && reading.textContent) reading.replaceWith(`(${reading.textContent})`)
    else reading.remove()
  }
  return holder.textContent ?? ''
}

/** Put the clean text on the clipboard instead of what the browser would copy. */
export const copy: Feature = ({root}) => {
  document.addEventListener('copy', (event) => {
    const selection = document.getSelection()
    if (!selection || selection.isCollapsed || !event.clipboardData) return
    const parts: string[] = []
    for (let i = 0; i < selection.rangeCount; i++) parts.push(copiedText(selection.getRangeAt(i), root.dataset['copyPinyin'] === 'on'))
    event.clipboardData.setData('text/plain', parts.join(''))
    event.preventDefault()
  })
}
