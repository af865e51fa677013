/**
 * One article's build runs the bilingual check once, for its report and its findings alike.
 */
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import * as report from '../src/check/report.js'
import {buildArticle} from '../src/cli/commands/build-article.js'
import {selectFiles} from '../src/cli/commands/build.js'
import {loadGlossary} from '../src/node/load-glossary.js'

vi.mock('../src/check/report.js', {spy: true})

describe('building an article with a translation', () => {
  it('runs the bilingual check once for report.html, report.json and the findings', async () => {
    const glossary = await loadGlossary('glossary')
    const out = await mkdtemp(join(tmpdir(), 'zhgloss-check-once-'))
    try {
      const files = selectFiles('reader,report')
      if (typeof files === 'string') throw new Error(files)
      const io = {
        stdout: {write: () => true},
        stderr: {write: () => true},
        readStdin: async () => new Uint8Array(),
        cwd: process.cwd(),
        env: {}
      }
      const settings = {out, glossary: 'glossary', lang: 'en', ui: 'en', encoding: 'utf-8' as const, files, pdf: false, quiet: true}
      vi.mocked(report.buildCheck).mockClear()
      const built = await buildArticle('articles/h200-exports.md', {glossary, settings, io, inputs: {files: [], folders: []}})
      expect(built.item.files).toEqual(['reader.html', 'report.html', 'report.json'])
      expect(vi.mocked(report.buildCheck)).toHaveBeenCalledTimes(1)
      // With the name rules, as `zhgloss check` runs them.
      expect(vi.mocked(report.buildCheck).mock.calls[0]?.[2]?.names?.outlets).toBeDefined()
    } finally {
      await rm(out, {recursive: true, force: true})
    }
  })
})
