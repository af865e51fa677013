/**
 * Run one invocation: help, version, or a command. Each command's module is
 * imported only when it runs, so `--version` and `--help` load none of the
 * pipeline.
 */
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ZhglossError} from '../core/problem.js'
import {exitCodeOf} from './common/exit-code.js'
import {helpText} from './common/help.js'
import type {Io} from './common/io.js'
import {parseArgs, type FlagValues, type Invocation} from './common/parse.js'
import {flagsOf} from './common/schema.js'
import {messagesJson, reportProblems} from './common/report-problems.js'

/** A command's implementation. */
export type CommandRunner = (flags: FlagValues, positionals: readonly string[], io: Io) => Promise<number>

/** Implementations by command name, each loaded when first needed; commands not listed here say so. */
export const runners: Record<string, () => Promise<CommandRunner>> = {
  build: async () => (await import('./commands/build.js')).build,
  check: async () => (await import('./commands/check.js')).check,
  'glossary export': async () => (await import('./commands/glossary-export.js')).glossaryExport,
  'glossary import': async () => (await import('./commands/glossary-import.js')).glossaryImport,
  'glossary lint': async () => (await import('./commands/glossary-lint.js')).glossaryLint,
  'glossary suggest': async () => (await import('./commands/glossary-suggest.js')).glossarySuggest
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
      const load = runners[invocation.command.name]
      if (!load) {
        io.stderr.write(`zhgloss ${invocation.command.name}: not available in this version\n`)
        return 2
      }
      const commandIo = withMessageSettings(io, invocation.flags)
      const code = await runCommand(invocation, load, commandIo)
      if (commandIo.messages?.json) io.stderr.write(messagesJson(commandIo.messages.collected ?? []))
      return code
    }
  }
}

/**
 * Run a command with the configuration's settings, turning its thrown problems into reports and exit codes.
 *
 * @param invocation the command, its flags (and which were given) and arguments.
 * @param load loads its implementation.
 * @param io the outside world.
 * @returns the exit code.
 */
async function runCommand(invocation: Extract<Invocation, {kind: 'run'}>, load: () => Promise<CommandRunner>, io: Io): Promise<number> {
  const {command} = invocation
  try {
    const {applyConfig, loadConfig} = await import('./config/load.js')
    const explicit = invocation.flags['config']
    const {config} = await loadConfig(io.cwd, typeof explicit === 'string' ? explicit : undefined)
    const flags = applyConfig(
      {name: command.name, flags: flagsOf(command).map((spec) => spec.name)},
      invocation.flags,
      invocation.given,
      config
    ) as FlagValues
    if (!invocation.given.includes('glossary')) flags['glossary'] = glossaryOrShipped(command.name, String(flags['glossary']), io)
    const takesArticles = command.name === 'build' || command.name === 'glossary lint'
    const positionals = invocation.positionals.length === 0 && takesArticles && config.articles ? config.articles : invocation.positionals
    const runner = await load()
    return await runner(flags, positionals, {...io, config})
  } catch (error) {
    if (error instanceof ZhglossError) {
      reportProblems(error.problems, io)
      return exitCodeOf(error.problems)
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`zhgloss ${command.name}: internal error: ${message}\nPlease report this with the command you ran.\n`)
    if (io.env['ZHGLOSS_DEBUG'] && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`)
    return 2
  }
}

/**
 * The outside world as the common flags want it: `--color` and `--no-color`
 * override `FORCE_COLOR` and `NO_COLOR`; `--quiet` and `--messages json` set how problems are reported.
 *
 * @param io the outside world.
 * @param flags the parsed flags.
 * @returns the outside world for the command.
 */
function withMessageSettings(io: Io, flags: FlagValues): Io {
  const env = {...io.env}
  if (flags['color'] === true) {
    env['FORCE_COLOR'] = '1'
    delete env['NO_COLOR']
  }
  if (flags['no-color'] === true) {
    env['NO_COLOR'] = '1'
    delete env['FORCE_COLOR']
  }
  const json = flags['messages'] === 'json'
  return {...io, env, messages: {quiet: flags['quiet'] === true, json, collected: [], warnings: 0}}
}

/** The glossary that ships with zhgloss, beside `lib/`. */
const shippedGlossary = fileURLToPath(new URL('../../glossary', import.meta.url))

/**
 * The glossary folder a command reads: the one named, or, where the default
 * `glossary/` is not in the working folder, the glossary that ships with
 * zhgloss (said as a warning). `glossary import` writes its folder, so it
 * never falls back.
 *
 * @param command the command's name.
 * @param folder the folder from the configuration or the default.
 * @param io the outside world.
 * @returns the folder to read.
 */
function glossaryOrShipped(command: string, folder: string, io: Io): string {
  if (command === 'glossary import' || folder !== 'glossary' || existsSync(resolve(io.cwd, folder))) return folder
  const message = `no glossary folder here; using the glossary that ships with zhgloss (${shippedGlossary}); pass --glossary DIR for your own`
  reportProblems([{file: 'glossary', message, rule: 'glossary-shipped', severity: 'warning'}], io)
  return shippedGlossary
}
