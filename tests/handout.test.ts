import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString as hastText} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {createGlossary, type Glossary} from '../src/glossary/create.js'
import {readingOf} from '../src/glossary/reading.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {analyzeArticle, type Article} from '../src/article/analyze.js'
import {renderHandout, type HandoutOptions} from '../src/render/handout/page.js'
import {shortNote} from '../src/render/handout/table.js'
import {withoutModel} from '../src/render/common/terms.js'
import {handoutSettings} from '../src/render/handout/settings.js'
import {renderArticle} from '../src/render/render-article.js'
import {glossText} from '../src/render/common/terms.js'
import {bareHtml, htmlParseErrors, ownText} from './support/text.js'

const articles = readdirSync('articles').filter((name) => name.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(name))

let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary('glossary')
})

/** Every element of a tree that passes a test, in document order. */
function select(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element)
  })
  return found
}

const hasClass = (name: string) => (element: Element) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name)

/** The article's `<main>`. */
function mainOf(tree: Root): Element {
  const [main] = select(tree, (element) => element.tagName === 'main')
  if (!main) throw new Error('no <main> in the handout')
  return main
}

/** The glossary table's rows, as cell texts. */
function tableRows(tree: Root): Array<{id: string; cells: string[]}> {
  return select(tree, (element) => element.tagName === 'tr' && typeof element.properties['dataEntry'] === 'string').map((row) => ({
    id: String(row.properties['dataEntry']),
    cells: row.children.filter((child): child is Element => child.type === 'element').map((cell) => hastText(cell))
  }))
}

/** The footnote number a term element carries, if any. */
function footnoteOf(term: Element): string | undefined {
  const [sup] = select(term, hasClass('zg-ref'))
  return sup ? hastText(sup) : undefined
}

async function analyzed(name: string): Promise<{article: Article; translation: Article; markdown: string}> {
  const markdown = readFileSync(join('articles', name), 'utf8')
  const english = readFileSync(join('articles', name.replace(/\.md$/, '.en.md')), 'utf8')
  return {
    markdown,
    article: await analyzeArticle(markdown, {glossary, path: name}),
    translation: await analyzeArticle(english, {glossary, path: name.replace(/\.md$/, '.en.md')})
  }
}

function render(article: Article, options: Partial<HandoutOptions> = {}): {html: string; tree: Root} {
  const html = renderHandout(article, {glossary, ...options})
  return {html, tree: fromHtml(html)}
}

