import {existsSync, readdirSync, readFileSync} from 'node:fs'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString as hastText} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Glossary} from '../src/glossary/create.js'
import {fold} from '../src/matcher/index.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {analyzeArticle} from '../src/article/analyze.js'
import {rubyText, toneOf} from '../src/render/common/ruby.js'
import {decodeReadings, encodeReadings} from '../src/render/reader/client/text-order.js'
import {renderReader} from '../src/render/reader/page.js'
import {glossText} from '../src/render/common/terms.js'
import {bareHtml, htmlParseErrors, ownText} from './support/text.js'

const names = readdirSync('articles')
  .filter((file) => file.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(file))
  .map((file) => file.slice(0, -'.md'.length))

let glossary: Glossary

/** Each article's reader page, with and without its translation, parsed. */
const pages = new Map<string, {markdown: string; html: string; tree: Root; bare: string; bareTree: Root}>()

beforeAll(async () => {
  glossary = await loadGlossary('glossary')
  for (const name of names) {
    const markdown = readFileSync(`articles/${name}.md`, 'utf8')
    const article = await analyzeArticle(markdown, {glossary, path: `articles/${name}.md`})
    const translationPath = `articles/${name}.en.md`
    const translation = existsSync(translationPath)
      ? await analyzeArticle(readFileSync(translationPath, 'utf8'), {glossary, path: translationPath})
      : undefined
    const html = renderReader(article, {glossary, translation})
    const bare = renderReader(article, {glossary})
    pages.set(name, {markdown, html, tree: fromHtml(html), bare, bareTree: fromHtml(bare)})
  }
})

/** Elements of a tree that pass a test, in document order. */
function select(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element)
  })
  return found
}

/** An element's text without what the tool adds (ruby text, footnote numbers). */
function writtenText(element: Element): string {
  const copy = structuredClone(element)
  visit(copy, 'element', (child, index, parent) => {
    if (!parent || index === undefined) return
    if (child.tagName === 'rt' || child.tagName === 'rp' || child.properties['dataAdded'] !== undefined) {
      parent.children.splice(index, 1)
      return index
    }
    return undefined
  })
  return hastText(copy)
}

/** The built pages of an article; fails loudly when it was not built. */
function page(name: string) {
  const found = pages.get(name)
  if (!found) throw new Error(`no page for ${name}`)
  return found
}

const hasTerm = (element: Element): boolean => element.properties['dataTerm'] !== undefined

