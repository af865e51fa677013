/**
 * Pinyin over all text, rendered when the reader first asks for it: the page
 * carries one compact string of readings (a syllable per Han character, see
 * text-order.ts), and this puts each syllable over its character as
 * `<ruby class="zg-py zg-tN">字<rt>zì</rt></ruby>`, a slice at a time so that
 * the page keeps answering on a slow phone.
 */
import type {Feature} from './feature.js'
import {decodeReadings, hanCharacter, readingsId, unreadTags} from './text-order.js'

const unread = new Set(unreadTags.map((tag) => tag.toUpperCase()))

/** How long one slice of work may take before the page gets a turn, in milliseconds. */
const sliceBudget = 30

/**
 * The tone of a syllable written with tone marks.
 *
 * @param syllable pinyin such as `háng`.
 * @returns 1 to 4, or 5 for the neutral tone.
 */
export function toneOf(syllable: string): number {
  const marks = syllable.normalize('NFD')
  for (const [mark, tone] of [
    ['\u0304', 1],
    ['\u0301', 2],
    ['\u030C', 3],
    ['\u0300', 4]
  ] as const)
    if (marks.includes(mark)) return tone
  return 5
}

/**
 * The article's text nodes that carry readings, in document order.
 *
 * @param main the article.
 * @returns the text nodes.
 */
export function readTextNodes(main: HTMLElement): Text[] {
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && (unread.has(node.tagName) || node.hasAttribute('data-added'))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT
  })
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node)
  return nodes
}

/** Punctuation that never starts a line (it stays with the character before) or never ends one (it stays with the one after). */
const closing = /^[，。、：；！？”’」』）》〉…—,.;:!?)\]]+/u
const opening = /[“‘「『（《〈([]+$/u

/**
 * A cell: one Han character with its syllable over it.
 *
 * @param character the character.
 * @param syllable its reading.
 * @returns the `<ruby class="zg-py zg-tN">`.
 */
function cell(character: string, syllable: string): HTMLElement {
  const ruby = document.createElement('ruby')
  ruby.className = `zg-py zg-t${toneOf(syllable)}`
  const reading = document.createElement('rt')
  reading.textContent = syllable
  ruby.append(character, reading)
  return ruby
}

/**
 * Replace a text node by its text with ruby over each Han character, the
 * punctuation held to its character (cells are boxes, and a line may
 * otherwise break between a box and the comma after it).
 *
 * @param text the text node.
 * @param next gives the next syllable.
 */
function annotate(text: Text, next: () => string): void {
  const value = text.data
  if (!hanCharacter.test(value)) return
  const fragment = document.createDocumentFragment()
  const pieces = value.split(/([\p{Script=Han}〇々])/u)
  let held: Node[] = []
  const release = (): void => {
    if (held.length === 0) return
    const keep = document.createElement('span')
    keep.className = 'zg-keep'
    keep.append(...held)
    fragment.append(keep)
    held = []
  }
  for (const [index, piece] of pieces.entries()) {
    if (piece === '') continue
    if (index % 2 === 1) {
      // A cell is held alone, or with the opening punctuation before it, until what follows it is known.
      if (held.some((node) => node instanceof HTMLElement)) release()
      held.push(cell(piece, next()))
      continue
    }
    const after = closing.exec(piece)?.[0] ?? ''
    if (after && held.length > 0) held.push(document.createTextNode(after))
    const rest = held.length > 0 ? piece.slice(after.length) : piece
    const before = opening.exec(rest)?.[0] ?? ''
    if (rest.length > before.length) {
      release()
      fragment.append(rest.slice(0, rest.length - before.length))
    }
    if (before) {
      release()
      held.push(document.createTextNode(before))
    }
  }
  release()
  text.replaceWith(fragment)
}

/**
 * Render every reading, a slice at a time.
 *
 * @param main the article.
 * @param readings the syllables in document order.
 */
function render(main: HTMLElement, readings: readonly string[]): void {
  const nodes = readTextNodes(main)
  let syllable = 0
  const next = (): string => readings[syllable++] ?? ''
  let at = 0
  const slice = (): void => {
    const start = performance.now()
    while (at < nodes.length && performance.now() - start < sliceBudget) {
      const node = nodes[at++]
      if (node) annotate(node, next)
    }
    if (at < nodes.length) window.setTimeout(slice, 0)
    else main.dataset['readings'] = 'shown'
  }
  slice()
}

/** Render pinyin over all text the first time the setting is on (at load or later). */
export const textPinyin: Feature = ({root}) => {
  const main = document.querySelector<HTMLElement>('main')
  const source = document.getElementById(readingsId)
  const encoded = source instanceof HTMLTemplateElement ? (source.content.textContent ?? '') : ''
  if (!main || !source) return
  let started = false
  const start = (): void => {
    if (started || root.dataset['textPinyin'] !== 'on') return
    started = true
    render(main, decodeReadings(encoded))
  }
  start()
  new MutationObserver(start).observe(root, {attributes: true, attributeFilter: ['data-text-pinyin']})
}
