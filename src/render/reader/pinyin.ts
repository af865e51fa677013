/**
 * Pinyin over all the article's Chinese text, computed once when the page is
 * built: each Han character becomes `<ruby class="zg-py zg-tN">字<rt>zì</rt></ruby>`,
 * read with pinyin-pro phrase by phrase so that polyphonic characters take the
 * reading of their word (银行 yín háng, 行政 xíng zhèng). The page shows or
 * hides the readings and the tone colours; terms keep their own ruby.
 */
import type {Element, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import {readPhrase} from '../../glossary/reading.js'
import {rubyText, toneOf} from '../common/ruby.js'

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
    const pieces = rubyText(node.value)
    if (pieces === undefined) return
    parent.children.splice(index, 1, ...pieces)
    return index + pieces.length
  })
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
