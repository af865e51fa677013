/**
 * The reader's word layer, built with the page: every Chinese word outside a
 * glossary term becomes `<span class="zg-w" data-w="KEY" data-b="BAND">`
 * around its text (with `data-py`, its reading in context, where that is not
 * its first entry's), and the page embeds, as JSON,
 * the dictionary entries of the words its article uses and nothing more.
 * The in-page script (client/words.ts) opens a popup from that data.
 * Glossary terms, code, links and existing ruby are left alone: the glossary
 * stays authoritative where it has an entry.
 */
import type {Element, ElementContent, Properties, Root} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {SKIP, visit} from 'unist-util-visit'
import {lookupWords, type WordSegment} from '../../dictionary/lookup.js'
import type {Dictionary, DictionaryEntry} from '../../dictionary/types.js'
import {added} from '../common/page.js'

/** Elements whose text is not looked up. */
const skipped = new Set(['code', 'pre', 'kbd', 'samp', 'ruby', 'rt', 'rp', 'script', 'style', 'a'])

/** One headword as the page embeds it. */
interface EmbeddedWord {
  /** Entries: [traditional, simplified, pinyin, senses]. */
  e: Array<[string, string, string, readonly string[]]>
  /** Frequency band. */
  b: number
  /** For a long word, its parts as [written, key]. */
  p?: Array<[string, string]>
}

/** What the page embeds: the dictionary's attribution and the words used. */
export interface WordData {
  source: string
  edition: string
  licence: string
  words: Record<string, EmbeddedWord>
}

/**
 * Wrap the article's Chinese words and collect their entries, in place.
 *
 * @param tree the article tree (terms already decorated); changed.
 * @param dictionary the dictionary.
 * @returns the data to embed.
 */
export function addWords(tree: Root, dictionary: Dictionary): WordData {
  const html = new Map<string, ElementContent>()
  const data: WordData = {
    source: dictionary.table.source,
    edition: dictionary.table.edition.date,
    licence: dictionary.table.licence,
    words: {}
  }
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && (skipped.has(node.tagName) || node.properties['dataTerm'] !== undefined)) return SKIP
    if (node.type !== 'text' || parent?.type !== 'element' || index === undefined || !/\p{Script=Han}/u.test(node.value)) return
    const pieces = lookupWords(node.value, dictionary).map((segment) => piece(segment, data, dictionary, html))
    parent.children.splice(index, 1, ...pieces)
    return index + pieces.length
  })
  return data
}

/**
 * The node for one segment: plain text, or the word element with its ruby,
 * already written as HTML (a `raw` node, the page is stringified with raw
 * HTML allowed): a long article holds hundreds of thousands of words, and a
 * tree of ruby elements for each weighs hundreds of megabytes, while the
 * distinct words written once each weigh little.
 *
 * @param segment the segment.
 * @param data the embedded data, completed with the word.
 * @param dictionary the dictionary.
 * @param html the node of each distinct word written so far, by its key.
 * @returns the node.
 */
function piece(segment: WordSegment, data: WordData, dictionary: Dictionary, html: Map<string, ElementContent>): ElementContent {
  if (!segment.han) return {type: 'text', value: segment.text}
  embed(segment, data, dictionary)
  const key = `${segment.text}\u0000${segment.pinyin}\u0000${segment.key}\u0000${segment.band}`
  let node = html.get(key)
  if (node === undefined) {
    // One node for every occurrence of the word: the serializer reads it, nothing changes it.
    node = {type: 'raw', value: writer.stringify({type: 'root', children: [wordElement(segment, data)]})} as unknown as ElementContent
    html.set(key, node)
  }
  return node
}

/** Writes one word element as the page's serializer does (empty attributes the short way). */
const writer = unified().use(rehypeStringify, {collapseEmptyAttributes: true})

/**
 * The word element: a span around the word's own text. Its pinyin is not
 * written here: pinyin over all text comes from the page's compact
 * readings, in the page, when the reader asks for it (a ruby a character for
 * every word made long articles' pages too heavy to open, and nested the
 * page's own cells inside them).
 */
function wordElement(segment: WordSegment, data: WordData): Element {
  const first = data.words[segment.key]?.e[0]
  const properties: Properties = {className: ['zg-w'], dataW: segment.key, dataB: String(segment.band)}
  // The popup shows the reading of this occurrence where it is not the first entry's (行 háng in 银行).
  if (first && squash(first[2]) !== squash(segment.pinyin)) properties['dataPy'] = segment.pinyin
  return {type: 'element', tagName: 'span', properties, children: [{type: 'text', value: segment.text}]}
}

/** Add a word (and its parts) to the embedded data. */
function embed(segment: WordSegment, data: WordData, dictionary: Dictionary): void {
  if (data.words[segment.key]) return
  const word: EmbeddedWord = {e: segment.entries.map(compact), b: segment.band}
  if (segment.parts.length > 1) word.p = segment.parts.map((part) => [part.text, part.key])
  data.words[segment.key] = word
  for (const part of segment.parts) {
    if (!data.words[part.key]) data.words[part.key] = {e: (dictionary.entries(part.key) ?? []).map(compact), b: part.band}
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

/** Styles of the word layer: words are quiet until pointed at; glossary terms keep their own, stronger look. */
export const wordStyle = `
.zg-w { cursor: pointer; border-radius: 2px; }
.zg-w:hover, .zg-w:focus-visible { background: color-mix(in srgb, currentColor 10%, transparent); outline: none; }
.zg-w:focus-visible { box-shadow: 0 0 0 2px color-mix(in srgb, currentColor 45%, transparent); }
${[1, 2, 3, 4, 5].map((level) => `:root[data-known="${level}"] .zg-w:is(${bandsUpTo(level)}) { cursor: auto; background: none; }`).join('\n')}
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
@media print { .zg-word-popup, .zg-known { display: none !important; } }
`

/** A selector list of the bands up to a level (`[data-b="1"], [data-b="2"]`). */
function bandsUpTo(level: number): string {
  return Array.from({length: level}, (_, i) => `[data-b="${i + 1}"]`).join(', ')
}
