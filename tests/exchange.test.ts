/**
 * Glossary exchange: CSV and TBX out and back in, byte for byte, and
 * hand-made files with errors refused with their lines.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {glossaryFromCsv, glossaryFromTbx, glossaryToCsv, glossaryToTbx, formatTermsFiles} from '../src/glossary/exchange/index.js'
import {readCsv} from '../src/core/csv.js'
import {parseXml} from '../src/glossary/exchange/xml.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {runCli, tempProject} from './support/cli-io.js'

const root = join(import.meta.dirname, '..')

/** The repository's glossary files as text and as resources. */
async function repositoryGlossary(): Promise<{texts: Map<string, string>; resources: GlossaryResources}> {
  const texts = new Map<string, string>()
  for (const lang of ['zh', 'en']) texts.set(lang, await readFile(join(root, 'glossary', lang, 'terms.json'), 'utf8'))
  const parse = (lang: string): Record<string, unknown> => JSON.parse(texts.get(lang) ?? '{}') as Record<string, unknown>
  return {texts, resources: {zh: {terms: parse('zh') as GlossaryResources['zh']['terms']}, en: {terms: parse('en')}}}
}

/** The problems of an import as `LINE: message` strings. */
function problemsOf(result: ReturnType<typeof glossaryFromCsv>): string[] {
  return 'problems' in result ? result.problems.map((problem) => `${problem.line ?? 0}: ${problem.message}`) : []
}

const header = 'id,lang,term,status,pinyin,reading,category,partOfSpeech,models,boundary,note,doNotTranslate,ignoreCase'

