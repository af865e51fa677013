/**
 * Tone colours for the characters of a term's ruby.
 */
import type {Element} from 'hast'
import {readPhrase} from '../../glossary/reading.js'
import {toneOf} from '../common/ruby.js'

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
  const squash = (pinyin: string): string =>
    pinyin
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\s'’]/g, '')
  if (syllables.length !== characters.length || squash(syllables.join('')) !== squash(reading.value)) return false
  ruby.children.splice(
    0,
    1,
    ...characters.map(
      (character, i): Element => ({
        type: 'element',
        tagName: 'span',
        properties: {className: [`zg-t${toneOf(syllables[i] ?? '')}`]},
        children: [{type: 'text', value: character}]
      })
    )
  )
  return true
}
