/**
 * Run one invocation: help, version, or a command.
 */
import {ZhglossError} from '../core/problem.js'
import {build} from './commands/build.js'
import {check} from './commands/check.js'
import {glossaryExport} from './commands/glossary-export.js'
import {glossaryImport} from './commands/glossary-import.js'
import {glossaryLint} from './commands/glossary-lint.js'
import {glossarySuggest} from './commands/glossary-suggest.js'
import {exitCodeOf} from './commands/shared.js'
import {helpText} from './common/help.js'
import type {Io} from './common/io.js'
import {parseArgs, type FlagValues} from './common/parse.js'
import {reportProblems} from './common/report-problems.js'

/** A command's implementation. */
export type CommandRunner = (flags: FlagValues, positionals: readonly string[], io: Io) => Promise<number>

/** Implementations by command name; commands not listed here say so. */
export const runners: Record<string, CommandRunner> = {
  build,
  check,
  'glossary export': glossaryExport,
  'glossary import': glossaryImport,
  'glossary lint': glossaryLint,
  'glossary suggest': glossarySuggest
}

/**
 * Run the command line.
 *
 * @param argv arguments after the program name.
 * @param io the outside world.
 * @param version the version to print for `--version`.
 * @returns the exit code.
 */
export async function run(argv: readonly string[], io: Io, version: string): Promise<number> {
  const invocation = parseArgs(argv)
  switch (invocation.kind) {
    case 'help':
      io.stdout.write(helpText(invocation.command))
      return 0
    case 'version':
      io.stdout.write(`${version}\n`)
      return 0
    case 'usage-error':
      io.stderr.write(`zhgloss${invocation.command ? ` ${invocation.command.name}` : ''}: ${invocation.message}\n`)
      return 2
    case 'run': {
      const runner = runners[invocation.command.name]
      if (!runner) {
        io.stderr.write(`zhgloss ${invocation.command.name}: not available in this version\n`)
        return 2
      }
      try {
        return await runner(invocation.flags, invocation.positionals, io)
      } catch (error) {
        if (error instanceof ZhglossError) {
          reportProblems(error.problems, io)
          return exitCodeOf(error.problems)
        }
        const message = error instanceof Error ? error.message : String(error)
        io.stderr.write(`zhgloss ${invocation.command.name}: internal error: ${message}\nPlease report this with the command you ran.\n`)
        if (io.env['ZHGLOSS_DEBUG'] && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`)
        return 2
      }
    }
  }
}
