import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readSyllables, readText} from '../src/dictionary/pinyin.js'
import {readPhrase} from '../src/glossary/reading.js'

const fixtures = new URL('./fixtures/pinyin/', import.meta.url)

/** The rows of the polyphone list: sentence, word, the word's reading there. */
function polyphoneRows(): Array<[string, string, string]> {
  return readFileSync(new URL('polyphones.tsv', fixtures), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string, string])
}

describe('pinyin of running text', () => {
  const rows = polyphoneRows()

  it('should have at least 50 polyphone words in sentences', () => {
    expect(rows.length).toBeGreaterThanOrEqual(50)
  })

  it.each(rows)('should read %s with %s as %s', (sentence, word, reading) => {
    const at = [...sentence.slice(0, sentence.indexOf(word))].length
    expect(at).toBeGreaterThanOrEqual(0)
    const syllables = readSyllables(sentence).slice(at, at + [...word].length)
    expect(syllables.join(' ')).toBe(reading)
  })

  it('should read a traditional article like its simplified copy', () => {
    const simplified = readFileSync(new URL('article.hans.txt', fixtures), 'utf8')
    const traditional = readFileSync(new URL('article.hant.txt', fixtures), 'utf8')
    expect(traditional).not.toBe(simplified)
    expect(readText(traditional)).toBe(readText(simplified))
  })

  it('should keep runs of other characters whole and give no syllable to them', () => {
    expect(readPhrase('AI晶片 H200')).toBe('AI jīng piàn H200')
    expect(readSyllables('A於')).toEqual([undefined, 'yú'])
  })
  it('should give each caller its own syllables of a text read before', () => {
    const first = readSyllables('银行行长')
    first.fill('changed')
    expect(readSyllables('银行行长')).toEqual(['yín', 'háng', 'háng', 'zhǎng'])
  })
})