describe('glossary export and import', () => {
  it('should give back the same glossary files from CSV, byte for byte', async () => {
    const {texts, resources} = await repositoryGlossary()
    const imported = glossaryFromCsv(glossaryToCsv(resources), 'glossary.csv')
    expect(problemsOf(imported)).toEqual([])
    if ('problems' in imported) return
    expect(Object.fromEntries(formatTermsFiles(imported.resources))).toEqual(Object.fromEntries(texts))
  })

  it('should give back the same glossary files from TBX, byte for byte', async () => {
    const {texts, resources} = await repositoryGlossary()
    const imported = glossaryFromTbx(glossaryToTbx(resources), 'glossary.tbx')
    expect('problems' in imported ? imported.problems : []).toEqual([])
    if ('problems' in imported) return
    expect(Object.fromEntries(formatTermsFiles(imported.resources))).toEqual(Object.fromEntries(texts))
  })

  it('should write CSV rows per form and rendering under the contract header', async () => {
    const {resources} = await repositoryGlossary()
    const parsed = readCsv(glossaryToCsv(resources))
    if ('error' in parsed) throw new Error(parsed.error.message)
    expect(parsed.records[0]?.fields.slice(0, 4)).toEqual(['id', 'lang', 'term', 'status'])
    const nvidia = parsed.records.filter((record) => record.fields[0] === 'nvidia').map((record) => record.fields.slice(1, 4).join(' '))
    expect(nvidia).toEqual([
      'zh 英伟达 preferred',
      'zh 英偉達 variant',
      'zh 辉达 admitted',
      'zh 輝達 variant',
      'zh NVIDIA admitted',
      'zh Nvidia variant',
      'en Nvidia preferred',
      'en NVIDIA admitted',
      'en Yingweida forbidden',
      'en Huida forbidden',
      'en Nvidea forbidden'
    ])
  })

  it('should write TBX-Basic v3 with concept entries, language and term sections and statuses', async () => {
    const {resources} = await repositoryGlossary()
    const parsed = parseXml(glossaryToTbx(resources))
    if ('error' in parsed) throw new Error(parsed.error.message)
    expect(parsed.root.attributes).toEqual({type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: 'urn:iso:std:iso:30042:ed:3.0'})
    const body = parsed.root.children.find((child) => child.name === 'text')?.children[0]
    const concept = body?.children.find((child) => child.attributes['id'] === 'computing-power')
    const sections = concept?.children.filter((child) => child.name === 'langSec') ?? []
    expect(sections.map((section) => section.attributes['xml:lang'])).toEqual(['zh', 'en'])
    const english = sections[1]
    expect(english?.children.find((child) => child.name === 'descrip')?.attributes['type']).toBe('definition')
    const statuses = english?.children
      .filter((child) => child.name === 'termSec')
      .map((termSec) => {
        const term = termSec.children.find((child) => child.name === 'term')?.text
        const status = termSec.children.find((child) => child.attributes['type'] === 'administrativeStatus')?.text
        return `${term} ${status}`
      })
    expect(statuses).toEqual([
      'computing power preferredTerm-admn-sts',
      'compute admittedTerm-admn-sts',
      'calculation power deprecatedTerm-admn-sts',
      'arithmetic power deprecatedTerm-admn-sts'
    ])
  })

  it('should name the line and the fault of every error in a hand-made CSV', () => {
    const csv = [
      header,
      'gpu,zh,GPU,preferred,,,technology,,,,,,',
      'gpu,en,GPU,approved,,,,,,,,,',
      'wafer,zh,晶圆,preferred,jīngyuán,,material,,,,,,',
      'wafer,en,wafer,preferred,,,,,,,A thin disc of silicon.,maybe,',
      'tpu,zh,TPU,admitted,,,technology,,,,,,',
      'tpu,en,TPU,preferred,,,,,,,Google chip.,,',
      'wafer,zh,晶圓,preferred,,,,,,,,,'
    ].join('\n')
    const problems = problemsOf(glossaryFromCsv(csv, 'hand.csv'))
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3: status "approved" is not a status of a rendering/),
        expect.stringMatching(/^4: .*category.*must be one of/),
        expect.stringMatching(/^5: doNotTranslate must be true or false, not "maybe"/),
        expect.stringMatching(/^6: category, models .*|^6: category belongs on the entry's preferred Chinese row/),
        expect.stringMatching(/^8: entry "wafer" already has a preferred Chinese form/)
      ])
    )
  })

  it('should say where a CSV quote is left open', () => {
    expect(problemsOf(glossaryFromCsv(`${header}\ngpu,zh,"GPU,preferred\n`, 'open.csv'))).toEqual([
      expect.stringMatching(/^2: this quoted field is never closed/)
    ])
  })

  it('should name the line of errors in a hand-made TBX', () => {
    const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry>
      <langSec xml:lang="zh"><termSec><term>晶圆</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="wafer">
      <descrip type="subjectField">technology</descrip>
      <langSec xml:lang="zh">
        <termSec><term>晶圆</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>wafer</term><termNote type="administrativeStatus">bestTerm</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`
    const result = glossaryFromTbx(tbx, 'hand.tbx')
    const problems = 'problems' in result ? result.problems.map((problem) => `${problem.line ?? 0}: ${problem.message}`) : []
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^4: <conceptEntry> needs an id attribute/),
        expect.stringMatching(/^13: the rendering "wafer" of entry "wafer" needs administrativeStatus/)
      ])
    )
  })

  it('should refuse TBX that is not well-formed, with its line', () => {
    const result = glossaryFromTbx('<tbx xmlns="urn:iso:std:iso:30042:ed-2">\n<text>\n</tbx>\n', 'broken.tbx')
    expect('problems' in result && result.problems[0]?.line).toBe(3)
  })

  it('should import through the command line, and write nothing from a file with errors', async () => {
    const cwd = await tempProject()
    const exported = await runCli(['glossary', 'export', '--to', 'tbx', '--out', 'glossary.tbx'], {cwd})
    expect(exported.code).toBe(0)
    const before = await readFile(join(cwd, 'glossary', 'en', 'terms.json'), 'utf8')
    const tbx = await readFile(join(cwd, 'glossary.tbx'), 'utf8')
    await writeFile(
      join(cwd, 'bad.tbx'),
      tbx
        .replace('<descrip type="subjectField">company</descrip>', '<descrip type="subjectField">firm</descrip>')
        .replace('>Nvidia</term>', '>Nvidia Corp</term>')
    )
    const refused = await runCli(['glossary', 'import', 'bad.tbx', '--from', 'tbx'], {cwd})
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^bad\.tbx:\d+:1: .*category.*must be one of/m)
    expect(await readFile(join(cwd, 'glossary', 'en', 'terms.json'), 'utf8')).toBe(before)
    const accepted = await runCli(['glossary', 'import', 'glossary.tbx', '--from', 'tbx'], {cwd})
    expect(accepted.code).toBe(0)
    expect(await readFile(join(cwd, 'glossary', 'en', 'terms.json'), 'utf8')).toBe(before)
  })

  it("should refuse an import that the glossary's other language files no longer fit", async () => {
    const cwd = await tempProject()
    await mkdir(join(cwd, 'glossary', 'de'), {recursive: true})
    await writeFile(join(cwd, 'glossary', 'de', 'terms.json'), '{"nvidia": {"gloss": "Nvidia", "note": "Chipentwickler."}}\n')
    await writeFile(
      join(cwd, 'small.csv'),
      `${header}\ntsmc,zh,台积电,preferred,Táijīdiàn,,company,,,,,,\ntsmc,en,TSMC,preferred,,,,,,,A foundry.,,\n`
    )
    const result = await runCli(['glossary', 'import', 'small.csv'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/"nvidia" is not in zh\/terms\.json/)
    expect(result.stderr).toMatch(/other language files \(de\)/)
  })

  it('should ask for a format and exit 2 without one', async () => {
    const cwd = await tempProject()
    expect((await runCli(['glossary', 'export'], {cwd})).code).toBe(2)
    expect((await runCli(['glossary', 'import', 'missing.txt'], {cwd})).code).toBe(2)
  })

  it('should read CSV as spreadsheets save it: a byte-order mark, semicolons, TRUE and FALSE, and say which separator it found', async () => {
    const cwd = await tempProject()
    const rows = [
      header.replaceAll(',', ';'),
      'gpu;zh;GPU;preferred;;;technology;;TRUE;;;;',
      'gpu;en;GPU;preferred;;;;;;;Graphics processor, for AI too.;FALSE;True'
    ]
    await writeFile(join(cwd, 'excel.csv'), `\ufeff${rows.join('\r\n')}\r\n`)
    const result = await runCli(['glossary', 'import', 'excel.csv'], {cwd})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^imported 1 entries from excel\.csv \(semicolon-separated\) into /)
    const en = JSON.parse(await readFile(join(cwd, 'glossary/en/terms.json'), 'utf8')) as Record<string, Record<string, unknown>>
    expect(en['gpu']).toEqual({gloss: 'GPU', note: 'Graphics processor, for AI too.', doNotTranslate: false, ignoreCase: true})
    const zh = JSON.parse(await readFile(join(cwd, 'glossary/zh/terms.json'), 'utf8')) as Record<string, Record<string, unknown>>
    expect(zh['gpu']?.['models']).toBe(true)
  })

  it('should name a TBX or workbook file given as CSV for what it is, and import nothing', async () => {
    const cwd = await tempProject()
    const before = await readFile(join(cwd, 'glossary/zh/terms.json'), 'utf8')
    await writeFile(join(cwd, 'terms.csv'), '<?xml version="1.0"?>\n<tbx type="TBX-Basic"></tbx>\n')
    const tbx = await runCli(['glossary', 'import', 'terms.csv', '--from', 'csv'], {cwd})
    expect(tbx.code).toBe(1)
    expect(tbx.stderr).toContain('terms.csv:1:1: this is a TBX file (XML), not CSV; import it with --from tbx')
    await writeFile(join(cwd, 'book.csv'), Uint8Array.of(0x50, 0x4b, 3, 4, 20, 0, 0, 0))
    expect((await runCli(['glossary', 'import', 'book.csv'], {cwd})).stderr).toContain('this is a spreadsheet workbook')
    expect(await readFile(join(cwd, 'glossary/zh/terms.json'), 'utf8')).toBe(before)
  })

  it('should export CSV with a byte-order mark, which import reads back', async () => {
    const cwd = await tempProject()
    const exported = await runCli(['glossary', 'export', '--to', 'csv', '--out', 'out.csv'], {cwd})
    expect(exported.code).toBe(0)
    const bytes = await readFile(join(cwd, 'out.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3, 23).toString('utf8')).toBe('id,lang,term,status,')
    expect((await runCli(['glossary', 'import', 'out.csv'], {cwd})).code).toBe(0)
  })
})
