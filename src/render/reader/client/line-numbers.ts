/**
 * The handout's line numbers, every fifth line of the article, in the
 * margin. Lines exist only once the page is laid out, so this script
 * measures them: the line boxes of each text node (Range.getClientRects),
 * grouped by their height on the page. Pinyin (`rt`) and added text are not
 * lines of the article. With line numbers on, the handout's screen layout is
 * its paper layout (same width, type and fonts), so lines measured here are
 * the lines printed. Each number is an empty marker put into the text where
 * its line starts: positioned absolutely without an offset, it stays on that
 * line wherever the pages break.
 *
 * Bundled on its own (scripts/build-client.mjs) and inlined in the handout
 * only when line numbers are asked for. `window.zgReady` settles when the
 * numbers are placed, for the PDF printer to wait on.
 */

/** Number every how many lines. */
const every = 5

/** Where a line starts: the text node and offset of its first character, and its left edge. */
interface LineStart {
  node: Text
  offset: number
  left: number
}

/**
 * The text nodes of the article that are its own text, in order.
 *
 * @param article the `main` element.
 * @returns the text nodes, without pinyin, added text, tables and headings.
 */
function articleText(article: Element): Text[] {
  const skip = 'rt, rp, [data-added], table, pre, h1, h2, h3, h4, h5, h6, script, style'
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.textContent?.trim() && !node.parentElement?.closest(skip) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT
  })
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node)
  return nodes
}

/**
 * The start of every line of the article, top to bottom.
 *
 * @param nodes the article's text nodes.
 * @returns one start per line.
 */
function lineStarts(nodes: readonly Text[]): LineStart[] {
  const starts: LineStart[] = []
  let lastMiddle = Number.NEGATIVE_INFINITY
  let lastHeight = 0
  const range = document.createRange()
  for (const node of nodes) {
    const text = node.data
    for (let offset = 0; offset < text.length; offset++) {
      if (/\s/.test(text[offset] ?? '')) continue
      range.setStart(node, offset)
      range.setEnd(node, offset + 1)
      const box = range.getBoundingClientRect()
      if (box.height === 0) continue
      const middle = box.top + box.height / 2 + window.scrollY
      // A new line: lower than the last by more than half a character (ruby and inline blocks sit a little off the baseline).
      if (middle - lastMiddle > Math.max(box.height, lastHeight) / 2) {
        starts.push({node, offset, left: box.left})
        lastMiddle = middle
        lastHeight = box.height
      }
    }
  }
  return starts
}

/**
 * Put a number marker where a line starts.
 *
 * @param start the line's start.
 * @param number the line's number.
 * @param gutter the x of the article's left edge, where numbers end.
 */
function mark(start: LineStart, number: number, gutter: number): void {
  const marker = document.createElement('span')
  marker.className = 'zg-line-no'
  marker.dataset['added'] = ''
  marker.dataset['line'] = String(number)
  marker.setAttribute('aria-hidden', 'true')
  marker.style.setProperty('--zg-indent', `${Math.max(0, start.left - gutter).toFixed(1)}px`)
  const {node, offset} = start
  if (offset > 0) {
    node.parentNode?.insertBefore(marker, node.splitText(offset))
    return
  }
  // At the start of an element (a term, its ruby), the marker goes before the element, not inside its ruby.
  let before: Node = node
  while (before.parentElement && !isBlock(before.parentElement) && before.parentElement.firstChild === before) before = before.parentElement
  before.parentNode?.insertBefore(marker, before)
}

/**
 * Whether an element lays out as a block (so a marker belongs inside it).
 *
 * @param element the element.
 * @returns true for blocks and list items.
 */
function isBlock(element: Element): boolean {
  const display = getComputedStyle(element).display
  return display === 'block' || display === 'list-item' || display === 'flow-root'
}

/**
 * Number the article's lines.
 *
 * @returns the number of lines.
 */
function numberLines(): number {
  const article = document.querySelector('main')
  if (!article) return 0
  const starts = lineStarts(articleText(article))
  const gutter = article.getBoundingClientRect().left
  // Measure every line first, then change the page: a marker never moves a line, but reading layout between writes would be slow.
  for (let index = every - 1; index < starts.length; index += every) {
    const start = starts[index]
    if (start) mark(start, index + 1, gutter)
  }
  document.documentElement.dataset['zgLines'] = String(starts.length)
  return starts.length
}

declare global {
  interface Window {
    /** Settles when the page is ready to print. */
    zgReady?: Promise<unknown>
  }
}

window.zgReady = document.fonts.ready.then(numberLines)
