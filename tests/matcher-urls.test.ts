import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {analyzeArticle} from '../src/article/analyze.js'
import {createGlossary} from '../src/glossary/create.js'

const glossary = createGlossary({
  zh: {terms: {nvidia: {forms: ['英伟达'], pinyin: 'Yīngwěidá', category: 'company'}}},
  en: {terms: {nvidia: {gloss: 'Nvidia'}}}
} as never)

/** The article's HTML and its occurrences. */
async function analyzed(markdown: string): Promise<{html: string; found: string[]}> {
  const article = await analyzeArticle(markdown, {glossary})
  return {html: toHtml(article.hast), found: article.occurrences.map((found) => `${found.id}@${found.line}:${found.column}`)}
}

describe('a bare URL glued to Chinese text', () => {
  it('should end where the URL ends, and leave the Chinese after it to the text', async () => {
    const {html, found} = await analyzed('详见https://example.com/report。英伟达表示，将继续供货。\n')
    expect(html).toContain('<a href="https://example.com/report">https://example.com/report</a>。<span')
    expect(found).toEqual(['nvidia@1:30'])
  })

  it('should trim ASCII punctuation left at the end, as GFM does before white space', async () => {
    const {html} = await analyzed('见 www.example.com/a.英伟达\n')
    expect(html).toContain('<a href="http://www.example.com/a">www.example.com/a</a>.')
  })

  it('should leave links that say where they end alone', async () => {
    const {html} = await analyzed('见<https://example.com/英伟达>和[报告](https://example.com/英伟达)\n')
    expect(html).toContain('>https://example.com/英伟达</a>')
    expect(html).toContain('href="https://example.com/%E8%8B%B1%E4%BC%9F%E8%BE%BE">报告</a>')
  })
})
