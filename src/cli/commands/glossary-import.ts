/**
 * `zhgloss glossary import FILE --from csv|tbx`: replace the glossary files
 * with the content of a CSV or TBX file. Nothing is written unless the whole
 * file is valid (rows and the glossary's rules); every problem names its line.
 */
import {readdir, readFile} from 'node:fs/promises'
import {extname, join, resolve} from 'node:path'
import {delimiterNames} from '../../core/csv.js'
import {validateImport} from '../../glossary/exchange/import-builder.js'
import {formatTermsFiles} from '../../glossary/exchange/terms-file.js'
import {namespace} from '../../glossary/create.js'
import type {GlossaryResources} from '../../glossary/types.js'
import {refuseInputs} from '../../node/guard-inputs.js'
import {writeFilesAtomically} from '../../node/write-files.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {reportProblems} from '../common/report-problems.js'
import {displayPath} from './shared.js'

/**
 * Run `glossary import`.
 *
 * @param flags the parsed flags.
 * @param positionals the file to import.
 * @param io the outside world.
 * @returns the exit code.
 */
export async function glossaryImport(flags: FlagValues, positionals: readonly string[], io: Io): Promise<number> {
  const file = positionals[0] ?? ''
  const format = typeof flags['from'] === 'string' ? flags['from'] : extname(file).slice(1).toLowerCase()
  if (format !== 'csv' && format !== 'tbx') {
    io.stderr.write(`zhgloss glossary import: say which format with --from csv or --from tbx (the file's extension does not tell)\n`)
    return 2
  }
  const folder = resolve(io.cwd, String(flags['glossary']))
  const targets = (await readdir(folder).catch(() => [] as string[])).map((lang) => join(folder, lang, `${namespace}.json`))
  await refuseInputs(targets, {files: [file], folders: []}, io.cwd, 'import from a copy of the file kept outside the glossary')
  let text: string
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8')
  } catch {
    io.stderr.write(`${file}: cannot read this file; check the path\n`)
    return 2
  }
  // Only the format asked for is loaded: TBX brings an XML parser.
  const imported =
    format === 'csv'
      ? (await import('../../glossary/exchange/csv.js')).glossaryFromCsv(text, file)
      : (await import('../../glossary/exchange/tbx.js')).glossaryFromTbx(text, file)
  if ('problems' in imported) {
    reportProblems(imported.problems, io)
    io.stderr.write(`${file}: nothing imported; fix the problems above and import again\n`)
    return 1
  }
  const kept = await keptLanguages(folder, imported.resources)
  const clashes = validateImport({resources: {...kept, ...imported.resources}, lines: imported.lines}, file)
  if (clashes.length > 0) {
    reportProblems(clashes, io)
    io.stderr.write(
      `${file}: nothing imported; the glossary's other language files (${Object.keys(kept).join(', ')}) would no longer fit it\n`
    )
    return 1
  }
  const files = [...formatTermsFiles(imported.resources)].map(([lang, content]) => ({
    path: join(folder, lang, `${namespace}.json`),
    content
  }))
  await writeFilesAtomically(files, {inputs: {files: [file], folders: []}, cwd: io.cwd})
  const entries = Object.keys(imported.resources.zh.terms).length
  const delimiter = 'delimiter' in imported ? imported.delimiter : undefined
  const separated = delimiter === ',' || delimiter === ';' || delimiter === '\t' ? ` (${delimiterNames[delimiter]}-separated)` : ''
  if (flags['quiet'] !== true)
    io.stdout.write(
      `imported ${entries} entries from ${file}${separated} into ${files.map((item) => displayPath(item.path, io.cwd)).join(', ')}\n`
    )
  return 0
}

/**
 * The glossary's language files that the import leaves as they are: they
 * must still fit the imported entries.
 */
async function keptLanguages(folder: string, imported: GlossaryResources): Promise<Record<string, {terms: Record<string, unknown>}>> {
  const kept: Record<string, {terms: Record<string, unknown>}> = {}
  const names = await readdir(folder).catch(() => [] as string[])
  for (const lang of names) {
    if (lang in imported || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) continue
    const text = await readFile(join(folder, lang, `${namespace}.json`), 'utf8').catch(() => undefined)
    if (text === undefined) continue
    try {
      kept[lang] = {terms: JSON.parse(text) as Record<string, unknown>}
    } catch {}
  }
  return kept
}
