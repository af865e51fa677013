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
