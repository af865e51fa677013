import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {analyzeArticle} from '../src/article/analyze.js'
import {createGlossary} from '../src/glossary/create.js'
import {bareHtml, ownText} from './support/text.js'

const glossary = createGlossary({
  zh: {terms: {nvidia: {forms: ['英伟达', 'Nvidia'], pinyin: 'Yīngwěidá', category: 'company'}}},
  en: {terms: {nvidia: {gloss: 'Nvidia'}}}
})

/** The article's HTML as analyzeArticle makes it. */
async function html(markdown: string): Promise<string> {
  const article = await analyzeArticle(markdown, {glossary})
  return unified().use(rehypeStringify).stringify(article.hast)
}

describe('Chinese Markdown', () => {
  it('should make bold a quoted phrase followed by Chinese text', async () => {
    const markdown = '美方表示，**“有条件放行”**成为新的说法。\n'
    expect(await html(markdown)).toContain('<strong>“有条件放行”</strong>成为')
    expect(bareHtml(markdown)).toContain('<strong>“有条件放行”</strong>成为')
  })

  it('should strike through a quoted phrase followed by Chinese text', async () => {
    expect(await html('他把~~“禁令”~~改为限制。\n')).toContain('<del>“禁令”</del>改为')
  })

  it('should end a bare URL where the URL ends, keeping the text and the marks after it', async () => {
    const markdown = '详见https://example.com/a?b=1英伟达的公告。\n'
    const article = await analyzeArticle(markdown, {glossary})
    const out = unified().use(rehypeStringify).stringify(article.hast)
    expect(out).toContain('<a href="https://example.com/a?b=1">https://example.com/a?b=1</a>')
    expect(article.occurrences).toEqual([expect.objectContaining({id: 'nvidia', line: 1, column: 28})])
    expect(markdown.slice(article.occurrences[0]?.offset, (article.occurrences[0]?.offset ?? 0) + 3)).toBe('英伟达')
    expect(ownText(out)).toBe(ownText(bareHtml(markdown)))
  })

  it('should leave a URL followed by a space or an ASCII character alone', async () => {
    expect(await html('见 https://example.com/a 与 www.example.com.\n')).toContain(
      '<a href="https://example.com/a">https://example.com/a</a>'
    )
    expect(await html('见 www.example.com，其中\n')).toContain('<a href="http://www.example.com">www.example.com</a>，其中')
  })
})
