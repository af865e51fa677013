import {readFileSync} from 'node:fs'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {loadGlossary} from '../src/node/load-glossary.js'
import {remarkGloss} from '../src/plugin/remark-gloss.js'
import {glossHandlers} from '../src/plugin/to-hast.js'

const glossary = await loadGlossary('glossary')

/** The article as HTML, with or without the handlers. */
function html(markdown: string, handlers: boolean): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkGloss, {glossary})
      .use(remarkRehype, handlers ? {handlers: glossHandlers} : {})
      .use(rehypeStringify)
      .processSync(markdown)
  )
}

describe('glossHandlers', () => {
  it('should make the same HTML as remark-rehype makes without them', () => {
    for (const name of ['h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain']) {
      const markdown = readFileSync(`articles/${name}.md`, 'utf8')
      const withHandlers = html(markdown, true)
      expect(withHandlers).toContain('data-term="')
      expect(withHandlers).toBe(html(markdown, false))
    }
  })

  it('should keep the model number and the text after a hard break', () => {
    const markdown = '昇腾910C  \n   英伟达的 *H200*\n'
    expect(html(markdown, true)).toBe(html(markdown, false))
    expect(html(markdown, true)).toContain('data-model="910C"')
  })
})