describe.each(names)('reader.html of %s', (name) => {
  it('should keep the article text whole, with and without the translation', () => {
    const {markdown, html, bare} = page(name)
    const expected = ownText(bareHtml(markdown))
    expect(ownText(html)).toBe(expected)
    expect(ownText(bare)).toBe(expected)
  })

  it('should be a well-formed document', () => {
    expect(htmlParseErrors(page(name).html)).toEqual([])
  })

  it('should write every term element as a form of its entry, model number included', () => {
    const terms = select(page(name).tree, hasTerm)
    expect(terms.length).toBeGreaterThan(50)
    for (const term of terms) {
      const entry = glossary.entry(String(term.properties['dataTerm']))
      const model = term.properties['dataModel']
      const text = writtenText(term)
      const base = typeof model === 'string' ? text.slice(0, text.lastIndexOf(model)).trimEnd() : text
      expect(entry?.forms.map(fold), text).toContain(fold(base))
    }
  })

  it('should put nothing but the term and its ruby inside a term element (footnote numbers go after it)', () => {
    const terms = select(page(name).tree, hasTerm)
    for (const term of terms)
      expect(select({type: 'root', children: [term]}, (element) => element.properties['dataAdded'] !== undefined)).toEqual([])
    const numbers = select(page(name).tree, (element) => element.tagName === 'sup' && element.properties['dataAdded'] !== undefined)
    expect(numbers).toHaveLength(terms.filter((term) => term.properties['dataFirst'] !== undefined).length)
  })

  it('should make every term focusable, the article one Tab stop, each described by a tooltip with its gloss', () => {
    const {tree} = page(name)
    const tooltips = new Map(
      select(tree, (element) => element.properties['role'] === 'tooltip').map((tip) => [String(tip.properties['id']), tip])
    )
    const terms = select(tree, hasTerm)
    expect(terms.map((term) => term.properties['tabIndex'])).toEqual(terms.map((_, i) => (i === 0 ? 0 : -1)))
    expect(terms.filter((term) => term.properties['role'] !== undefined)).toEqual([])
    for (const term of terms) {
      const [described] = term.properties['ariaDescribedBy'] as string[]
      const tip = tooltips.get(String(described))
      expect(tip, `tooltip ${described}`).toBeDefined()
      const model = term.properties['dataModel']
      const gloss = glossText(glossary, String(term.properties['dataTerm']), typeof model === 'string' ? model : undefined, 'en')
      expect(hastText(tip!)).toContain(gloss)
      expect(hastText(tip!)).toContain(writtenText(term))
    }
  })

  it('should put nothing of the translation outside data-added, and no term element in it', () => {
    const rows = select(page(name).tree, (element) => (element.properties['className'] as string[] | undefined)?.includes('zg-en') === true)
    expect(rows.length).toBeGreaterThan(10)
    for (const row of rows) {
      expect(row.properties['dataAdded']).toBe('')
      expect(select({type: 'root', children: [row]}, hasTerm)).toEqual([])
    }
  })

  it('should mark the glossary renderings in the translation', () => {
    const renderings = select(page(name).tree, (element) => element.properties['dataRendering'] !== undefined)
    expect(renderings.length).toBeGreaterThan(20)
    expect(renderings.map((element) => hastText(element))).toContain('Nvidia')
  })

  it('should have no event handler attribute and no javascript: URL', () => {
    const {html} = page(name)
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i)
    expect(html).not.toMatch(/javascript:/i)
  })

  it('should list every term in the index with its count and in the printed glossary', () => {
    const {tree} = page(name)
    const counts = new Map<string, number>()
    for (const term of select(tree, hasTerm))
      counts.set(String(term.properties['dataTerm']), (counts.get(String(term.properties['dataTerm'])) ?? 0) + 1)
    const index = select(tree, (element) => element.properties['dataIndex'] !== undefined)
    expect(index.map((button) => button.properties['dataIndex'])).toEqual([...counts.keys()])
    for (const button of index) expect(hastText(button)).toContain(`${counts.get(String(button.properties['dataIndex']))} ×`)
    const printed = select(tree, (element) => element.tagName === 'li' && String(element.properties['id'] ?? '').startsWith('zg-note-'))
    expect(printed).toHaveLength(counts.size)
  })
})

describe('reader.html', () => {
  it('should gloss a series with its model number (Ascend 910C)', () => {
    const {tree} = page('h200-exports')
    const term = select(tree, (element) => element.properties['dataModel'] === '910C')[0]
    expect(term).toBeDefined()
    const tip = select(tree, (element) => element.properties['id'] === (term!.properties['ariaDescribedBy'] as string[])[0])[0]
    expect(hastText(tip!)).toContain('Ascend 910C')
  })

  it('should show the other forms of an entry in its tooltip (英伟达 is also 辉达 and NVIDIA)', () => {
    const tip = select(page('h200-exports').tree, (element) => element.properties['id'] === 't-nvidia')[0]
    expect(hastText(tip!)).not.toMatch(/Also written/)
    const box = select(page('h200-exports').tree, (element) => element.children.includes(tip!))[0]
    expect(hastText(box!)).toMatch(/Also written: .*辉达.*NVIDIA/)
  })

  it('should put pinyin ruby on every occurrence of a term and mark the first ones', () => {
    const terms = select(page('h200-exports').tree, (element) => element.properties['dataTerm'] === 'nvidia')
    expect(terms.length).toBeGreaterThan(3)
    expect(terms.filter((term) => term.properties['dataFirst'] !== undefined)).toHaveLength(1)
    expect(terms.filter((term) => term.properties['dataFirstSection'] !== undefined).length).toBeGreaterThan(1)
    for (const term of terms.filter((term) => /\p{Script=Han}/u.test(writtenText(term)))) {
      expect(select({type: 'root', children: [term]}, (element) => element.tagName === 'rt').length).toBe(1)
    }
  })

  it('should render the controls in Chinese with ui zh', async () => {
    const markdown = readFileSync('articles/h200-exports.md', 'utf8')
    const html = renderReader(await analyzeArticle(markdown, {glossary}), {glossary, ui: 'zh'})
    expect(html).toContain('阅读设置')
    expect(html).toContain('术语索引')
    expect(html).not.toContain('Reading options')
  })

  it('should tag a traditional article zh-Hant and a simplified one zh-Hans', () => {
    expect(page('taiwan-supply-chain').html).toMatch(/<html lang="zh-Hant">/)
    expect(page('h200-exports').html).toMatch(/<html lang="zh-Hans">/)
  })

  it('should pair blocks in order and leave a side empty where the translation is short', async () => {
    const markdown = '# 标题\n\n英伟达发布了新芯片。\n\n台积电负责制造。\n'
    const article = await analyzeArticle(markdown, {glossary})
    const translation = await analyzeArticle('# Title\n\nNvidia released a new chip.\n', {glossary})
    const html = renderReader(article, {glossary, translation})
    const tree = fromHtml(html)
    const rows = select(tree, (element) => (element.properties['className'] as string[] | undefined)?.includes('zg-row') === true)
    expect(rows.map((row) => hastText(row.children[1]!))).toEqual(['Title', 'Nvidia released a new chip.', ''])
    expect(ownText(html)).toBe(ownText(bareHtml(markdown)))
  })

  it('should show no translation control without a translation', () => {
    expect(page('h200-exports').bare).not.toContain('<select data-setting="translation"')
    expect(page('h200-exports').html).toContain('<select data-setting="translation"')
  })
})

