/**
 * The word popup: clicking or tapping a Chinese word opens a dialog with the
 * word as written, its other script, its pinyin and its dictionary senses
 * (and for a long word, its parts), from the entries the page embeds
 * (`#zg-words`). The page has no element per word (word-place.ts finds the
 * word under the pointer); the word shown is marked with a highlight.
 * From the keyboard the words are one Tab stop, the word cursor at the top of
 * the article: arrow keys move between words and the popup follows. Words
 * at or under the reader's known level (`data-known` on the root, a
 * frequency band) open nothing.
 */
import type {Feature} from './feature.js'
import {WordPlaces} from './word-place.js'
import {decodeWordStream, readForm, type WordData} from './word-order.js'
import {fill} from './word-popup.js'

/**
 * Read the embedded entries and places.
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

/** Paint a range with a named highlight, or clear it, where the browser has highlights. */
function paint(name: string, range: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  if (range) CSS.highlights.set(name, new Highlight(range))
  else CSS.highlights.delete(name)
}

/**
 * A range's text without pinyin cells' readings.
 *
 * @param range the range.
 * @returns its characters.
 */
function textOf(range: Range): string {
  const copy = range.cloneContents()
  for (const extra of copy.querySelectorAll('rt, rp')) extra.remove()
  return copy.textContent ?? ''
}

/**
 * Place the popup under the word's first line, inside the viewport.
 *
 * @param popup the popup.
 * @param range the word.
 */
function placeUnder(popup: HTMLElement, range: Range): void {
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect()
  const width = Math.min(popup.offsetWidth, window.innerWidth - 16)
  const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8))
  popup.style.left = `${left + window.scrollX}px`
  popup.style.top = `${box.bottom + window.scrollY + 6}px`
}

/** Bring a word into view when it is off screen (the word cursor moved to it). */
function reveal(range: Range | null): void {
  if (!range) return
  const box = range.getBoundingClientRect()
  if (box.top >= 0 && box.bottom <= window.innerHeight) return
  window.scrollBy({top: box.top - window.innerHeight / 3})
}

/** The word layer: one popup, opened by click, tap or the word cursor. */
export const words: Feature = ({root, tooltips}) => {
  const main = document.querySelector<HTMLElement>('main')
  const keys = document.querySelector<HTMLButtonElement>('.zg-word-keys')
  const source = readData()
  if (!main || !source) return
  const data = source
  const article = main
  let places: WordPlaces | undefined
  // Decoded the first time a word is wanted, not while the page loads.
  const layer = (): WordPlaces => (places ??= new WordPlaces(article, data.forms.map(readForm), decodeWordStream(data.stream)))
  const popup = document.createElement('div')
  popup.className = 'zg-word-popup'
  popup.setAttribute('role', 'dialog')
  popup.setAttribute('data-added', '')
  popup.id = 'zg-word-popup'
  popup.hidden = true
  document.body.append(popup)
  let current = -1
  const bandOf = (word: number): number => data.words[layer().form(word)?.key ?? '']?.b ?? 6
  const known = (word: number): boolean => bandOf(word) <= Number(root.dataset['known'] ?? 0)
  const hide = (): void => {
    popup.hidden = true
    keys?.removeAttribute('aria-describedby')
    paint('zg-word', null)
  }
  const show = (word: number): boolean => {
    const form = layer().form(word)
    const range = layer().rangeOf(word)
    if (!form || !range || known(word)) {
      hide()
      return false
    }
    tooltips.hide()
    current = word
    const written = textOf(range)
    fill(popup, {written, form, data})
    popup.setAttribute('aria-label', written)
    popup.hidden = false
    keys?.setAttribute('aria-describedby', popup.id)
    paint('zg-word', range)
    placeUnder(popup, range)
    return true
  }
  document.addEventListener('click', (event) => {
    if (event.target instanceof Node && popup.contains(event.target)) return
    const word = event.target instanceof Element && article.contains(event.target) ? layer().wordAt(event.clientX, event.clientY) : -1
    if (word >= 0 && show(word)) {
      // The word cursor takes the focus, so that the arrow keys go on from the word clicked.
      keys?.focus({preventScroll: true, focusVisible: false} as FocusOptions)
    } else hide()
  })
  hover(article, (word) => word >= 0 && !known(word), layer)
  if (keys) {
    const reach = (word: number): void => reveal(layer().rangeOf(word))
    wireKeys(keys, {count: () => layer().count, known, show, hide, current: () => current, reveal: reach})
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide()
  })
}

/** What the word cursor needs of the layer. */
interface Cursor {
  count(): number
  known(word: number): boolean
  show(word: number): boolean
  hide(): void
  current(): number
  reveal(word: number): void
}

/**
 * The word cursor: a key at the top of the article, hidden until it has the
 * keyboard's focus; the arrow keys move it from word to word (past words
 * the reader knows), Escape closes the popup and Enter opens it again.
 *
 * @param keys the word cursor's element.
 * @param cursor the layer.
 */
function wireKeys(keys: HTMLButtonElement, cursor: Cursor): void {
  keys.hidden = false
  const step = (from: number, by: number): number => {
    for (let word = from + by; word >= 0 && word < cursor.count(); word += by) if (!cursor.known(word)) return word
    return -1
  }
  const go = (word: number): void => {
    if (word < 0) return
    cursor.reveal(word)
    if (cursor.show(word)) announce()
  }
  const announce = (): void => {
    const live = document.querySelector('.zg-live')
    const popup = document.getElementById('zg-word-popup')
    if (live && popup) live.textContent = popup.textContent ?? ''
  }
  keys.addEventListener('focus', () => {
    if (keys.matches(':focus-visible')) go(cursor.current() >= 0 ? cursor.current() : step(-1, 1))
  })
  // Leaving by the keyboard closes the popup; a click (on the popup, or anywhere) is the click handler's to answer.
  let pointing = false
  document.addEventListener('pointerdown', () => {
    pointing = true
  })
  document.addEventListener('pointerup', () => {
    pointing = false
  })
  keys.addEventListener('blur', () => {
    if (!pointing) cursor.hide()
  })
  keys.addEventListener('keydown', (event) => {
    const by = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key]
    if (by !== undefined) {
      event.preventDefault()
      go(step(cursor.current(), by))
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      go(cursor.current() >= 0 ? cursor.current() : step(-1, 1))
    }
  })
}

/**
 * Under a mouse, the word pointed at is marked (and the pointer says it can
 * be clicked), once a frame at most.
 *
 * @param main the article.
 * @param wanted whether a word has help to give.
 * @param layer the words.
 */
function hover(main: HTMLElement, wanted: (word: number) => boolean, layer: () => WordPlaces): void {
  let pending: PointerEvent | undefined
  main.addEventListener('pointermove', (event) => {
    if (event.pointerType !== 'mouse') return
    if (pending === undefined)
      requestAnimationFrame(() => {
        const at = pending
        pending = undefined
        if (!at) return
        const word = layer().wordAt(at.clientX, at.clientY)
        const range = wanted(word) ? layer().rangeOf(word) : null
        paint('zg-word-hover', range)
        main.classList.toggle('zg-on-word', range !== null)
      })
    pending = event
  })
  main.addEventListener('pointerleave', () => {
    paint('zg-word-hover', null)
    main.classList.remove('zg-on-word')
  })
}
