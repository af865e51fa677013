/**
 * `<ruby>` elements for pinyin, shared by the term readings and the pinyin
 * over all text of the reader and the handout.
 */
import type {Element, ElementContent} from 'hast'
import {readPhrase} from '../../glossary/reading.js'

/** A run of Han characters (the ideographic zero and iteration mark are Han too). */
const hanRun = /[\p{Script=Han}〇々]+/gu

/**
 * One `<ruby>`: base text, its reading, and the parentheses shown by browsers without ruby.
 *
 * @param base the text read.
 * @param reading its pinyin.
 * @param className classes of the element. (default: none)
 * @returns the element.
 */
export function rubyElement(base: string, reading: string, className: readonly string[] = []): Element {
  return {
    type: 'element',
    tagName: 'ruby',
    properties: className.length > 0 ? {className: [...className]} : {},
    children: [
      {type: 'text', value: base},
      {type: 'element', tagName: 'rp', properties: {}, children: [{type: 'text', value: '('}]},
      {type: 'element', tagName: 'rt', properties: {}, children: [{type: 'text', value: reading}]},
      {type: 'element', tagName: 'rp', properties: {}, children: [{type: 'text', value: ')'}]}
    ]
  }
}

/**
 * Cut a text into plain text and pinyin ruby over each Han character
 * (`<ruby class="zg-py zg-tN">`, N the tone), read with pinyin-pro phrase by
 * phrase so that polyphonic characters take the reading of their word (银行
 * yín háng). One element per character, so that the style sheet can give
 * each reading its own width: Chromium lets a reading overhang the
 * neighbouring characters, and with every character annotated the readings
 * would run into each other. A run pinyin-pro does not read syllable for
 * character keeps one ruby over the whole run.
 *
 * @param text a text node's value.
 * @returns the pieces, or undefined when the text has no Han character.
 */
export function rubyText(text: string): ElementContent[] | undefined {
  const pieces: ElementContent[] = []
  let last = 0
  for (const run of text.matchAll(hanRun)) {
    const between = text.slice(last, run.index)
    const before = opening.exec(between)?.[0] ?? ''
    if (between.length > before.length) pieces.push({type: 'text', value: between.slice(0, between.length - before.length)})
    const rubies: ElementContent[] = rubyRun(run[0])
    last = run.index + run[0].length
    const after = closing.exec(text.slice(last))?.[0] ?? ''
    last += after.length
    // Cells are boxes, and a line may break between a box and the comma after it: punctuation is held to its character.
    if (before) rubies.splice(0, 1, keep([{type: 'text', value: before}, ...rubies.slice(0, 1)]))
    if (after) rubies.splice(-1, 1, keep([...rubies.slice(-1), {type: 'text', value: after}]))
    pieces.push(...rubies)
  }
  if (last === 0) return undefined
  if (last < text.length) pieces.push({type: 'text', value: text.slice(last)})
  return pieces
}

/** Punctuation that never starts a line (it stays with the character before) or never ends one (it stays with the one after). */
const closing = /^[，。、：；！？”’」』）》〉…—,.;:!?)\]]+/u
const opening = /[“‘「『（《〈([]+$/u

/**
 * Hold pieces on one line.
 *
 * @param pieces a cell and its punctuation.
 * @returns `<span class="zg-keep">`.
 */
function keep(pieces: ElementContent[]): Element {
  return {type: 'element', tagName: 'span', properties: {className: ['zg-keep']}, children: pieces}
}

/** Ruby for one run of Han characters. */
function rubyRun(run: string): Element[] {
  const characters = [...run]
  const syllables = readPhrase(run).split(/\s+/).filter(Boolean)
  if (syllables.length !== characters.length) return [rubyElement(run, syllables.join(' '), ['zg-py'])]
  return characters.map((character, index) => {
    const syllable = syllables[index] ?? ''
    return rubyElement(character, syllable, ['zg-py', `zg-t${toneOf(syllable)}`])
  })
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
