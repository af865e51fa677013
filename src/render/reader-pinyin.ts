/**
 * Pinyin over all the article's Chinese text, computed once when the page is
 * built: each Han character becomes `<ruby class="zg-py zg-tN">字<rt>zì</rt></ruby>`,
 * read with pinyin-pro phrase by phrase so that polyphonic characters take the
 * reading of their word (银行 yín háng, 行政 xíng zhèng). The page shows or
 * hides the readings and the tone colours; terms keep their own ruby.
 */
import type {Element, ElementContent, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import {readPhrase} from '../glossary/reading.js'

/** Elements whose text gets no pinyin: terms (they have their own), code, existing ruby. */
const skipped = new Set(['code', 'pre', 'kbd', 'samp', 'ruby', 'rt', 'rp', 'script', 'style'])

/**
 * Put pinyin over the Han characters of a tree, in place.
 *
 * @param tree the article tree; changed.
 * @returns nothing.
 */
export function addTextPinyin(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && (skipped.has(node.tagName) || node.properties['dataTerm'] !== undefined)) return SKIP
    if (node.type !== 'text' || parent?.type !== 'element' || index === undefined) return
    const pieces = rubyPieces(node.value)
    if (pieces === undefined) return
    parent.children.splice(index, 1, ...pieces)
    return index + pieces.length
  })
}

/**
 * Cut a text into plain text and ruby, one ruby per Han character.
 *
 * @param text a text node's value.
 * @returns the pieces, or undefined when the text has no Han character.
 */
export function rubyPieces(text: string): ElementContent[] | undefined {
  const runs = /\p{Script=Han}+/gu
  if (!runs.test(text)) return undefined
  runs.lastIndex = 0
  const pieces: ElementContent[] = []
  let last = 0
  for (const run of text.matchAll(runs)) {
    if (run.index > last) pieces.push({type: 'text', value: text.slice(last, run.index)})
    pieces.push(...rubyRun(run[0]))
    last = run.index + run[0].length
  }
  if (last < text.length) pieces.push({type: 'text', value: text.slice(last)})
  return pieces
}

/**
 * One run of Han characters, read as a phrase; a run pinyin-pro does not read
 * syllable for syllable keeps one ruby.
 *
 * @param run Han characters only.
 * @returns a ruby per character, or one for the run.
 */
function rubyRun(run: string): Element[] {
  const characters = [...run]
  const syllables = readPhrase(run).split(' ')
  if (syllables.length !== characters.length) return [ruby(run, syllables.join(' '))]
  return characters.map((character, i) => ruby(character, syllables[i] ?? ''))
}

/**
 * A ruby element with its tone class.
 *
 * @param base the character(s).
 * @param reading their pinyin.
 * @returns the `<ruby>`.
 */
function ruby(base: string, reading: string): Element {
  return {
    type: 'element',
    tagName: 'ruby',
    properties: {className: ['zg-py', `zg-t${toneOf(reading)}`]},
    children: [
      {type: 'text', value: base},
      {type: 'element', tagName: 'rt', properties: {}, children: [{type: 'text', value: reading}]}
    ]
  }
}

/**
 * Give the characters of a term's ruby their tone classes, so that tone
 * colours reach terms too. The term's pinyin is the glossary's; the tones are
 * taken from pinyin-pro only where its reading spells the same syllables, so
 * that a colour never disagrees with the pinyin shown.
 *
 * @param term a term element after `addRuby`; changed.
 * @returns whether the characters were coloured.
 */
export function addTermTones(term: Element): boolean {
  const ruby = term.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ruby')
  const base = ruby?.children[0]
  const annotation = ruby?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'rt')
  const reading = annotation?.children[0]
  if (!ruby || base?.type !== 'text' || reading?.type !== 'text') return false
  const characters = [...base.value]
  const syllables = readPhrase(base.value).split(' ')
  const squash = (pinyin: string): string => pinyin.normalize('NFC').toLowerCase().replace(/[\s'’]/g, '')
  if (syllables.length !== characters.length || squash(syllables.join('')) !== squash(reading.value)) return false
  ruby.children.splice(0, 1, ...characters.map((character, i): Element => ({
    type: 'element',
    tagName: 'span',
    properties: {className: [`zg-t${toneOf(syllables[i] ?? '')}`]},
    children: [{type: 'text', value: character}]
  })))
  return true
}

/**
 * The tone of a syllable written with tone marks.
 *
 * @param syllable pinyin such as `háng`.
 * @returns 1 to 4, or 5 for the neutral tone.
 */
export function toneOf(syllable: string): number {
  const marks = syllable.normalize('NFD')
  if (marks.includes('\u0304')) return 1
  if (marks.includes('\u0301')) return 2
  if (marks.includes('\u030C')) return 3
  if (marks.includes('\u0300')) return 4
  return 5
}
