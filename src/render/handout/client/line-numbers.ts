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

/** Where a line starts: the text node and offset of its first character, and the height of the line's middle on the page. */
interface LineStart {
  node: Text
  offset: number
  middle: number
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
        starts.push({node, offset, middle})
        lastMiddle = middle
        lastHeight = box.height
      }
    }
  }
  return starts
}

/**
 * Put a number marker into a line, just after its first character: inside
 * the line, not at its edge, where a line break could carry it to the end
 * of the line before (and, across a page break, to the page before).
 *
 * @param start the line's start.
 * @param number the line's number.
 * @returns the marker.
 */
function mark(start: LineStart, number: number): HTMLElement {
  const marker = document.createElement('span')
  marker.className = 'zg-line-no'
  marker.dataset['added'] = ''
  marker.dataset['line'] = String(number)
  marker.setAttribute('aria-hidden', 'true')
  start.node.parentNode?.insertBefore(marker, start.node.splitText(start.offset + 1))
  return marker
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
  // Measure every line first, then change the page; the last first, so that splitting a text node leaves the earlier offsets in it valid.
  const marked: Array<{marker: HTMLElement; start: LineStart}> = []
  for (let index = starts.length - (starts.length % every) - 1; index >= every - 1; index -= every) {
    const start = starts[index]
    if (start) marked.push({marker: mark(start, index + 1), start})
  }
  // The number ends a little left of the article and sits level with its line, wherever the marker is: one layout for all markers, then styles only.
  const gutter = article.getBoundingClientRect().left
  const boxes = marked.map(({marker}) => marker.getBoundingClientRect())
  for (const [index, {marker, start}] of marked.entries()) {
    const box = boxes[index]
    if (!box) continue
    marker.style.setProperty('--zg-indent', `${Math.max(0, box.left - gutter).toFixed(1)}px`)
    marker.style.setProperty('--zg-rise', `${(start.middle - (box.top + window.scrollY)).toFixed(1)}px`)
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
