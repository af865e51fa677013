/**
 * The reader's word layer, built with the page: every Chinese word outside a
 * glossary term can be looked up. The page holds no element per word (a
 * long article has hundreds of thousands): it embeds, as JSON, the
 * dictionary entries of the words its article uses and nothing more, the
 * distinct forms met, and one short index per word in document order
 * (client/word-order.ts). The in-page script (client/words.ts) finds the
 * word under a click, a tap or the keyboard's word cursor, and opens a popup.
 * Glossary terms, code, links and existing ruby are left alone: the glossary
 * stays authoritative where it has an entry.
 */
import type {Element, ElementContent} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import {lookupWords, type WordSegment} from '../../dictionary/lookup.js'
import type {Dictionary, DictionaryEntry} from '../../dictionary/types.js'
import {added} from '../common/page.js'
import {type EmbeddedWord, encodeWordStream, type WordData, wordlessTags, writeForm} from './client/word-order.js'

/** Elements whose text is not looked up. */
const skipped = new Set(wordlessTags)

/**
 * Find the article's Chinese words and collect their entries and places.
 * The tree is not changed.
 *
 * @param nodes the article's nodes (terms already decorated), in the order the page shows them.
 * @param dictionary the dictionary.
 * @returns the data to embed.
 */
export function addWords(nodes: readonly ElementContent[], dictionary: Dictionary): WordData {
  const words: Record<string, EmbeddedWord> = {}
  const forms = new Map<string, number>()
  const order: string[] = []
  for (const node of nodes)
    visit(node, (child) => {
      if (child.type === 'element' && (skipped.has(child.tagName) || child.properties['dataTerm'] !== undefined)) return SKIP
      if (child.type === 'element' && child.properties['dataAdded'] !== undefined) return SKIP
      if (child.type !== 'text' || !/\p{Script=Han}/u.test(child.value)) return
      for (const segment of lookupWords(child.value, dictionary)) {
        if (!segment.han) continue
        embed(segment, words, dictionary)
        const form = writeForm(segment.key, readingToShow(segment, words), [...segment.text].length)
        forms.set(form, (forms.get(form) ?? 0) + 1)
        order.push(form)
      }
    })
  // The most frequent forms first: their indices are the shortest.
  const table = [...forms.keys()].sort((a, b) => (forms.get(b) ?? 0) - (forms.get(a) ?? 0))
  const index = new Map(table.map((form, i) => [form, i]))
  return {
    source: dictionary.table.source,
    edition: dictionary.table.edition.date,
    licence: dictionary.table.licence,
    words,
    forms: table,
    stream: encodeWordStream(order.map((form) => index.get(form) ?? 0))
  }
}

/**
 * The reading the popup shows for this occurrence: its reading in context
 * where that is not its first entry's (行 háng in 银行), or where the
 * dictionary has no entry for it; '' otherwise (the entry shows it).
 */
function readingToShow(segment: WordSegment, words: Record<string, EmbeddedWord>): string {
  const first = words[segment.key]?.e[0]
  if (!first) return segment.pinyin
  return squash(first[2]) === squash(segment.pinyin) ? '' : segment.pinyin
}

/** Add a word (and its parts) to the embedded data. */
function embed(segment: WordSegment, words: Record<string, EmbeddedWord>, dictionary: Dictionary): void {
  if (words[segment.key]) return
  const word: EmbeddedWord = {e: segment.entries.map(compact), b: segment.band}
  if (segment.parts.length > 1) word.p = segment.parts.map((part) => [part.text, part.key])
  words[segment.key] = word
  for (const part of segment.parts) {
    if (!words[part.key]) words[part.key] = {e: (dictionary.entries(part.key) ?? []).map(compact), b: part.band}
  }
}

/** An entry as the page embeds it. */
function compact(entry: DictionaryEntry): [string, string, string, readonly string[]] {
  return [entry.traditional, entry.simplified, entry.pinyin, entry.senses]
}

