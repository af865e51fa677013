import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Root, Text} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {SKIP, visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Glossary} from '../src/glossary/create.js'
import {fold, occurrenceApplies} from '../src/matcher/index.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {renderArticle} from '../src/render/render-article.js'
import {bareHtml, ownText} from './support/text.js'

const articles = readdirSync('articles').filter((name) => name.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(name))

let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary('glossary')
})

/** Text nodes of the article as the bare parser sees them (no code, HTML, URLs or front matter). */
function plainTexts(markdown: string): string[] {
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkCjkFriendly).parse(markdown)
  const texts: string[] = []
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return SKIP
    if (
      node.type === 'link' &&
      node.children.length === 1 &&
      node.children[0]?.type === 'text' &&
      node.url.endsWith((node.children[0] as Text).value)
    )
      return SKIP
    if (node.type === 'text') texts.push(node.value)
    return undefined
  })
  return texts
}

/** Whether the folded character at an index is a Latin letter or digit. */
function isWordAt(folded: string, index: number): boolean {
  return /[a-z0-9]/.test(folded.charAt(index))
}

describe('the articles', () => {
  it('should be at least three, each with a translation beside it', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3)
    for (const name of articles) expect(readdirSync('articles')).toContain(name.replace(/\.md$/, '.en.md'))
  })

  for (const name of articles) {
    describe(name, () => {
      const markdown = readFileSync(join('articles', name), 'utf8')

      it('should keep the article text whole in the fragment and the reader page', async () => {
        const expected = ownText(bareHtml(markdown))
        expect(ownText(await renderArticle(markdown, {glossary, format: 'fragment'}))).toBe(expected)
        expect(ownText(await renderArticle(markdown, {glossary, format: 'reader'}))).toBe(expected)
      })

      it('should mark every occurrence of every form that stands as a word, and nothing else', async () => {
        const forms = glossary.entries.flatMap((entry) => entry.forms.map((form) => ({id: entry.id, folded: fold(form)})))
        // Sense rules look for cue words around a form; the whole article stands in for every block here.
        const article = plainTexts(markdown).join('\n')
        for (const text of plainTexts(markdown)) {
          const folded = fold(text)
          const spans = glossary.matcher.match(text, {context: `${text}\n${article}`})
          for (const span of spans) {
            const written = fold(text.slice(span.start, span.end - (span.model ? span.model.length : 0)).trimEnd())
            // A spaced (H 200) or plural (H200s) variant is its form; a bare model number after its maker has none.
            const variants = [written, written.replace(/ /g, ''), written.replace(/s$/, '')]
            expect(
              span.form === '' || forms.some((form) => form.id === span.id && variants.includes(form.folded)),
              `${span.id}: ${text.slice(span.start, span.end)}`
            ).toBe(true)
          }
          for (const form of forms) {
            for (let index = folded.indexOf(form.folded); index !== -1; index = folded.indexOf(form.folded, index + 1)) {
              const end = index + form.folded.length
              const insideToken =
                (/[a-z0-9]/.test(form.folded.charAt(0)) && isWordAt(folded, index - 1)) ||
                (/[a-z0-9]/.test(form.folded.charAt(form.folded.length - 1)) && isWordAt(folded, end))
              // The entry's sense rules (notInside, onlyWith, notWith) may rule the occurrence out, as the matcher does.
              const entry = glossary.entry(form.id)
              if (insideToken || (entry && !occurrenceApplies(entry, text, index, end))) continue
              const covered = spans.some((span) => span.start <= index && end <= span.end)
              expect(covered, `${form.id} unmarked in: ${text.slice(Math.max(0, index - 6), end + 6)}`).toBe(true)
            }
          }
        }
      })
    })
  }
})
