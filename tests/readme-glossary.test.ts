/**
 * glossary/README.md against the code: its field tables list exactly the
 * fields the schemas allow, its categories are the model's, and its JSON
 * examples are valid glossary entries.
 */
import {readFile} from 'node:fs/promises'
import type {Nodes, Root, Table} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {glossSchema, validateResource, zhSchema} from '../src/glossary/schema.js'
import {categories, partsOfSpeech} from '../src/glossary/types.js'

const tree: Root = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .parse(await readFile('glossary/README.md', 'utf8'))

/** The text of a node: its value, or its children's text. */
function nodeText(node: Nodes | undefined): string {
  if (!node) return ''
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map((child: Nodes) => nodeText(child)).join('') : ''
}

/** The first column of each field table, in document order: field names without backquotes. */
function tableFields(): string[][] {
  const tables: Table[] = []
  visit(tree, 'table', (node) => {
    tables.push(node)
  })
  return tables.map((table) => table.children.slice(1).map((row) => nodeText(row.children[0])))
}

/** The row of a field in a table, as text. */
function rowText(table: number, field: string): string {
  const tables: Table[] = []
  visit(tree, 'table', (node) => {
    tables.push(node)
  })
  const row = tables[table]?.children.find((candidate) => nodeText(candidate.children[0]) === field)
  return row ? nodeText(row) : ''
}

describe('glossary/README.md', () => {
  it('should list exactly the fields of zh/terms.json and of a gloss file that the schemas allow', () => {
    const [zhFields, glossFields] = tableFields()
    expect([...(zhFields ?? [])].sort()).toEqual(Object.keys(zhSchema.additionalProperties.properties).sort())
    expect([...(glossFields ?? [])].sort()).toEqual(Object.keys(glossSchema.additionalProperties.properties).sort())
  })

  it('should name every category and part of speech of the model', () => {
    const categoryRow = rowText(0, 'category')
    for (const category of categories) expect(categoryRow).toContain(category)
    const speechRow = rowText(0, 'partOfSpeech')
    for (const part of partsOfSpeech) expect(speechRow).toContain(part)
  })

  it('should show examples that are valid entries', () => {
    const examples: string[] = []
    visit(tree, 'code', (node) => {
      if (node.lang === 'json') examples.push(node.value)
    })
    expect(examples.length).toBe(3)
    const parsed: unknown[] = examples.map((text) => JSON.parse(text.trim().startsWith('{') ? text : `{${text}}`))
    const [zh, en, de] = parsed
    expect(validateResource('zh', zh, 'zh/terms.json')).toEqual([])
    expect(validateResource('gloss', en, 'en/terms.json')).toEqual([])
    expect(validateResource('gloss', de, 'de/terms.json')).toEqual([])
  })
})
