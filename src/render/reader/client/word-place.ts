/**
 * Where the word layer's words are in the page: the page has no element per
 * word, so a word is found by counting Han characters (word-order.ts). The
 * count of each block's start is taken once, the first time it is needed;
 * after that, finding a word or the word under a point walks one block.
 * Blocks do not change when pinyin over all text is shown (its cells are
 * inline, and their `<rt>` is not counted), so the count stays right.
 */
import {cellClass, type Form, wordlessTags} from './word-order.js'

const wordless = new Set(wordlessTags.map((tag) => tag.toUpperCase()))

/** The blocks a count starts from: what holds the article's text. */
const blockSelector = 'p, li, h1, h2, h3, h4, h5, h6, th, td, blockquote, dt, dd'

/** Every Han character of a text. */
const hanCharacters = /\p{Script=Han}/gu
const hanCharacter = /^\p{Script=Han}$/u

/**
 * Whether an element's text holds no words (code, links, terms, what the page added).
 *
 * @param element the element.
 * @returns true when its text is not counted.
 */
function wordlessElement(element: Element): boolean {
  if (element.hasAttribute('data-term') || element.hasAttribute('data-added')) return true
  return wordless.has(element.tagName) && !(element.tagName === 'RUBY' && element.classList.contains(cellClass))
}

/**
 * The counted text nodes under an element, in document order, with the elements met.
 *
 * @param root the element.
 * @returns a walker over its counted elements and text.
 */
function walk(root: Element): TreeWalker {
  return document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && wordlessElement(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
  })
}

/** How many Han characters a text holds. */
function hanCount(text: string): number {
  return text.match(hanCharacters)?.length ?? 0
}

/** A place in the text: a text node and a UTF-16 offset in it. */
export interface Place {
  node: Text
  offset: number
}

/** The words of the article and how to find them. */
export class WordPlaces {
  /** Where each word starts, in Han characters from the article's start. */
  readonly starts: Int32Array
  /** The count at the start of each block, in document order. */
  private blocks: Array<{block: Element; start: number}> | undefined
  /** The same, by block. */
  private readonly blockStart = new Map<Element, number>()

  /**
   * @param main the article.
   * @param forms the forms.
   * @param kinds one form index per word.
   */
  constructor(
    private readonly main: HTMLElement,
    private readonly forms: readonly Form[],
    readonly kinds: readonly number[]
  ) {
    this.starts = new Int32Array(kinds.length)
    let at = 0
    kinds.forEach((kind, i) => {
      this.starts[i] = at
      at += forms[kind]?.length ?? 1
    })
  }

  /** The number of words. */
  get count(): number {
    return this.kinds.length
  }

  /** A word's form. */
  form(word: number): Form | undefined {
    return this.forms[this.kinds[word] ?? -1]
  }

  /**
   * The word under a point of the viewport.
   *
   * @param x the point's x.
   * @param y its y.
   * @returns the word's index, or -1 when no word is there.
   */
  wordAt(x: number, y: number): number {
    const place = characterAt(x, y)
    if (!place || !this.counted(place.node)) return -1
    const han = this.hanIndex(place)
    return han < 0 ? -1 : this.wordOf(han)
  }

  /**
   * The range of a word's text (its characters, with any pinyin cells' readings between them).
   *
   * @param word the word's index.
   * @returns the range, or null when the page no longer has it.
   */
  rangeOf(word: number): Range | null {
    const start = this.starts[word]
    const form = this.form(word)
    if (start === undefined || !form) return null
    const first = this.placeOf(start)
    const last = this.placeOf(start + form.length - 1)
    if (!first || !last) return null
    const range = document.createRange()
    range.setStart(first.node, first.offset)
    range.setEnd(last.node, last.offset + ((last.node.data.codePointAt(last.offset) ?? 0) > 0xffff ? 2 : 1))
    return range
  }

  /** The word holding a Han character (the last word starting at or before it). */
  private wordOf(han: number): number {
    return lastAtOrBefore(this.starts.length, (word) => this.starts[word] ?? 0, han)
  }

  /** Whether a text node's text is counted (it is in the article, outside terms, code, links and added content). */
  private counted(node: Text): boolean {
    if (!this.main.contains(node)) return false
    for (let element = node.parentElement; element && element !== this.main; element = element.parentElement)
      if (wordlessElement(element)) return false
    return true
  }

