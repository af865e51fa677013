/**
 * What several commands share: loading the glossary with errors printed, and
 * the exit code that problems call for.
 */
import {resolve} from 'node:path'
import type {Glossary} from '../../glossary/create.js'
import {loadGlossary} from '../../node/load-glossary.js'
import {ZhglossError} from '../../core/problem.js'
import {exitCodeOf} from '../common/exit-code.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {reportProblems} from '../common/report-problems.js'

export {exitCodeOf} from '../common/exit-code.js'

/**
 * Load the glossary named by `--glossary`, printing problems.
 *
 * @param flags the parsed flags.
 * @param io the outside world.
 * @returns the glossary, or the exit code to stop with.
 */
export async function loadGlossaryFor(flags: FlagValues, io: Io): Promise<Glossary | number> {
  try {
    return await loadGlossary(resolve(io.cwd, String(flags['glossary'])))
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    reportProblems(
      error.problems.map((problem) => ({...problem, file: displayPath(problem.file, io.cwd)})),
      io
    )
    return exitCodeOf(error.problems)
  }
}

/**
 * A path as the user would write it: relative to the working folder when inside it.
 *
 * @param path an absolute or relative path.
 * @param cwd the working folder.
 * @returns the path to show.
 */
export function displayPath(path: string, cwd: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path
}

/**
 * Whether the glossary has the gloss language asked for: without it, glosses
 * would silently be English, so that is a usage error unless `--fallback` says
 * falling back is wanted.
 *
 * @param glossary the loaded glossary.
 * @param flags the parsed flags (`--lang`, `--fallback`, `--glossary`).
 * @returns the usage error message, or undefined when the language is there (or may fall back).
 */
export function languageProblem(glossary: Glossary, flags: FlagValues): string | undefined {
  const lang = String(flags['lang'] ?? 'en')
  if (lang === 'en' || glossary.languages.includes(lang) || flags['fallback'] === true) return undefined
  const folder = String(flags['glossary'] ?? 'glossary')
  return `--lang ${lang}: the glossary has no ${folder}/${lang}/terms.json (it has ${glossary.languages.join(', ')}); add that file, or pass --fallback to gloss in English where ${lang} is missing`
}

/**
 * A repeatable flag's values.
 *
 * @param value the parsed value.
 * @returns the list (empty when not given).
 */
export function listFlag(value: FlagValues[string]): string[] {
  if (value === undefined || typeof value === 'boolean') return []
  return typeof value === 'string' ? [value] : [...value]
}
