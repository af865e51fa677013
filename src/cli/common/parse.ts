/**
 * Parse argv against the declared commands with `node:util`'s `parseArgs`:
 * a pure function, no I/O. The same declarations drive `--help`.
 */
import {parseArgs as parseNodeArgs, type ParseArgsConfig} from 'node:util'
import {commands, flagsOf, globalFlags, type CommandSpec, type FlagSpec} from './schema.js'

/** Flag values by name (a repeatable flag has a list). */
export type FlagValues = Record<string, string | boolean | readonly string[] | undefined>

/** What the user asked for. */
export type Invocation =
  | {kind: 'run'; command: CommandSpec; flags: FlagValues; positionals: string[]; given: string[]}
  | {kind: 'help'; command: CommandSpec | undefined}
  | {kind: 'version'}
  | {kind: 'usage-error'; command: CommandSpec | undefined; message: string}

/**
 * Parse command-line arguments.
 *
 * @param argv the arguments after the program name.
 * @returns what to do.
 */
export function parseArgs(argv: readonly string[]): Invocation {
  const [first, second] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return {kind: 'help', command: undefined}
  if (first === '--version' || first === '-v') return {kind: 'version'}
  const command = commands.find((spec) => spec.name === `${first} ${second}`) ?? commands.find((spec) => spec.name === first)
  if (command) return parseCommand(command, argv.slice(command.name.split(' ').length))
  if (first === 'glossary' && (second === '--help' || second === '-h')) return {kind: 'help', command: undefined}
  if (first === 'glossary') {
    const subs = commands.filter((spec) => spec.name.startsWith('glossary ')).map((spec) => spec.name.slice('glossary '.length))
    return {
      kind: 'usage-error',
      command: undefined,
      message: `"glossary" needs a sub-command: ${subs.slice(0, -1).join(', ')} or ${subs.at(-1)} (zhgloss glossary lint --help)`
    }
  }
  const names = [...new Set(commands.map((spec) => spec.name.split(' ')[0]))]
  return {
    kind: 'usage-error',
    command: undefined,
    message: `unknown command "${first}"; the commands are ${names.join(', ')} (zhgloss --help)`
  }
}

/**
 * Parse the arguments of one command.
 *
 * @param command the command's declaration.
 * @param argv the arguments after its name.
 * @returns what to do.
 */
function parseCommand(command: CommandSpec, argv: readonly string[]): Invocation {
  const fail = (message: string): Invocation => ({kind: 'usage-error', command, message})
  const end = argv.indexOf('--')
  if ((end === -1 ? argv : argv.slice(0, end)).some((argument) => argument === '--help' || argument === '-h'))
    return {kind: 'help', command}
  const all = [...flagsOf(command), ...globalFlags]
  let parsed: {values: Record<string, unknown>; positionals: string[]}
  try {
    parsed = parseNodeArgs({args: [...argv], options: optionsOf(all), allowPositionals: true, strict: true})
  } catch (error) {
    return fail(explain(error, command, all))
  }
  const flags: FlagValues = {}
  for (const spec of all) {
    const value = parsed.values[spec.name]
    if (value === undefined) continue
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value))
      return fail(`--${spec.name} must be one of ${spec.choices.join(', ')}, not "${value}"`)
    flags[spec.name] = value as FlagValues[string]
  }
  const given = Object.keys(flags)
  for (const spec of flagsOf(command)) if (flags[spec.name] === undefined && spec.default !== undefined) flags[spec.name] = spec.default
  const {positionals} = parsed
  if (positionals.length < command.positionals.min) return fail(`"${command.name}" needs ${command.usage}`)
  if (positionals.length > command.positionals.max)
    return fail(
      `"${command.name}" takes ${command.positionals.max === 0 ? 'no arguments' : command.usage}, not "${positionals.slice(command.positionals.max).join(' ')}"`
    )
  return {kind: 'run', command, flags, positionals, given}
}

/**
 * The declared flags as `parseArgs` options (defaults are applied later, after the configuration file).
 *
 * @param flags the declared flags.
 * @returns the options.
 */
function optionsOf(flags: readonly FlagSpec[]): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const spec of flags) {
    options[spec.name] = {type: spec.type, ...(spec.short ? {short: spec.short} : {}), ...(spec.multiple ? {multiple: true} : {})}
  }
  return options
}

/**
 * A `parseArgs` error in the words of this tool.
 *
 * @param error what `parseArgs` threw.
 * @param command the command.
 * @param flags its flags.
 * @returns the message.
 */
function explain(error: unknown, command: CommandSpec, flags: readonly FlagSpec[]): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const message = error instanceof Error ? error.message : String(error)
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? ''
  const names = quoted.match(/--?[^\s,=<]+/g) ?? []
  const named = names.find((name) => name.startsWith('--')) ?? names[0] ?? quoted
  const spec = flags.find((flag) => `--${flag.name}` === named || `-${flag.short}` === named)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !spec)
    return `unknown option "${named}" for "${command.name}" (zhgloss ${command.name} --help)`
  if (spec.type === 'boolean') return `the option --${spec.name} takes no value`
  return `the option --${spec.name} needs a value (${spec.value ?? 'VALUE'})`
}