describe('pinyin over all text', () => {
  it('should read whole phrases, so polyphonic characters take the word’s reading', () => {
    const readings = (text: string): string[] =>
      (rubyText(text) ?? []).flatMap((piece) =>
        piece.type === 'element'
          ? piece.children.filter((child) => child.type === 'element' && child.tagName === 'rt').map((rt) => hastText(rt))
          : []
      )
    expect(readings('银行')).toEqual(['yín', 'háng'])
    expect(readings('行政总裁')).toEqual(['xíng', 'zhèng', 'zǒng', 'cái'])
  })

  it('should leave text without Han characters alone', () => {
    expect(rubyText('H200, 25%')).toBeUndefined()
  })

  it('should keep Latin text between the ruby as plain text, and hold punctuation to its character', () => {
    const pieces = rubyText('美国：H200「芯片」')!
    expect(pieces.map((piece) => (piece.type === 'element' ? String(piece.properties['className']) : piece.type))).toEqual([
      'zg-py,zg-t3',
      'zg-keep',
      'text',
      'zg-keep',
      'zg-keep'
    ])
    expect(pieces[2]).toEqual({type: 'text', value: 'H200'})
    expect(pieces.map((piece) => hastText(piece as Element)).join('')).toBe('美(měi)国(guó)：H200「芯(xīn)片(piàn)」')
  })

  it('should tell tones from tone marks', () => {
    expect(['zhōng', 'guó', 'měi', 'shì', 'de', 'lǜ'].map(toneOf)).toEqual([1, 2, 3, 4, 5, 4])
  })
})

describe('the compact readings of pinyin over all text', () => {
  it('should read back what it wrote, at two bytes a character plus the table', () => {
    const syllables = ['yīng', 'wěi', 'dá', 'yīng', 'guó', 'dá']
    const encoded = encodeReadings(syllables)
    expect(decodeReadings(encoded)).toEqual(syllables)
    expect(encoded.split('\n')[1]).toHaveLength(2 * syllables.length)
  })

  it('should carry one syllable per Han character of the article, terms included, and nothing for added text', () => {
    const html = page('h200-exports').html
    const encoded = /<template id="zg-readings" data-added>([^<]*)<\/template>/.exec(html)?.[1] ?? ''
    const main = select(page('h200-exports').tree, (element) => element.tagName === 'main')[0]!
    const zh = select(
      {type: 'root', children: [main]},
      (element) => (element.properties['className'] as string[] | undefined)?.includes('zg-zh') === true
    )
    const han =
      zh
        .map((block) => writtenText(block))
        .join('')
        .match(/[\p{Script=Han}〇々]/gu) ?? []
    expect(decodeReadings(encoded)).toHaveLength(han.length)
  })
})
