import {readFile} from 'node:fs/promises'
import fc from 'fast-check'
import type {Element, Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {beforeAll, describe, expect, it} from 'vitest'
import {analyzeArticle} from '../src/article/analyze.js'
import {lookupWords} from '../src/dictionary/lookup.js'
import {openDictionary} from '../src/dictionary/store.js'
import type {Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {longArticle, renderReader} from '../src/render/reader/page.js'
import {decodeReadings} from '../src/render/reader/client/text-order.js'
import {decodeWordStream, encodeWordStream, readForm, wordlessTags, writeForm} from '../src/render/reader/client/word-order.js'
import {bareHtml, ownText} from './support/text.js'

let glossary: Glossary
let markdown: string
let html: string

beforeAll(async () => {
  glossary = await loadGlossary('glossary')
  markdown = await readFile('articles/taiwan-supply-chain.md', 'utf8')
  const article = await analyzeArticle(markdown, {glossary, path: 'articles/taiwan-supply-chain.md'})
  html = renderReader(article, {glossary, dictionary: openDictionary()})
})

/** The JSON the page embeds for its words. */
function embedded(page: string): {
  source: string
  edition: string
  licence: string
  words: Record<string, {b: number}>
  forms: string[]
  stream: string
} {
  const json = /<script type="application\/json" id="zg-words"[^>]*>(.*?)<\/script>/s.exec(page)?.[1] ?? '{}'
  return JSON.parse(json)
}

/** Each word the page carries, in order: its key and reading, from the stream. */
function carried(page: string): Array<{key: string; reading: string; length: number}> {
  const data = embedded(page)
  const forms = data.forms.map(readForm)
  return decodeWordStream(data.stream).map((index) => forms[index] ?? {key: '?', reading: '', length: 0})
}

/**
 * The text nodes of the page's article that hold words, as an HTML parser
 * reads the page: outside terms, code, links and what the page adds.
 */
function wordText(page: string): string[] {
  const texts: string[] = []
  const skip = new Set(wordlessTags)
  const walk = (node: Nodes): void => {
    if (node.type === 'text') texts.push(node.value)
    if (node.type === 'element') {
      const properties = (node as Element).properties
      if (skip.has(node.tagName) || properties['dataTerm'] !== undefined || properties['dataAdded'] !== undefined) return
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  const find = (node: Nodes): Element | undefined => {
    if (node.type === 'element' && node.tagName === 'main') return node
    if ('children' in node)
      for (const child of node.children) {
        const found = find(child)
        if (found) return found
      }
    return undefined
  }
  const main = find(fromHtml(page))
  if (main) walk(main)
  return texts
}

describe('the reader’s word layer', () => {
  it('should keep the text rule', () => {
    expect(ownText(html)).toBe(ownText(bareHtml(markdown)))
  })

  it('should carry every Chinese word outside the glossary terms, in page order, with no element per word', () => {
    const expected = wordText(html).flatMap((text) =>
      lookupWords(text, openDictionary())
        .filter((segment) => segment.han)
        .map((segment) => segment.key)
    )
    expect(expected.length).toBeGreaterThan(300)
    expect(carried(html).map((word) => word.key)).toEqual(expected)
    // The page's script counts Han characters over the same text: the lengths add up to them.
    const han = wordText(html)
      .join('')
      .match(/\p{Script=Han}/gu)?.length
    expect(carried(html).reduce((sum, word) => sum + word.length, 0)).toBe(han)
    expect(html).not.toContain('class="zg-w"')
    // About two bytes a word, where an element per word took about sixty.
    expect(embedded(html).stream.length).toBeLessThan(expected.length * 2)
  })

  it('should embed the entries of the article’s words and nothing more, with the attribution', () => {
    const data = embedded(html)
    expect(data.source).toBe('CC-CEDICT')
    expect(data.licence).toContain('CC BY-SA 4.0')
    expect(html).toContain(`Word help from CC-CEDICT (${data.edition})`)
    const used = new Set(
      lookupWords(markdown, openDictionary()).flatMap((segment) => [segment.key, ...segment.parts.map((part) => part.key)])
    )
    const keys = Object.keys(data.words)
    expect(keys.length).toBeGreaterThan(100)
    expect(keys.filter((key) => !used.has(key))).toEqual([])
    expect(keys).not.toContain('熊猫')
  })

  it('should read each word in its context and give the popup that reading where it differs', async () => {
    const article = await analyzeArticle('他们去银行办事，一行人到了。\n', {glossary})
    const page = renderReader(article, {glossary, dictionary: openDictionary()})
    const readings = decodeReadings(/<template id="zg-readings"[^>]*>([^<]*)<\/template>/.exec(page)?.[1] ?? '')
    expect(readings.slice(0, 5)).toEqual(['tā', 'men', 'qù', 'yín', 'háng'])
    const words = carried(page)
    expect(words.map((word) => word.key)).toEqual(['他们', '去', '银行', '办事', '一', '行人', '到', '了'])
    // 银行 is read as its first entry, so the popup shows the entry's reading; 一 before a second tone is read yì, not its entry's yī.
    expect(words[2]?.reading).toBe('')
    expect(words[4]?.reading).toBe('yì')
  })

  it('should write the word stream so that it reads back as written', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({max: 200_000})), (indices) => {
        expect(decodeWordStream(encodeWordStream(indices))).toEqual(indices)
      })
    )
    expect(encodeWordStream([0, 31])).toHaveLength(2)
    expect(encodeWordStream([32, 1023])).toHaveLength(4)
    expect(readForm(writeForm('银行', '', 2))).toEqual({key: '银行', reading: '', length: 2})
    expect(readForm(writeForm('𠮷野', 'jí yě', 2))).toEqual({key: '𠮷野', reading: 'jí yě', length: 2})
    expect(readForm(writeForm('后', 'hòu', 3))).toEqual({key: '后', reading: 'hòu', length: 3})
  })

  it('should add no word layer without a dictionary', async () => {
    const article = await analyzeArticle('他们去银行。\n', {glossary})
    expect(renderReader(article, {glossary})).not.toContain('id="zg-words"')
  })
})

describe('the reader of a long article', () => {
  it('should skip the layout of blocks off screen in a long article only', async () => {
    const rule = 'main :is(p, li, blockquote, dd) { content-visibility: auto;'
    expect(html).not.toContain(rule)
    const long = await analyzeArticle(`${markdown}\n\n`.repeat(Math.ceil(longArticle / markdown.length)), {glossary})
    expect(renderReader(long, {glossary})).toContain(rule)
  })
})
