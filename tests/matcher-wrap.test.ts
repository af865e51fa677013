import {readFileSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createGlossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {type Occurrence, remarkGloss} from '../src/plugin/remark-gloss.js'

const glossary = await loadGlossary('glossary')
const articles = ['h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain']

/** The occurrences remarkGloss finds in a Markdown text. */
function occurrences(markdown: string, using = glossary): Occurrence[] {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkGloss, {glossary: using})
  const file = new VFile(markdown)
  processor.runSync(processor.parse(file), file)
  return file.data.gloss?.occurrences ?? []
}

const han = /\p{Script=Han}/u

/**
 * Wrap prose lines at 40 characters, as wire copy is: a break goes between
 * two Chinese characters, or takes the place of a space between words, and
 * the next line is indented by two spaces. Headings, tables, front matter
 * and inline code are left alone.
 */
function rewrap(markdown: string): string {
  let inMatter = false
  return markdown
    .split('\n')
    .map((line, index) => {
      if (line === '---') inMatter = index === 0 || !inMatter ? index === 0 : false
      if (inMatter || line === '---' || /^(#|\||```|\s*$)/.test(line) || line.includes('`')) return line
      return wrapLine(line)
    })
    .join('\n')
}

/** Wrap one line of prose. */
function wrapLine(line: string): string {
  const chars = [...line]
  let out = ''
  let width = 0
  for (const [index, char] of chars.entries()) {
    const next = chars[index + 1] ?? ''
    if (width >= 40 && char === ' ' && next !== ' ' && next !== '') {
      out += '\n  '
      width = 0
      continue
    }
    out += char
    width++
    if (width >= 40 && han.test(char) && han.test(next)) {
      out += '\n  '
      width = 0
    }
  }
  return out
}

/** A matched text as it reads unwrapped: a break is a space between Latin letters or digits, else nothing. */
function unwrap(text: string): string {
  return text.replace(/([A-Za-z0-9])\n\s*(?=[A-Za-z0-9])/g, '$1 ').replace(/\n\s*/g, '')
}

/** Line and column of an offset, 1-based, in code points. */
function placeOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: [...(before.at(-1) ?? '')].length + 1}
}

describe('articles re-wrapped at 40 characters a line', () => {
  it('should keep every mark, with its text and place right', () => {
    let crossing = 0
    for (const name of articles) {
      const markdown = readFileSync(`articles/${name}.md`, 'utf8')
      const wrapped = rewrap(markdown)
      expect(wrapped.split('\n').length).toBeGreaterThan(markdown.split('\n').length + 20)
      const before = occurrences(markdown)
      const after = occurrences(wrapped)
      expect(after.map((found) => [found.id, unwrap(found.text)])).toEqual(before.map((found) => [found.id, found.text]))
      crossing += after.filter((found) => found.text.includes('\n')).length
      for (const found of after) {
        const firstLine = found.text.split('\n')[0] ?? ''
        expect(wrapped.slice(found.offset, found.offset + firstLine.length)).toBe(firstLine)
        expect({line: found.line, column: found.column}).toEqual(placeOf(wrapped, found.offset))
      }
    }
    expect(crossing).toBeGreaterThan(5)
  })
})

describe('sense rules in the plugin', () => {
  const resources = {
    zh: {
      terms: {
        training: {forms: ['训练'], pinyin: 'xùnliàn', category: 'concept', onlyWith: ['模型', '算力']},
        ministry: {forms: ['外交部'], pinyin: 'Wàijiāobù', category: 'organization', notInside: ['外交部长']}
      }
    },
    en: {terms: {training: {gloss: 'training'}, ministry: {gloss: 'Ministry of Foreign Affairs'}}}
  }
  const senses = createGlossary(resources as never)

  it('should look for cue words in the whole paragraph, across emphasis and links', () => {
    const found = occurrences('**训练**大[模型](https://example.com)\n\n球员每天*训练*。\n\n外交部长说，外交部回应。\n', senses)
    expect(found.map((occurrence) => `${occurrence.id}@${occurrence.line}:${occurrence.column}`)).toEqual(['training@1:3', 'ministry@5:7'])
  })
})
