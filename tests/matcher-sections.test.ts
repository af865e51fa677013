import {readFileSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {remarkSections, sectionStarts} from '../src/plugin/sections.js'

const articles = ['h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain'].map((name) =>
  readFileSync(`articles/${name}.md`, 'utf8')
)

/** The tree of a document, parsed whole or in sections. */
function tree(markdown: string, sections: boolean): unknown {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
  if (sections) processor.use(remarkSections)
  return processor.runSync(processor.parse(markdown))
}

describe('remarkSections', () => {
  it('should give the tree of the whole document, positions included, for a long article', () => {
    const long = articles.join('\n\n').repeat(12)
    expect(sectionStarts(long).length).toBeGreaterThan(3)
    const cut = tree(long, true) as {children: unknown[]}
    expect(cut).toEqual(tree(long, false))
    expect(cut.children.length).toBeGreaterThan(100)
  })

  it('should parse a document with a reference definition whole, so that the reference still finds it', () => {
    const body = articles.join('\n\n').repeat(3)
    const withDefinition = `见[报告][r]。\n\n${body}\n\n[r]: https://example.com/report\n`
    expect(tree(withDefinition, true)).toEqual(tree(withDefinition, false))
    expect(JSON.stringify(tree(withDefinition, true))).toContain('"linkReference"')
  })

  it('should not cut inside fenced code, even at a line that looks like a heading', () => {
    const fenced = `${articles[0]}\n\n\`\`\`text\n${'代码行\n'.repeat(3000)}\n# 不是标题\n\`\`\`\n\n${articles[1]}`
    const inside = fenced.indexOf('# 不是标题')
    expect(sectionStarts(fenced)).not.toContain(inside)
    expect(sectionStarts(fenced).length).toBeGreaterThan(0)
    expect(tree(fenced, true)).toEqual(tree(fenced, false))
  })
})