describe('the handout of each article', () => {
  for (const name of articles) {
    describe(name, () => {
      it('should keep the article text whole with every setting (the contract text rule)', async () => {
        const {article, translation, markdown} = await analyzed(name)
        const expected = ownText(bareHtml(markdown))
        const settings: Array<Partial<HandoutOptions>> = [
          {},
          {density: 'all'},
          {pinyin: 'all'},
          {pinyin: 'none'},
          {bilingual: true, translation},
          {bilingual: true, translation, pinyin: 'all', density: 'all', ui: 'zh', paper: 'letter'}
        ]
        for (const options of settings) {
          const {html} = render(article, options)
          expect(ownText(html), JSON.stringify({...options, translation: undefined})).toBe(expected)
          expect(htmlParseErrors(html)).toEqual([])
        }
      })

      it('should list the terms in order of first appearance with their glossary content', async () => {
        const {article} = await analyzed(name)
        const rows = tableRows(render(article).tree)
        const firsts = new Map<string, {text: string; model: string | undefined}>()
        for (const occurrence of article.occurrences) {
          if (!firsts.has(occurrence.id)) firsts.set(occurrence.id, {text: occurrence.text, model: occurrence.model})
        }
        expect(rows.map((row) => row.id)).toEqual([...firsts.keys()])
        rows.forEach((row, index) => {
          const entry = glossary.entry(row.id)
          const first = firsts.get(row.id)
          if (!entry || !first) throw new Error(`row ${row.id} is not a term of the article`)
          const base = withoutModel(first.text, first.model)
          expect(row.cells).toEqual([
            String(index + 1),
            first.text,
            readingOf(entry, base) ?? '',
            glossText(glossary, row.id, first.model, 'en'),
            shortNote(glossary.gloss(row.id)?.note ?? '')
          ])
        })
      })

      it('should number the first occurrence of each term as its row, with pinyin, and leave later ones plain', async () => {
        const {article} = await analyzed(name)
        const {tree} = render(article)
        const numbers = new Map(tableRows(tree).map((row) => [row.id, row.cells[0]]))
        const seen = new Set<string>()
        const terms = select(mainOf(tree), (element) => typeof element.properties['dataTerm'] === 'string')
        expect(terms.length).toBe(article.occurrences.length)
        for (const term of terms) {
          const id = String(term.properties['dataTerm'])
          const first = !seen.has(id)
          seen.add(id)
          expect(footnoteOf(term), id).toBe(first ? numbers.get(id) : undefined)
          const rubies = select(term, (element) => element.tagName === 'ruby')
          if (!first) expect(rubies).toEqual([])
          else if (/\p{Script=Han}/u.test(hastText(term))) expect(rubies.length, id).toBe(1)
        }
        for (const sup of select(mainOf(tree), hasClass('zg-ref'))) {
          const [link] = select(sup, (element) => element.tagName === 'a')
          expect(link?.properties['href']).toMatch(/^#zg-term-/)
          expect(select(tree, (element) => `#${String(element.properties['id'])}` === link?.properties['href'])).toHaveLength(1)
        }
      })

      it('should number every occurrence with density all', async () => {
        const {article} = await analyzed(name)
        const {tree} = render(article, {density: 'all'})
        const numbers = new Map(tableRows(tree).map((row) => [row.id, row.cells[0]]))
        for (const term of select(mainOf(tree), (element) => typeof element.properties['dataTerm'] === 'string')) {
          expect(footnoteOf(term)).toBe(numbers.get(String(term.properties['dataTerm'])))
        }
      })

      it('should put pinyin over no text with pinyin none, and over every Chinese character with pinyin all', async () => {
        const {article} = await analyzed(name)
        expect(select(mainOf(render(article, {pinyin: 'none'}).tree), (element) => element.tagName === 'rt')).toEqual([])
        const main = mainOf(render(article, {pinyin: 'all'}).tree)
        const bare: string[] = []
        visit(main, 'text', (node, _index, parent) => {
          const inside = parent?.type === 'element' ? parent.tagName : ''
          if (!['ruby', 'rt', 'rp', 'code', 'pre'].includes(inside) && /\p{Script=Han}/u.test(node.value)) bare.push(node.value)
        })
        expect(bare).toEqual([])
      })

      it('should follow each block with its English block when bilingual', async () => {
        const {article, translation} = await analyzed(name)
        const main = mainOf(render(article, {bilingual: true, translation}).tree)
        const blocks = main.children.filter((child): child is Element => child.type === 'element')
        const english = translation.hast.children.filter((child) => child.type === 'element')
        const chinese = article.hast.children.filter((child) => child.type === 'element')
        expect(blocks.filter(hasClass('zg-translation'))).toHaveLength(english.length)
        blocks.slice(0, chinese.length * 2).forEach((block, index) => {
          expect(hasClass('zg-translation')(block), `block ${index}`).toBe(index % 2 === 1)
        })
        for (const block of blocks.filter(hasClass('zg-translation'))) {
          expect(block.properties['dataAdded']).toBe('')
          expect(block.properties['lang']).toBe('en')
          expect(select(block, (element) => element.properties['dataTerm'] !== undefined)).toEqual([])
        }
        expect(select(main, hasClass('zg-rendering')).length).toBeGreaterThan(0)
      })
    })
  }
})

describe('the handout page', () => {
  it('should show title, author, date and source from the front matter, and what made it', async () => {
    const article = await analyzeArticle(
      '---\ntitle: 芯片简报\nauthor: 王老师\ndate: 2025-12-15\nsource: 课堂讲义\n---\n\n英伟达发布新品。\n',
      {glossary}
    )
    const {tree} = render(article, {glossaryName: 'glossary'})
    const [header] = select(tree, (element) => element.tagName === 'header')
    expect(header?.properties['dataAdded']).toBe('')
    const text = hastText(header ?? {type: 'root', children: []})
    for (const part of ['芯片简报', '王老师', '2025-12-15', '课堂讲义', '“glossary”', `${glossary.entries.length} entries`, 'English'])
      expect(text).toContain(part)
  })

  it('should write its headings and table headers in Chinese with --ui zh', async () => {
    const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
    const {tree} = render(article, {ui: 'zh'})
    const headers = select(tree, (element) => element.tagName === 'th').map((cell) => hastText(cell))
    expect(headers).toEqual(['序号', '术语', '拼音', '英语释义', '说明'])
    expect(select(tree, (element) => element.tagName === 'h2').map((heading) => hastText(heading))).toContain('术语表')
  })

  it('should lay out for A4 by default and for US Letter when asked', async () => {
    const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
    expect(render(article).html).toMatch(/@page \{ size: A4;/)
    expect(render(article, {paper: 'letter'}).html).toMatch(/@page \{ size: letter;/)
    expect(render(article).html).toContain('counter(page) " / " counter(pages)')
  })

  it('should say so when no term occurs', async () => {
    const article = await analyzeArticle('今天天气很好。\n', {glossary})
    const {tree} = render(article)
    expect(tableRows(tree)).toEqual([])
    expect(hastText(select(tree, hasClass('zg-glossary'))[0] ?? {type: 'root', children: []})).toContain('No glossary term occurs')
  })

  it('should escape glossary text', async () => {
    const hostile = createGlossary({
      zh: {terms: {chip: {forms: ['芯片'], pinyin: 'xīnpiàn', category: 'concept'}}},
      en: {terms: {chip: {gloss: '<b>chip</b>', note: '<img src=x onerror=alert(1)>'}}}
    })
    const article = await analyzeArticle('芯片很重要。\n', {glossary: hostile})
    const html = renderHandout(article, {glossary: hostile})
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>chip')
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>')
  })

  it('should be what renderArticle gives for format handout', async () => {
    const markdown = '英伟达发布新品。\n'
    const article = await analyzeArticle(markdown, {glossary})
    expect(await renderArticle(markdown, {glossary, format: 'handout'})).toBe(renderHandout(article, {glossary}))
  })

  it('should build its settings from loose values and ignore values it does not know', () => {
    expect(handoutSettings({density: 'all', pinyin: 'none', bilingual: true, paper: 'letter', glossaryName: 'terms'})).toEqual({
      density: 'all',
      pinyin: 'none',
      bilingual: true,
      paper: 'letter',
      glossaryName: 'terms'
    })
    expect(handoutSettings({density: 'most', pinyin: 'some', paper: 'a3'})).toEqual({bilingual: false})
  })
})

describe('the title of a page', () => {
  it('should follow one rule in the handout and the reader when the front matter title is not a string', async () => {
    const titles = async (yaml: string): Promise<string[]> => {
      const markdown = `---\n${yaml}\n---\n\n英伟达发布新品。\n`
      const pages = await Promise.all(
        ['handout', 'reader'].map((format) => renderArticle(markdown, {glossary, format: format as 'handout'}))
      )
      return pages.map((html) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
    }
    expect(await titles('title: {zh: 芯片}')).toEqual(['Untitled article', 'Untitled article'])
    expect(await titles('title: [a, b]')).toEqual(['Untitled article', 'Untitled article'])
    expect(await titles('title: 2024')).toEqual(['2024', '2024'])
    expect(await titles('title: 芯片简报')).toEqual(['芯片简报', '芯片简报'])
  })
})

describe('the handout for a class', () => {
  const headers = (tree: Root): string[] => select(tree, (element) => element.tagName === 'th').map((cell) => hastText(cell))

  it('should print a compact glossary: no count, other forms and whole notes only when asked', async () => {
    const article = await analyzeArticle('英伟达发布新品，黄仁勋出席。\n', {glossary})
    expect(headers(render(article).tree)).toEqual(['No.', 'Term', 'Pinyin', 'English', 'Note'])
    expect(headers(render(article, {forms: true}).tree)).toEqual(['No.', 'Term', 'Other forms', 'Pinyin', 'English', 'Note'])
    const note = glossary.gloss('nvidia')?.note ?? ''
    const shown = (options: Partial<HandoutOptions>) =>
      tableRows(render(article, options).tree)
        .find((row) => row.id === 'nvidia')
        ?.cells.at(-1)
    expect(note.length).toBeGreaterThan(90)
    expect(shown({})!.length).toBeLessThanOrEqual(91)
    expect(note.startsWith(shown({})!.replace(/…$/, ''))).toBe(true)
    expect(shown({notes: 'long'})).toBe(note)
  })

  it('should cut a short note at its first sentence, or near 90 characters at a word', () => {
    expect(shortNote('One sentence. Another one.')).toBe('One sentence.')
    const long = shortNote(`${'word '.repeat(40)}end.`)
    expect(long.endsWith('…')).toBe(true)
    expect(long.length).toBeLessThanOrEqual(91)
    expect(long).not.toMatch(/ …$/)
  })

  it('should have a name and date line unless switched off', async () => {
    const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
    expect(select(render(article).tree, hasClass('zg-name')).map((line) => hastText(line))).toEqual(['Name:Date:'])
    expect(select(render(article, {nameLine: false}).tree, hasClass('zg-name'))).toEqual([])
  })

  it('should tag a traditional article zh-Hant, from its text, its front matter or the region asked for, with traditional fonts', async () => {
    const lang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1]
    const simplified = await analyzeArticle('英伟达发布新品。\n', {glossary})
    const traditional = await analyzeArticle(readFileSync('articles/taiwan-supply-chain.md', 'utf8'), {glossary})
    const marked = await analyzeArticle('---\nregion: tw\n---\n\n英伟达发布新品。\n', {glossary})
    expect(lang(render(simplified).html)).toBe('zh-Hans')
    expect(lang(render(traditional).html)).toBe('zh-Hant')
    expect(lang(render(marked).html)).toBe('zh-Hant')
    expect(lang(render(simplified, {region: 'hk'}).html)).toBe('zh-Hant')
    expect(render(simplified).html).toMatch(/:root:lang\(zh-Hant\) \{ --zg-serif: "Noto Serif CJK TC"/)
    expect(render(simplified).html).toMatch(/:root:lang\(zh-Hant\) \{ --zg-serif: "zg-latin-serif", "AR PL UMing TW"/)
    expect(render(simplified).html).toContain('text-wrap: pretty')
  })

  it('should make exercises from the glossary when asked, answers apart', async () => {
    const article = await analyzeArticle(readFileSync('articles/h200-exports.md', 'utf8'), {glossary})
    expect(select(render(article).tree, hasClass('zg-exercises'))).toEqual([])
    const {tree, html} = render(article, {exercises: true})
    const [match] = select(tree, hasClass('zg-match'))
    const items = select(match!, (element) => element.tagName === 'li').map((item) => hastText(item))
    const terms = items.filter((item) => !/^[A-H]\. /.test(item))
    const glosses = items.filter((item) => /^[A-H]\. /.test(item))
    expect(terms.length).toBe(glosses.length)
    expect(terms.length).toBeGreaterThanOrEqual(4)
    const fills = select(select(tree, hasClass('zg-fill'))[0]!, (element) => element.tagName === 'li').map((item) => hastText(item))
    expect(fills.length).toBeGreaterThanOrEqual(4)
    for (const fill of fills) expect(fill).toContain('＿＿＿＿')
    expect(new Set(fills).size).toBe(fills.length)
    const [answers] = select(tree, hasClass('zg-answers'))
    expect(hastText(answers!)).toMatch(/1–[A-H]/)
    expect(html).toMatch(/\.zg-answers \{ break-before: page; \}/)
    expect(ownText(html)).toBe(ownText(render(article).html))
  })

  it('should number the paragraphs in the margin when asked', async () => {
    const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
    expect(render(article).html).not.toContain('counter-increment: zg-paragraph')
    expect(render(article, {numbers: true}).html).toContain('counter-increment: zg-paragraph')
  })

  it('should set pinyin over all text in cells, one syllable per character, terms included', async () => {
    const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
    const {tree} = render(article, {pinyin: 'all'})
    const cells = select(tree, hasClass('zg-py'))
    expect(cells.map((cell) => hastText(cell.children[0]!))).toEqual([...'英伟达发布新品'])
    expect(cells.map((cell) => select(cell, (element) => element.tagName === 'rt').map((rt) => hastText(rt))[0])).toEqual([
      'yīng',
      'wěi',
      'dá',
      'fā',
      'bù',
      'xīn',
      'pǐn'
    ])
  })
})
