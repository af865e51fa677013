import {existsSync, readdirSync} from 'node:fs'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {analyzeArticle} from '../src/article/analyze.js'
import {openDictionary} from '../src/dictionary/store.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {writeFilesAtomically} from '../src/node/write-files.js'
import {renderPage, renderPageBytes} from '../src/render/common/page.js'
import {renderReader, renderReaderBytes} from '../src/render/reader/page.js'

/** An article body with text that must be escaped, nested inline elements, and a raw-text element outside it. */
const article: ElementContent[] = [
  h('h2', ['标题 & <小节>']),
  h('p', ['一', h('span', {dataTerm: 'x', dataFirst: ''}, ['银行']), ' a < b & c']),
  h('pre', [h('code', ['<main id="article"></main>'])])
]

describe('pages written block by block', () => {
  it('writes the same document as the whole tree written at once', () => {
    const parts = {lang: 'zh', title: 'T & <t>', style: 'p > a {}', script: 'if (a < b) {}', article, compact: true}
    const expected = unified()
      .use(rehypeStringify, {collapseEmptyAttributes: true})
      .stringify({
        type: 'root',
        children: [
          {type: 'doctype'},
          h('html', {lang: 'zh'}, [
            h('head', [
              h('meta', {charSet: 'utf-8'}),
              h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
              h('meta', {
                httpEquiv: 'Content-Security-Policy',
                content:
                  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
              }),
              h('title', parts.title),
              h('style', parts.style)
            ]),
            h('body', [h('main', {id: 'article'}, structuredClone(article)), h('script', parts.script)])
          ])
        ]
      })
    expect(renderPage(parts)).toBe(`${expected}\n`)
    expect(new TextDecoder().decode(renderPageBytes(parts))).toBe(`${expected}\n`)
  })

  it('gives the reader as UTF-8 bytes equal to its string, word layer included', async () => {
    const glossary = await loadGlossary('glossary')
    const name = readdirSync('articles').find((file) => file.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(file)) ?? ''
    const markdown = await import('node:fs/promises').then((fs) => fs.readFile(join('articles', name), 'utf8'))
    const analyzed = await analyzeArticle(markdown, {glossary, path: name})
    const options = {glossary, dictionary: openDictionary()}
    const text = renderReader(analyzed, options)
    expect(text).toContain('id="zg-words"')
    expect(new TextDecoder().decode(renderReaderBytes(analyzed, options))).toBe(text)
  })
})

describe('outputs made as they are written', () => {
  it('passes on what making a file throws and leaves no file behind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'zhgloss-write-'))
    try {
      const failure = new Error('cannot render')
      const items = [
        {path: join(folder, 'a.html'), content: () => 'first'},
        {
          path: join(folder, 'b.html'),
          content: () => {
            throw failure
          }
        }
      ]
      await expect(writeFilesAtomically(items)).rejects.toBe(failure)
      expect(await readdir(folder)).toEqual([])
      expect(existsSync(join(folder, 'a.html'))).toBe(false)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})
