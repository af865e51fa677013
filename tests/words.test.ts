import {readFile} from 'node:fs/promises'
import {beforeAll, describe, expect, it} from 'vitest'
import {analyzeArticle} from '../src/article/analyze.js'
import {lookupWords} from '../src/dictionary/lookup.js'
import {openDictionary} from '../src/dictionary/store.js'
import type {Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {renderReader} from '../src/render/reader/page.js'
import {decodeReadings} from '../src/render/reader/client/text-order.js'
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
function embedded(page: string): {source: string; edition: string; licence: string; words: Record<string, unknown>} {
  const json = /<script type="application\/json" id="zg-words"[^>]*>(.*?)<\/script>/s.exec(page)?.[1] ?? '{}'
  return JSON.parse(json)
}

describe('the reader’s word layer', () => {
  it('should keep the text rule', () => {
    expect(ownText(html)).toBe(ownText(bareHtml(markdown)))
  })

  it('should make every Chinese word outside the glossary terms a word element', () => {
    expect(html.match(/<span class="zg-w"/g)?.length).toBeGreaterThan(300)
    expect(html).not.toMatch(/data-term="[^"]*"[^>]*>[^<]*<span class="zg-w"/)
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
    // The word is its text; its reading in context is in the page's compact readings, for pinyin over all text.
    expect(page).toContain('<span class="zg-w" data-w="银行" data-b="2">银行</span>')
    expect(page).not.toMatch(/class="zg-w"[^>]*><ruby/)
    const readings = decodeReadings(/<template id="zg-readings"[^>]*>([^<]*)<\/template>/.exec(page)?.[1] ?? '')
    expect(readings.slice(0, 5)).toEqual(['tā', 'men', 'qù', 'yín', 'háng'])
    // The popup's reading where this occurrence differs from the first entry (一 yì before a fourth tone).
    expect(page).toContain('data-w="一" data-b="1" data-py="yì"')
  })

  it('should add no word layer without a dictionary', async () => {
    const article = await analyzeArticle('他们去银行。\n', {glossary})
    expect(renderReader(article, {glossary})).not.toContain('class="zg-w"')
  })
})
