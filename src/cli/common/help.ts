/**
 * `--help` text, made from the declared commands.
 */
import {commands, commonFlags, flagsOf, globalFlags, type CommandSpec, type FlagSpec} from './schema.js'

/**
 * Help for the tool or for one command.
 *
 * @param command the command, or undefined for the tool.
 * @returns the help text, ending in a newline.
 */
export function helpText(command: CommandSpec | undefined): string {
  if (!command) {
    const width = Math.max(...commands.map((spec) => spec.name.length))
    return [
      'Usage: zhgloss COMMAND [options]',
      '',
      'Annotated reading, study handouts and terminology checks for Chinese articles.',
      '',
      'Commands:',
      ...commands.map((spec) => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
      '',
      'Options:',
      ...flagLines(globalFlags),
      '',
      'Every command takes:',
      ...flagLines(commonFlags),
      '',
      'Exit codes: 0 success, 1 the input has errors, 2 usage error or unreadable input.',
      'Colour: only on a terminal; NO_COLOR turns it off, FORCE_COLOR on (the flags win over both).',
      '',
      'Run "zhgloss COMMAND --help" for the options of a command.',
      ''
    ].join('\n')
  }
  const examples = command.examples ?? []
  const own = command.flags
  const all = flagsOf(command)
  return [
    `Usage: zhgloss ${command.name}${command.usage ? ` ${command.usage}` : ''} [options]`,
    '',
    `${capitalize(command.summary)}.`,
    '',
    'Options:',
    ...flagLines(command.flags),
    ...(own.length < all.length ? ['', 'Also:', ...flagLines(all.slice(own.length))] : []),
    ...(examples.length > 0 ? ['', 'Examples:', ...examples.map((example) => `  ${example}`)] : []),
    ''
  ].join('\n')
}

/**
 * One line per flag: names and value, then what it does, its choices and default.
 *
 * @param flags the flags.
 * @returns the lines.
 */
function flagLines(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((spec) => `${spec.short ? `-${spec.short}, ` : '    '}--${spec.name}${spec.value ? ` ${spec.value}` : ''}`)
  const width = Math.max(...left.map((text) => text.length))
  return flags.map((spec, index) => {
    const extra = [
      spec.choices ? `one of: ${spec.choices.join(', ')}` : '',
      typeof spec.default === 'string' ? `default: ${spec.default}` : ''
    ].filter(Boolean)
    return `  ${(left[index] ?? '').padEnd(width)}  ${spec.description}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`
  })
}

/**
 * Upper-case the first letter.
 *
 * @param text a sentence.
 * @returns the sentence, capitalized.
 */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
