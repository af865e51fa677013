import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {fold} from '../src/matcher/index.js'
import {foldParts} from '../src/matcher/fold.js'
import {foldDataModule, openccFoldPairs} from '../src/matcher/fold-source.js'

describe('the folding table made at build time', () => {
  it('should give the same pairs as OpenCC read at run time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zhgloss-fold-'))
    try {
      const file = join(folder, 'fold-data.mjs')
      writeFileSync(file, foldDataModule(openccFoldPairs()))
      const generated = (await import(pathToFileURL(file).href)) as {foldPairs: string}
      expect(generated.foldPairs).toBe(openccFoldPairs())
      expect(generated.foldPairs.length).toBeGreaterThan(5000)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('should fold traditional, variant, full-width and capital forms, and keep 昇 and 乾', () => {
    expect(fold('臺積電 輝達 ＮＶＩＤＩＡ　HBM3E')).toBe('台积电 辉达 nvidia hbm3e')
    expect(fold('昇騰 乾坤')).toBe('昇腾 乾坤')
  })

  it('should fold a long text code unit for code unit, its byte order mark and lone surrogates kept', () => {
    const line = '臺積電ＮＶＩＤＩＡ，HBM3E。'
    const long = `\ufeff${line.repeat(20)}\ud800${line.repeat(20)}\udfff😀`
    const folded = fold(long)
    expect(folded).toHaveLength(long.length)
    expect(folded.startsWith('\ufeff台积电nvidia,hbm3e。')).toBe(true)
    expect(folded.charCodeAt(1 + line.length * 20)).toBe(0xd800)
    expect(folded.endsWith('\udfff😀')).toBe(true)
    expect(fold(`\ufeff${line.repeat(20)}`)).toBe(`\ufeff${'台积电nvidia,hbm3e。'.repeat(20)}`)
  })

  it('should fold pieces of a text as the text joined', () => {
    const pieces = ['臺積電', 'ＮＶＩＤＩＡ，', '', 'HBM3E\n', '\ud800', '輝達'.repeat(40)]
    expect(foldParts(pieces)).toBe(fold(pieces.join('')))
    expect(foldParts(['臺', '積電'])).toBe('台积电')
    expect(foldParts([])).toBe('')
  })

  it.skipIf(!existsSync('lib/matcher/fold-data.js'))('should leave OpenCC out of the built code', () => {
    const built = readFileSync('lib/matcher/fold-data.js', 'utf8')
    expect(built).not.toMatch(/import .*opencc/)
    expect(built).toContain('export const foldPairs = "')
  })
})
