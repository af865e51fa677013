import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {createGlossary, type Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {analyzeArticle} from '../src/article/analyze.js'
import {formats} from '../src/render/formats.js'
import {termRows} from '../src/render/common/rows.js'
import {csvColumns, mergeVocabularyTsv, renderVocabularyCsv, renderVocabularyTsv} from '../src/render/vocabulary.js'
import {openDictionary} from '../src/dictionary/store.js'

const articles = readdirSync('articles').filter((name) => name.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(name))

let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary('glossary')
})

/**
 * Parse delimited text as RFC 4180 does (and Anki's reader, with a tab):
 * quoted fields may hold the delimiter, quotes (doubled) and line breaks.
 */
function parseDelimited(text: string, delimiter: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (character === '"') quoted = false
      else field += character
    } else if (character === '"' && field === '') quoted = true
    else if (character === delimiter) {
      record.push(field)
      field = ''
    } else if (character === '\n' || (character === '\r' && text[index + 1] === '\n')) {
      if (character === '\r') index++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += character
  }
  if (field !== '' || record.length > 0) records.push([...record, field])
  return records
}

/** A glossary whose gloss and note hold every character the formats must escape. */
function awkwardGlossary(): Glossary {
  return createGlossary({
    zh: {terms: {chip: {forms: ['芯片', '晶片'], pinyin: 'xīnpiàn', category: 'concept'}}},
    en: {terms: {chip: {gloss: '"die", chip', note: 'A tab\there, a line\nbreak, and a "quote".'}}}
  })
}

describe('vocabulary.tsv', () => {
  const headers = (deck: string): string[] => [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${deck}`,
    '#guid column:1',
    '#tags column:4'
  ]

  for (const name of articles) {
    it(`should import ${name} into Anki: file headers, then guid, Chinese front, pinyin-gloss-note back and tags for each term`, async () => {
      const article = await analyzeArticle(readFileSync(join('articles', name), 'utf8'), {glossary, path: name})
      const tsv = renderVocabularyTsv(article, {glossary, name: name.replace(/\.md$/, '')})
      const lines = tsv.split('\n')
      expect(lines.slice(0, 6)).toEqual(headers(`zhgloss::${name.replace(/\.md$/, '')}`))
      expect(tsv.endsWith('\n')).toBe(true)
      const notes = parseDelimited(lines.slice(6).join('\n'), '\t')
      const rows = termRows(article, glossary)
      expect(notes).toHaveLength(rows.length)
      notes.forEach((note, index) => {
        const row = rows[index]
        if (!row) throw new Error('more notes than terms')
        expect(note).toEqual([
          `zhgloss-${row.id}`,
          row.written.replaceAll('&', '&amp;'),
          [row.pinyin, row.gloss, row.note]
            .filter(Boolean)
            .map((part) => part.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'))
            .join('<br>'),
          `${name.replace(/\.md$/, '')} ${row.category}`
        ])
      })
    })
  }

  it('should keep each note on one line and quote fields that hold a quote', async () => {
    const awkward = awkwardGlossary()
    const article = await analyzeArticle('芯片很重要。\n', {glossary: awkward})
    const tsv = renderVocabularyTsv(article, {glossary: awkward, name: 'my article'})
    const lines = tsv.trimEnd().split('\n')
    expect(lines).toHaveLength(7)
    expect(parseDelimited(lines[6] ?? '', '\t')).toEqual([
      ['zhgloss-chip', '芯片', 'xīnpiàn<br>"die", chip<br>A tab here, a line break, and a "quote".', 'my_article concept']
    ])
  })

  it('should give an entry the same guid in every article, and merge a folder into one deck', async () => {
    const texts = await Promise.all(
      articles.map(async (name) =>
        renderVocabularyTsv(await analyzeArticle(readFileSync(join('articles', name), 'utf8'), {glossary, path: name}), {
          glossary,
          name: name.replace(/\.md$/, '')
        })
      )
    )
    const guids = texts.map(
      (text) =>
        new Set(
          text
            .split('\n')
            .filter((line) => line.startsWith('zhgloss-'))
            .map((line) => line.split('\t')[0])
        )
    )
    const shared = [...(guids[0] ?? [])].filter((guid) => guids[1]?.has(guid))
    expect(shared).toContain('zhgloss-nvidia')
    const merged = mergeVocabularyTsv(texts)
    const lines = merged.trimEnd().split('\n')
    expect(lines.slice(0, 6)).toEqual(headers('zhgloss'))
    const nvidia = lines.filter((line) => line.startsWith('zhgloss-nvidia\t'))
    expect(nvidia).toHaveLength(1)
    expect(nvidia[0]?.split('\t')[3]?.split(' ')).toEqual(expect.arrayContaining(['h200-exports', 'company']))
    expect(new Set(lines.slice(6).map((line) => line.split('\t')[0])).size).toBe(lines.length - 6)
  })
})

describe('vocabulary.csv', () => {
  for (const name of articles) {
    it(`should list ${name}'s terms under a header row, as UTF-8 with a byte order mark and CRLF line ends`, async () => {
      const article = await analyzeArticle(readFileSync(join('articles', name), 'utf8'), {glossary, path: name})
      const csv = renderVocabularyCsv(article, {glossary, name})
      expect(csv.startsWith('\uFEFF')).toBe(true)
      expect(csv.endsWith('\r\n')).toBe(true)
      expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
      const [header, ...records] = parseDelimited(csv.slice(1), ',')
      expect(header).toEqual([...csvColumns])
      const rows = termRows(article, glossary)
      expect(records).toEqual(
        rows.map((row) => [
          String(row.number),
          row.written,
          row.otherForms.join('; '),
          row.pinyin,
          row.gloss,
          row.note,
          String(row.occurrences),
          row.id,
          row.category,
          ''
        ])
      )
    })
  }

  it('should quote commas, quotes and line breaks so that they read back as written', async () => {
    const awkward = awkwardGlossary()
    const article = await analyzeArticle('芯片很重要，晶片也是。\n', {glossary: awkward})
    const csv = renderVocabularyCsv(article, {glossary: awkward, name: 'x'})
    const [, record] = parseDelimited(csv.slice(1), ',')
    expect(record).toEqual([
      '1',
      '芯片',
      '晶片',
      'xīnpiàn',
      '"die", chip',
      'A tab\there, a line\nbreak, and a "quote".',
      '2',
      'chip',
      'concept',
      ''
    ])
  })

  it('should give each term its frequency band when a dictionary is at hand, in the CSV and as an Anki tag', async () => {
    const article = await analyzeArticle('芯片供应链里，英伟达的芯片最受关注。\n', {glossary})
    const dictionary = openDictionary()
    const [, ...records] = parseDelimited(renderVocabularyCsv(article, {glossary, name: 'x', dictionary}).slice(1), ',')
    const bands = new Map(records.map((record) => [record[1], record[9]]))
    // 芯片 is among the 20,000 most frequent words of the frequency list; a company name is not.
    expect(Number(bands.get('芯片'))).toBeLessThan(6)
    expect(bands.get('英伟达')).toBe('6')
    expect(renderVocabularyTsv(article, {glossary, name: 'x', dictionary})).toMatch(/\tx technology band-[1-5]\n/)
  })
})

describe('the vocabulary format', () => {
  it('should write vocabulary.tsv and vocabulary.csv', () => {
    expect(formats.vocabulary.map((output) => output.file)).toEqual(['vocabulary.tsv', 'vocabulary.csv'])
    expect(formats.handout.map((output) => output.file)).toEqual(['handout.html'])
  })
})
