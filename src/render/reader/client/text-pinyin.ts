/**
 * Pinyin over all text, rendered when the reader first asks for it: the page
 * carries one compact string of readings (a syllable per Han character, see
 * text-order.ts), and this puts each syllable over its character as
 * `<ruby class="zg-py zg-tN">字<rt>zì</rt></ruby>`, a few blocks at a time,
 * those on screen first, so that the page keeps answering on a slow phone.
 */
import type {Feature} from './feature.js'
import {decodeReadings, hanCharacter, readingsId, unreadTags} from './text-order.js'

const unread = new Set(unreadTags.map((tag) => tag.toUpperCase()))

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

/** A text node to annotate, with the index of its first syllable and its number of Han characters. */
interface Job {
  node: Text
  start: number
  size: number
}

/** Every Han character of a text, counted in one match rather than one test a character. */
const hanCharacters = new RegExp(hanCharacter.source, 'gu')

/** The blocks whose text is rendered together, so that a block is laid out again once, not once per text node. */
const blockSelector = 'p, li, h1, h2, h3, h4, h5, h6, th, td, blockquote, dt, dd'

/**
 * Han characters one task renders at most (at least one block): each task is
 * followed by a frame that lays out only the blocks it changed, so neither
 * the script nor the layout after it holds the page for long, even on a slow
 * phone.
 */
const charactersPerTask = 80

/**
 * Render every reading, block by block: the blocks on screen first, then
 * any block that comes near the screen, then those below and those above, a
 * few blocks a task with a frame between tasks. Each task leaves a
 * `zg-text-pinyin` performance mark whose detail counts what it rendered.
 *
 * @param main the article.
 * @param readings the syllables in document order.
 */
function render(main: HTMLElement, readings: readonly string[]): void {
  const blocks = blocksOf(main)
  const queue = [...blocks.keys()]
  const urgent: Element[] = []
  const next = (): Element | undefined => {
    for (let block = urgent.shift(); block; block = urgent.shift()) if (blocks.has(block)) return block
    for (let block = queue.shift(); block; block = queue.shift()) if (blocks.has(block)) return block
    return undefined
  }
  let observer: IntersectionObserver | undefined
  const task = (): void => {
    let characters = 0
    let count = 0
    for (let block = next(); block; block = next()) {
      const jobs = blocks.get(block) ?? []
      const size = jobs.reduce((sum, job) => sum + job.size, 0)
      // A block is rendered whole; one that would take the task past its share waits for the next task.
      if (count > 0 && characters + size > charactersPerTask) {
        urgent.unshift(block)
        break
      }
      for (const job of jobs) {
        let at = job.start
        annotate(job.node, () => readings[at++] ?? '')
      }
      characters += size
      blocks.delete(block)
      observer?.unobserve(block)
      count += 1
    }
    performance.mark('zg-text-pinyin', {detail: {blocks: count, characters}})
    main.dataset['readings'] = blocks.size > 0 ? 'near' : 'shown'
    if (blocks.size > 0) afterFrame(task)
    else observer?.disconnect()
  }
  if (!('IntersectionObserver' in window)) {
    task()
    return
  }
  // The first report comes after the next frame's layout: asking where each block is now would force a layout of the whole article.
  let started = false
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting && blocks.has(entry.target)) urgent.push(entry.target)
      if (started) return
      started = true
      // After the blocks near the screen, those below them (where the reader goes next), then those above.
      const last = urgent.at(-1)
      const after = last ? queue.indexOf(last) + 1 : 0
      queue.push(...queue.splice(0, after))
      task()
    },
    {rootMargin: '50% 0px'}
  )
  for (const block of queue) observer.observe(block)
}

/**
 * The article's text nodes that carry readings, by block, in document order.
 *
 * @param main the article.
 * @returns each block with its text nodes to annotate.
 */
function blocksOf(main: HTMLElement): Map<Element, Job[]> {
  const blocks = new Map<Element, Job[]>()
  let count = 0
  for (const node of readTextNodes(main)) {
    const size = node.data.match(hanCharacters)?.length ?? 0
    if (size > 0) {
      const block = node.parentElement?.closest(blockSelector) ?? main
      const jobs = blocks.get(block) ?? []
      jobs.push({node, start: count, size})
      blocks.set(block, jobs)
    }
    count += size
  }
  return blocks
}

/**
 * Run a function once the page has drawn a frame: the layout of what the
 * last task changed happens in between, not after a run of tasks.
 *
 * @param run the function.
 */
function afterFrame(run: () => void): void {
  // A hidden page draws no frames; a timer still runs there.
  if (document.hidden) window.setTimeout(run, 0)
  else requestAnimationFrame(() => window.setTimeout(run, 0))
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

/** Render pinyin over all text the first time the setting is on: in a task of its own, after the frame that lays the switch out. */
export const textPinyin: Feature = ({root}) =>
  whenReadingsWanted(root, 'textPinyin', (main, readings) => window.setTimeout(() => render(main, readings), 0))
