/**
 * `zhgloss glossary export --to csv|tbx [--out FILE]`: the glossary as CSV
 * or TBX-Basic, for translation tools.
 */
import {resolve} from 'node:path'
import {namespace, type Glossary} from '../../glossary/create.js'
import type {GlossaryResources} from '../../glossary/types.js'
import {writeFilesAtomically} from '../../node/write-files.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {loadGlossaryFor} from './shared.js'

/**
 * Run `glossary export`.
 *
 * @param flags the parsed flags.
 * @param _positionals none.
 * @param io the outside world.
 * @returns the exit code.
 */
export async function glossaryExport(flags: FlagValues, _positionals: readonly string[], io: Io): Promise<number> {
  const format = flags['to']
  if (format !== 'csv' && format !== 'tbx') {
    io.stderr.write('zhgloss glossary export: say which format with --to csv or --to tbx\n')
    return 2
  }
  const glossary = await loadGlossaryFor(flags, io)
  if (typeof glossary === 'number') return glossary
  const resources = resourcesOf(glossary)
  // Only the format asked for is loaded: TBX brings an XML parser.
  const text =
    format === 'csv'
      ? // A byte-order mark: without it Excel reads UTF-8 CSV as the local code page and shows mojibake.
        `\ufeff${(await import('../../glossary/exchange/csv.js')).glossaryToCsv(resources)}`
      : (await import('../../glossary/exchange/tbx.js')).glossaryToTbx(resources)
  const out = flags['out']
  if (typeof out === 'string' && out !== '-')
    await writeFilesAtomically([{path: resolve(io.cwd, out), content: text}], {
      inputs: {files: [], folders: [String(flags['glossary'])]},
      cwd: io.cwd
    })
  else io.stdout.write(text)
  return 0
}

/**
 * The glossary's resources as the files hold them.
 *
 * @param glossary a loaded glossary.
 * @returns `{zh: {terms}, en: {terms}, ...}`.
 */
export function resourcesOf(glossary: Glossary): GlossaryResources {
  const resources: Record<string, {terms: Record<string, unknown>}> = {}
  for (const lang of ['zh', ...glossary.languages]) {
    resources[lang] = {terms: glossary.i18n.getResourceBundle(lang, namespace) as Record<string, unknown>}
  }
  return resources as GlossaryResources
}
