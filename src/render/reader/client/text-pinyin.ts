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

/** Up to this many characters, every reading is rendered at once (in slices); beyond it, only the blocks near the screen. */
const eagerLimit = 20_000

/** The blocks whose text is rendered together when they come near the screen. */
const blockSelector = 'p, li, h1, h2, h3, h4, h5, h6, th, td, blockquote, dt, dd'

/**
 * Render every reading: a short article at once, a slice at a time; a long
 * one block by block as the reader scrolls near it, since each change to a
 * page of a hundred thousand boxes costs a layout of all of them.
 *
 * @param main the article.
 * @param readings the syllables in document order.
 */
function render(main: HTMLElement, readings: readonly string[]): void {
  const jobs: Array<{node: Text; start: number}> = []
  let count = 0
  for (const node of readTextNodes(main)) {
    jobs.push({node, start: count})
    for (const character of node.data) if (hanCharacter.test(character)) count += 1
  }
  const run = (job: {node: Text; start: number}): void => {
    let at = job.start
    annotate(job.node, () => readings[at++] ?? '')
  }
  if (count > eagerLimit && 'IntersectionObserver' in window) {
    renderNearScreen(main, jobs, run)
    return
  }
  let at = 0
  const slice = (): void => {
    const start = performance.now()
    while (at < jobs.length && performance.now() - start < sliceBudget) {
      const job = jobs[at++]
      if (job) run(job)
    }
    if (at < jobs.length) window.setTimeout(slice, 0)
    else main.dataset['readings'] = 'shown'
  }
  slice()
}

/**
 * Render the readings of each block when it comes within a screen of the viewport.
 *
 * @param main the article.
 * @param jobs each text node with the index of its first syllable.
 * @param run renders one text node.
 */
function renderNearScreen(
  main: HTMLElement,
  jobs: ReadonlyArray<{node: Text; start: number}>,
  run: (job: {node: Text; start: number}) => void
): void {
  const byBlock = new Map<Element, Array<{node: Text; start: number}>>()
  for (const job of jobs) {
    const block = job.node.parentElement?.closest(blockSelector) ?? main
    byBlock.set(block, [...(byBlock.get(block) ?? []), job])
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        observer.unobserve(entry.target)
        for (const job of byBlock.get(entry.target) ?? []) run(job)
        byBlock.delete(entry.target)
      }
      main.dataset['readings'] = byBlock.size === 0 ? 'shown' : 'near'
    },
    {rootMargin: '100% 0px'}
  )
  for (const block of byBlock.keys()) observer.observe(block)
}

/**
 * Run a feature over the article and its readings once, the first time a
 * setting is on (at load or later): the readings are decoded only then.
 *
 * @param root the page's root element, whose data attributes hold the settings.
 * @param setting the setting's dataset name (`textPinyin`, `tones`).
 * @param run what to do with the article and its readings.
 */
export function whenReadingsWanted(root: HTMLElement, setting: string, run: (main: HTMLElement, readings: string[]) => void): void {
  const main = document.querySelector<HTMLElement>('main')
  const source = document.getElementById(readingsId)
  if (!main || !(source instanceof HTMLTemplateElement)) return
  let done = false
  const start = (): void => {
    if (done || root.dataset[setting] !== 'on') return
    done = true
    run(main, decodeReadings(source.content.textContent ?? ''))
  }
  start()
  const attribute = `data-${setting.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
  new MutationObserver(start).observe(root, {attributes: true, attributeFilter: [attribute]})
}

/** Render pinyin over all text the first time the setting is on. */
export const textPinyin: Feature = ({root}) => whenReadingsWanted(root, 'textPinyin', render)
