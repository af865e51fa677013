/**
 * The simplified characters pinyin reading leaves unfolded are computed
 * from OpenCC at build time into lib/, so that reading pinyin never loads
 * OpenCC's table; the built string must say what the table says.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {openccSimplified} from '../src/dictionary/simplified-source.js'

describe('the simplified characters made at build time', () => {
  it('should hold each target of OpenCC’s table once', () => {
    const characters = [...openccSimplified()]
    expect(new Set(characters).size).toBe(characters.length)
    expect(characters).toEqual(expect.arrayContaining(['么', '干', '发', '台']))
    expect(characters).not.toContain('麼')
  })

  it.skipIf(!existsSync('lib/dictionary/simplified-data.js'))(
    'should be written into lib/ as the computed string, without OpenCC',
    async () => {
      const built = readFileSync('lib/dictionary/simplified-data.js', 'utf8')
      expect(built).not.toMatch(/import .*opencc/)
      const generated = (await import(new URL('../lib/dictionary/simplified-data.js', import.meta.url).href)) as {
        simplifiedCharacters: string
      }
      expect(generated.simplifiedCharacters).toBe(openccSimplified())
    }
  )
})
