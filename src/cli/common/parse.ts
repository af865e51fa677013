/**
 * Parse argv against the declared commands: a pure function, no I/O.
 */
import {commands, globalFlags, type CommandSpec, type FlagSpec} from './schema.js'

/** Flag values by name. */
export type FlagValues = Record<string, string | boolean | undefined>

/** What the user asked for. */
export type Invocation =
  | {kind: 'run'; command: CommandSpec; flags: FlagValues; positionals: string[]}
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
  if (!command) {
    if (first === 'glossary' && (second === '--help' || second === '-h')) return {kind: 'help', command: undefined}
    if (first === 'glossary')
      return {
        kind: 'usage-error',
        command: undefined,
        message: `"glossary" needs a sub-command: export, import or lint (zhgloss glossary lint --help)`
      }
    return {
      kind: 'usage-error',
      command: undefined,
      message: `unknown command "${first}"; the commands are ${commands
        .map((spec) => spec.name.split(' ')[0])
        .filter(unique)
        .join(', ')} (zhgloss --help)`
    }
  }
  const rest = argv.slice(command.name.split(' ').length)
  return parseCommand(command, rest)
}

function parseCommand(command: CommandSpec, argv: readonly string[]): Invocation {
  const flags: FlagValues = {}
  const positionals: string[] = []
  const fail = (message: string): Invocation => ({kind: 'usage-error', command, message})
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? ''
    if (argument === '--') {
      positionals.push(...argv.slice(index + 1))
      break
    }
    if (!argument.startsWith('-') || argument === '-') {
      positionals.push(argument)
      continue
    }
    const [name, inline] = splitFlag(argument)
    const spec = findFlag(command, name)
    if (!spec) return fail(`unknown option "${argument}" for "${command.name}" (zhgloss ${command.name} --help)`)
    if (spec.type === 'boolean') {
      if (inline !== undefined) return fail(`the option --${spec.name} takes no value`)
      flags[spec.name] = true
      continue
    }
    const value = inline ?? argv[++index]
    if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-'))
      return fail(`the option --${spec.name} needs a value (${spec.value ?? 'VALUE'})`)
    if (spec.choices && !spec.choices.includes(value))
      return fail(`--${spec.name} must be one of ${spec.choices.join(', ')}, not "${value}"`)
    flags[spec.name] = value
  }
  if (flags['help']) return {kind: 'help', command}
  for (const spec of command.flags) {
    if (flags[spec.name] === undefined && spec.default !== undefined) flags[spec.name] = spec.default
  }
  if (positionals.length < command.positionals.min) return fail(`"${command.name}" needs ${command.usage}`)
  if (positionals.length > command.positionals.max)
    return fail(
      `"${command.name}" takes ${command.positionals.max === 0 ? 'no arguments' : command.usage}, not "${positionals.slice(command.positionals.max).join(' ')}"`
    )
  return {kind: 'run', command, flags, positionals}
}

function splitFlag(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=')
  return equals === -1 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)]
}

function findFlag(command: CommandSpec, name: string): FlagSpec | undefined {
  const all = [...command.flags, ...globalFlags]
  if (name.startsWith('--')) return all.find((spec) => spec.name === name.slice(2))
  return all.find((spec) => spec.short === name.slice(1))
}

function unique(value: string | undefined, index: number, list: ReadonlyArray<string | undefined>): value is string {
  return value !== undefined && list.indexOf(value) === index
}
