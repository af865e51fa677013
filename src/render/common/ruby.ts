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
    if (run.index > last) pieces.push({type: 'text', value: text.slice(last, run.index)})
    pieces.push(...rubyRun(run[0]))
    last = run.index + run[0].length
  }
  if (last === 0) return undefined
  if (last < text.length) pieces.push({type: 'text', value: text.slice(last)})
  return pieces
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
