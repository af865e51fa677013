/**
 * The library as a user of unified and i18next meets it: the public
 * exports, `remarkGloss` in pipelines with other common plugins and through
 * remark-stringify, and glossaries made from a user's own i18next instance.
 */
import {createInstance} from 'i18next'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import * as library from '../src/index.js'
import * as browser from '../src/browser.js'
import {
  createGlossary,
  glossaryFromI18n,
  loadGlossary,
  remarkGloss,
  renderArticle,
  ZhglossError,
  type GlossaryResources
} from '../src/index.js'

/** A small glossary, as objects. */
const resources: GlossaryResources = {
  zh: {
    terms: {
      nvidia: {forms: ['英伟达', '英偉達', 'Nvidia'], pinyin: 'Yīngwěidá', category: 'company'},
      'computing-power': {forms: ['算力'], pinyin: 'suànlì', category: 'concept'}
    }
  },
  en: {
    terms: {
      nvidia: {gloss: 'Nvidia', note: 'US chip designer.'},
      'computing-power': {gloss: 'computing power'}
    }
  },
  de: {terms: {'computing-power': {gloss: 'Rechenleistung'}}}
}

describe('the public exports', () => {
  it('should expose the same API from the Node and browser entries, plus loadGlossary in Node', () => {
    expect(Object.keys(library).sort()).toEqual([...Object.keys(browser), 'loadGlossary'].sort())
    expect(Object.keys(browser).sort()).toEqual([
      'ZhglossError',
      'analyzeArticle',
      'buildReport',
      'createGlossary',
      'createMatcher',
      'createRenderingMatcher',
      'fold',
      'formatProblem',
      'glossHandlers',
      'glossTermToHast',
      'glossaryFromI18n',
      'occurrenceApplies',
      'readPhrase',
      'readingOf',
      'remarkGloss',
      'remarkMatter',
      'renderArticle'
    ])
  })
})

describe('remarkGloss in other pipelines', () => {
  const glossary = createGlossary(resources)

  it('should mark terms in GFM tables and leave YAML front matter alone', async () => {
    const markdown = '---\ntitle: 英伟达\n---\n\n| 公司 | 算力 |\n| --- | --- |\n| 英伟达 | 高 |\n'
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkFrontmatter)
        .use(remarkGfm)
        .use(remarkGloss, {glossary})
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(markdown)
    )
    expect(html).toContain('<th><span class="term" data-term="computing-power">算力</span></th>')
    expect(html).toContain('<td><span class="term" data-term="nvidia">英伟达</span></td>')
    expect(html).not.toContain('title')
  })

  it('should keep heading ids from rehype-slug and links from rehype-autolink-headings around marked terms', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGloss, {glossary})
        .use(remarkRehype)
        .use(rehypeSlug)
        .use(rehypeAutolinkHeadings, {behavior: 'wrap'})
        .use(rehypeStringify)
        .process('## Nvidia 与算力\n\n正文。\n')
    )
    expect(html).toBe(
      '<h2 id="nvidia-与算力"><a href="#nvidia-与算力"><span class="term" data-term="nvidia">Nvidia</span> 与<span class="term" data-term="computing-power">算力</span></a></h2>\n<p>正文。</p>'
    )
  })

  it('should write terms back as their plain text through remark-stringify', async () => {
    const markdown = '# 英伟达\n\n**英伟达**的[算力](https://example.com)很强，`英伟达`不变。\n'
    const file = await unified().use(remarkParse).use(remarkGloss, {glossary}).use(remarkStringify).process(markdown)
    expect(String(file)).toBe(markdown)
    expect(file.data.gloss?.occurrences.map((occurrence) => occurrence.id)).toEqual(['nvidia', 'nvidia', 'computing-power'])
  })

  it('should take a class name for the term elements', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGloss, {glossary, className: 'gloss'})
        .use(remarkRehype)
        .use(rehypeStringify)
        .process('算力')
    )
    expect(html).toBe('<p><span class="gloss" data-term="computing-power">算力</span></p>')
  })
})

describe('glossaries and i18next', () => {
  it("should read the glossary from a user's own i18next instance with other namespaces in it", () => {
    const i18n = createInstance()
    void i18n.init({
      resources: {
        zh: {terms: resources.zh.terms, common: {hello: '你好'}},
        en: {terms: resources['en']?.terms ?? {}, common: {hello: 'Hello'}},
        de: {terms: resources['de']?.terms ?? {}}
      },
      lng: 'en',
      fallbackLng: 'en',
      initAsync: false
    })
    const glossary = glossaryFromI18n(i18n)
    expect(glossary.i18n).toBe(i18n)
    expect(glossary.entries.map((entry) => entry.id)).toEqual(['nvidia', 'computing-power'])
    expect(glossary.languages).toEqual(['en', 'de'])
    expect(glossary.gloss('computing-power', 'de')?.gloss).toBe('Rechenleistung')
    expect(glossary.gloss('nvidia', 'de')).toMatchObject({gloss: 'Nvidia', lang: 'en'})
    expect(i18n.t('hello', {ns: 'common', lng: 'zh'})).toBe('你好')
  })

  it('should see glosses added to the instance later, as i18next users expect', () => {
    const i18n = createInstance()
    void i18n.init({
      resources: {zh: {terms: resources.zh.terms}, en: {terms: resources['en']?.terms ?? {}}},
      lng: 'en',
      fallbackLng: 'en',
      initAsync: false
    })
    const glossary = createGlossary({zh: {terms: resources.zh.terms}, en: {terms: resources['en']?.terms ?? {}}}, {i18n})
    i18n.addResourceBundle('fr', 'terms', {'computing-power': {gloss: 'puissance de calcul'}})
    expect(glossary.gloss('computing-power', 'fr')?.gloss).toBe('puissance de calcul')
  })

  it('should say how to fix an instance without the zh terms namespace', () => {
    const i18n = createInstance()
    void i18n.init({resources: {en: {terms: {}}}, lng: 'en', initAsync: false})
    expect(() => glossaryFromI18n(i18n)).toThrow(ZhglossError)
    expect(() => glossaryFromI18n(i18n)).toThrow(/has no "terms" namespace for "zh"; add the Chinese forms with i18n\.addResourceBundle/)
  })

  it('should load the repository glossary from its folder and render an article with it', async () => {
    const glossary = await loadGlossary('glossary')
    const html = await renderArticle('台积电为英伟达代工。', {glossary, format: 'fragment'})
    expect(html).toBe(
      '<p><span class="term" data-term="tsmc">台积电</span>为<span class="term" data-term="nvidia">英伟达</span><span class="term" data-term="contract-manufacturing">代工</span>。</p>'
    )
  })
})
