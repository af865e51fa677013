/**
 * The word popup: clicking or tapping a Chinese word (`.zg-w`) opens a
 * dialog with the word as written, its other script, its pinyin and its
 * dictionary senses (and for a long word, its parts), from the entries the
 * page embeds (`#zg-words`). From the keyboard the words are one tab stop:
 * arrow keys move between them, and the focused word shows its popup.
 * Words at or under the reader's known level (`data-known` on the root, a
 * frequency band) open nothing.
 */
import type {Feature} from './feature.js'

/** One embedded headword: entries [traditional, simplified, pinyin, senses], band, parts. */
interface Word {
  e: Array<[string, string, string, string[]]>
  b: number
  p?: Array<[string, string]>
}

/** The embedded data. */
interface WordData {
  source: string
  edition: string
  licence: string
  words: Record<string, Word>
}

/**
 * Read the embedded entries.
 *
 * @returns the data, or null when the page has none.
 */
function readData(): WordData | null {
  const script = document.getElementById('zg-words')
  if (!script?.textContent) return null
  try {
    return JSON.parse(script.textContent) as WordData
  } catch {
    return null
  }
}

/**
 * An element with text.
 *
 * @param tag the tag.
 * @param className its class.
 * @param text its text (set as text, never as markup).
 * @returns the element.
 */
function make(tag: string, className: string, text = ''): HTMLElement {
  const element = document.createElement(tag)
  element.className = className
  element.textContent = text
  return element
}

/**
 * Fill the popup for one word.
 *
 * @param popup the popup element.
 * @param target the word element.
 * @param data the embedded entries.
 */
function fill(popup: HTMLElement, target: HTMLElement, data: WordData): void {
  const key = target.dataset['w'] ?? ''
  const word = data.words[key]
  const written = writtenOf(target)
  popup.replaceChildren()
  const entries = word?.e ?? []
  const others = [...new Set(entries.flatMap((entry) => [entry[0], entry[1]]))].filter((form) => form !== written)
  const head = make('p', 'zg-wp-head')
  head.append(make('span', 'zg-wp-word', written), make('span', 'zg-wp-other', others.join(' · ')))
  popup.append(head)
  const reading = target.dataset['py']
  if (reading) popup.append(make('p', 'zg-wp-pinyin', reading))
  if (entries.length === 0) popup.append(make('p', 'zg-wp-none', '—'))
  for (const [, , pinyin, senses] of entries) {
    const item = make('div', 'zg-wp-entry')
    item.append(make('p', 'zg-wp-pinyin', pinyin), make('p', 'zg-wp-senses', senses.join('; ')))
    popup.append(item)
  }
  if (word?.p) {
    const parts = make('p', 'zg-wp-parts')
    for (const [text, partKey] of word.p) {
      const first = data.words[partKey]?.e[0]
      parts.append(make('span', 'zg-wp-part', first ? `${text} ${first[2]}: ${first[3][0] ?? ''}` : text))
    }
    popup.append(parts)
  }
  if (word) popup.append(make('p', 'zg-wp-band', bandText(word.b)))
  popup.append(make('p', 'zg-wp-credit', `${data.source} ${data.edition}`))
}

/** Upper ranks of bands 1 to 5, as the page's data counts them. */
const bandLimits = ['1,000', '2,500', '5,000', '10,000', '20,000']

/**
 * How common a word is, in words.
 *
 * @param band 1 (most frequent) to 6 (rare or unlisted).
 * @returns a short phrase such as `band 2 · among the 2,500 most frequent words`.
 */
function bandText(band: number): string {
  const limit = bandLimits[band - 1]
  return limit ? `band ${band} · among the ${limit} most frequent words` : `band ${band} · less frequent`
}

/**
 * A word's text as written, without its pinyin.
 *
 * @param target the word element.
 * @returns its characters.
 */
function writtenOf(target: HTMLElement): string {
  const copy = target.cloneNode(true) as HTMLElement
  for (const extra of copy.querySelectorAll('rt, rp')) extra.remove()
  return copy.textContent ?? ''
}

/**
 * Whether help for a word is hidden by the reader's known level.
 *
 * @param root the document element.
 * @param target the word element.
 * @returns true when the word's band is at or under the level.
 */
function known(root: HTMLElement, target: HTMLElement): boolean {
  return Number(target.dataset['b'] ?? 6) <= Number(root.dataset['known'] ?? 0)
}

/**
 * Place the popup under the word, inside the viewport.
 *
 * @param popup the popup.
 * @param target the word.
 */
function placeUnder(popup: HTMLElement, target: HTMLElement): void {
  const box = target.getBoundingClientRect()
  const width = Math.min(popup.offsetWidth, window.innerWidth - 16)
  const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8))
  popup.style.left = `${left + window.scrollX}px`
  popup.style.top = `${box.bottom + window.scrollY + 6}px`
}

/** The word layer: one popup, opened by click, tap or keyboard. */
export const words: Feature = ({root, tooltips}) => {
  const data = readData()
  const all = [...document.querySelectorAll<HTMLElement>('.zg-w')]
  if (!data || all.length === 0) return
  const popup = make('div', 'zg-word-popup')
  popup.setAttribute('role', 'dialog')
  popup.setAttribute('data-added', '')
  popup.id = 'zg-word-popup'
  popup.hidden = true
  document.body.append(popup)
  let current: HTMLElement | null = null
  all.forEach((word, index) => {
    word.tabIndex = index === 0 ? 0 : -1
  })
  const hide = (): void => {
    popup.hidden = true
    current?.removeAttribute('aria-describedby')
    current = null
  }
  const show = (target: HTMLElement): void => {
    if (known(root, target)) return hide()
    tooltips.hide()
    fill(popup, target, data)
    popup.setAttribute('aria-label', writtenOf(target))
    popup.hidden = false
    current?.removeAttribute('aria-describedby')
    current = target
    target.setAttribute('aria-describedby', popup.id)
    placeUnder(popup, target)
  }
  const wordOf = (node: EventTarget | null): HTMLElement | null => (node instanceof Element ? node.closest<HTMLElement>('.zg-w') : null)
  document.addEventListener('click', (event) => {
    const target = wordOf(event.target)
    if (target) {
      target.focus({preventScroll: true})
      show(target)
    } else if (!(event.target instanceof Node && popup.contains(event.target))) hide()
  })
  document.addEventListener('focusin', (event) => {
    const target = wordOf(event.target)
    if (target && target !== current) show(target)
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return hide()
    const target = wordOf(event.target)
    if (!target || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return
    const next = all[all.indexOf(target) + (event.key === 'ArrowRight' ? 1 : -1)]
    if (!next) return
    event.preventDefault()
    target.tabIndex = -1
    next.tabIndex = 0
    next.focus()
  })
}