/** Pinyin compared without case and spaces. */
function squash(pinyin: string): string {
  return pinyin.toLowerCase().replace(/\s+/g, '')
}

/**
 * The embedded data as a `<script type="application/json">`, with `<`
 * escaped so that no text in it can close the element.
 *
 * @param data the words.
 * @returns the element.
 */
export function wordDataScript(data: WordData): Element {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return added('script', {type: 'application/json', id: 'zg-words'}, [json])
}

/**
 * The attribution line the licence asks for, shown under the article.
 *
 * @param data the words.
 * @param label the sentence's start, in the interface language.
 * @returns the element.
 */
export function wordAttribution(data: WordData, label: string): Element {
  return added('p', {className: ['zg-attribution']}, [`${label} ${data.source} (${data.edition}), ${data.licence}.`])
}

/**
 * The reader's known level: help for the words of the chosen frequency bands
 * is hidden (`data-known` on the root, remembered like every setting).
 *
 * @param label what the control is called.
 * @param none the label of "hide nothing".
 * @returns the labelled select.
 */
export function knownControl(label: string, none: string): Element {
  const levels: Array<[string, string]> = [
    ['0', none],
    ['1', '1,000'],
    ['2', '2,500'],
    ['3', '5,000'],
    ['4', '10,000'],
    ['5', '20,000']
  ]
  const options = levels.map(([value, text], i) => added('option', {value, selected: i === 0}, [text]))
  return added('label', {className: ['zg-choice', 'zg-known']}, [
    added('span', {}, [label]),
    added('select', {dataSetting: 'known'}, options)
  ])
}

/**
 * Styles of the word layer: words are quiet until pointed at (a highlight
 * over the text, no element of their own); glossary terms keep their own,
 * stronger look. The word cursor is a key that shows only when it has the
 * keyboard's focus.
 */
export const wordStyle = `
main.zg-on-word { cursor: pointer; }
::highlight(zg-word-hover) { background-color: color-mix(in srgb, currentColor 10%, transparent); }
::highlight(zg-word) { background-color: color-mix(in srgb, var(--accent) 25%, transparent); }
.zg-word-keys { position: absolute; left: -10000px; }
.zg-word-keys:focus-visible { position: fixed; left: 50%; top: 0.75rem; transform: translateX(-50%); z-index: 12; width: max-content; max-width: calc(100vw - 2rem); padding: 0.35rem 0.8rem; font: inherit; font-size: 0.85rem; line-height: 1.35; color: var(--bg); background: var(--fg); border: 0; border-radius: 0.6rem; outline: 2px solid var(--accent); outline-offset: 2px; }
.zg-word-popup { position: absolute; z-index: 11; max-width: min(24rem, calc(100vw - 1rem)); max-height: 60vh; overflow-y: auto; padding: 0.5rem 0.75rem; line-height: 1.45; font-size: 0.92rem; background: Canvas; color: CanvasText; border: 1px solid color-mix(in srgb, currentColor 30%, transparent); border-radius: 6px; box-shadow: 0 4px 14px rgb(0 0 0 / 0.18); }
.zg-word-popup[hidden] { display: none; }
.zg-word-popup p { margin: 0.15rem 0; }
.zg-wp-word { font-size: 1.3em; font-weight: 600; margin-right: 0.5em; }
.zg-wp-other, .zg-wp-credit { color: color-mix(in srgb, currentColor 60%, transparent); }
.zg-wp-pinyin { font-style: italic; }
.zg-wp-entry + .zg-wp-entry { border-top: 1px dotted color-mix(in srgb, currentColor 30%, transparent); }
.zg-wp-part { display: block; font-size: 0.92em; }
.zg-wp-credit, .zg-wp-band { font-size: 0.8em; }
.zg-attribution { font-size: 0.8rem; color: color-mix(in srgb, currentColor 60%, transparent); }
@media print { .zg-word-popup, .zg-known, .zg-word-keys { display: none !important; } }
`