  /** Each block's start, counted once. */
  private blockStarts(): Array<{block: Element; start: number}> {
    if (this.blocks) return this.blocks
    const blocks: Array<{block: Element; start: number}> = []
    const walker = walk(this.main)
    let count = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) count += hanCount(node.data)
      else if (node instanceof Element && node.matches(blockSelector)) {
        blocks.push({block: node, start: count})
        this.blockStart.set(node, count)
      }
    }
    this.blocks = blocks
    return blocks
  }

  /** The count at a block's start (0 for the article itself). */
  private startOf(block: Element): number {
    if (block === this.main) return 0
    this.blockStarts()
    return this.blockStart.get(block) ?? -1
  }

  /** The Han index of the character at a place, or -1 when it is not a Han character. */
  private hanIndex(place: Place): number {
    const character = String.fromCodePoint(place.node.data.codePointAt(place.offset) ?? 32)
    if (!hanCharacter.test(character)) return -1
    const block = enclosingBlock(place.node, this.main)
    let count = this.startOf(block)
    if (count < 0) return -1
    const walker = walk(block)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node === place.node) return count + hanCount(place.node.data.slice(0, place.offset))
      if (node instanceof Text) count += hanCount(node.data)
    }
    return -1
  }

  /** The place of the Han character with an index: found in the last block starting at or before it, or in those around it. */
  private placeOf(han: number): Place | null {
    const blocks = this.blockStarts()
    const last = blocks[lastAtOrBefore(blocks.length, (index) => blocks[index]?.start ?? 0, han)]
    for (let block: Element | null = last?.block ?? this.main; block; block = outerBlock(block, this.main)) {
      const found = findIn(block, this.startOf(block), han)
      if (found) return found
    }
    return null
  }
}

/**
 * The last item of a list in ascending order whose value is at or before a
 * number (binary search).
 *
 * @param count the items.
 * @param valueAt an item's value.
 * @param limit the number.
 * @returns the item's index, or -1 when none is.
 */
function lastAtOrBefore(count: number, valueAt: (index: number) => number, limit: number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (valueAt(middle) <= limit) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** The block around an element, or the article. */
function enclosingBlock(node: Node, main: HTMLElement): Element {
  const block = node.parentElement?.closest(blockSelector)
  return block && main.contains(block) ? block : main
}

/** The block around a block, the article, or null past the article. */
function outerBlock(block: Element, main: HTMLElement): Element | null {
  if (block === main) return null
  return block.parentElement ? enclosingBlock(block, main) : main
}

/** The place of a Han character inside a block whose count starts at `start`. */
function findIn(block: Element, start: number, han: number): Place | null {
  if (start < 0 || start > han) return null
  let count = start
  const walker = walk(block)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue
    const size = hanCount(node.data)
    if (count + size > han) return {node, offset: nthHan(node.data, han - count)}
    count += size
  }
  return null
}

/** The UTF-16 offset of the n-th Han character of a text. */
function nthHan(text: string, n: number): number {
  let seen = 0
  for (const match of text.matchAll(hanCharacters)) {
    if (seen === n) return match.index
    seen += 1
  }
  return text.length
}

/**
 * The character under a point: the caret position there, then the character
 * before or after it whose box holds the point. A point on a cell's
 * reading (pinyin over all text) gives the cell's character.
 *
 * @param x the point's x.
 * @param y its y.
 * @returns the character's place, or null.
 */
function characterAt(x: number, y: number): Place | null {
  const caret = caretAt(x, y)
  if (!caret) return null
  const {node, offset} = caret
  const reading = node.parentElement?.closest('rt')
  const cell = reading?.parentElement
  if (cell?.classList.contains(cellClass) && cell.firstChild instanceof Text) return {node: cell.firstChild, offset: 0}
  if (!(node instanceof Text)) return null
  for (const at of [offset, offset - 1, offset - 2]) {
    if (at < 0 || at >= node.data.length) continue
    const size = (node.data.codePointAt(at) ?? 0) > 0xffff ? 2 : 1
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, Math.min(at + size, node.data.length))
    for (const box of range.getClientRects())
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return {node, offset: at}
  }
  return null
}

/** The caret position at a point, by whichever call the browser has. */
function caretAt(x: number, y: number): {node: Node; offset: number} | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y)
    return position ? {node: position.offsetNode, offset: position.offset} : null
  }
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? {node: range.startContainer, offset: range.startOffset} : null
}
