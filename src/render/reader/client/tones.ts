/**
 * Tone colours on the characters of terms, put there the first time the
 * reader turns tone colours on: each character of a term's ruby gets
 * `<span class="zg-tN">` from the page's compact readings, only where those
 * readings spell the term's own pinyin, so that a colour never disagrees
 * with the pinyin shown (华为 Huáwéi against huá wèi: no colour rather than a wrong one).
 */
import type {Feature} from './feature.js'
import {readTextNodes, toneOf, whenReadingsWanted} from './text-pinyin.js'
import {hanCharacter} from './text-order.js'

/**
 * Pinyin as compared: composed, lower case, without spaces and apostrophes.
 *
 * @param pinyin the pinyin.
 * @returns the comparable form.
 */
function squash(pinyin: string): string {
  return pinyin
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s'’]/g, '')
}

/**
 * Colour the characters of every term whose readings agree with its pinyin.
 *
 * @param main the article.
 * @param readings one syllable per Han character, in document order.
 */
function colourTerms(main: HTMLElement, readings: readonly string[]): void {
  const starts = new Map<Text, number>()
  let count = 0
  for (const node of readTextNodes(main)) {
    starts.set(node, count)
    for (const character of node.data) if (hanCharacter.test(character)) count += 1
  }
  for (const ruby of main.querySelectorAll<HTMLElement>('[data-term] > ruby')) {
    const base = [...ruby.childNodes].filter((node): node is Text => node instanceof Text)
    const reading = ruby.querySelector('rt')?.textContent ?? ''
    const characters = base.flatMap((node) => [...node.data])
    const first = base[0] ? starts.get(base[0]) : undefined
    if (first === undefined || !characters.every((character) => hanCharacter.test(character))) continue
    const syllables = readings.slice(first, first + characters.length)
    if (squash(syllables.join('')) !== squash(reading)) continue
    let at = 0
    for (const node of base) {
      const spans = [...node.data].map((character) => {
        const span = document.createElement('span')
        span.className = `zg-t${toneOf(syllables[at++] ?? '')}`
        span.textContent = character
        return span
      })
      node.replaceWith(...spans)
    }
  }
}

/** Colour the terms the first time tone colours are on (at load or later). */
export const tones: Feature = ({root}) => whenReadingsWanted(root, 'tones', colourTerms)
