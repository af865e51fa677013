/**
 * The output formats: what one article's files share.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it, vi} from 'vitest'
import {analyzeArticle} from '../src/article/analyze.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import * as report from '../src/check/report.js'
import {formats, type OutputContext} from '../src/render/formats.js'

vi.mock('../src/check/report.js', {spy: true})

describe('the report format', () => {
  it('should run the bilingual check once for report.html and report.json together', async () => {
    const glossary = await loadGlossary('glossary')
    const path = 'articles/h200-exports.md'
    const article = await analyzeArticle(readFileSync(path, 'utf8'), {glossary, path})
    const translation = await analyzeArticle(readFileSync('articles/h200-exports.en.md', 'utf8'), {glossary})
    const context: OutputContext = {name: 'h200-exports', article, translation, glossary, lang: 'en', ui: 'en'}
    vi.mocked(report.buildCheck).mockClear()
    const files = await Promise.all(formats.report.map((output) => output.render(context)))
    expect(files.map((file) => typeof file === 'string' && file.length > 0)).toEqual([true, true])
    expect(vi.mocked(report.buildCheck)).toHaveBeenCalledTimes(1)
  })
})
