/**
 * Colour for terminal output: on a terminal, unless `NO_COLOR` is set
 * (https://no-color.org); `FORCE_COLOR` turns it on anywhere (`0` or `false`:
 * off), as Node and most command-line tools read it.
 */
import type {TextSink} from './io.js'

/** Functions that wrap text in one colour, or return it as it is. */
export interface Paint {
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  dim(text: string): string
  bold(text: string): string
}

/** ANSI codes to start and end each style. */
const codes: Record<keyof Paint, [number, number]> = {red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22]}

/**
 * Whether to colour what goes to a sink.
 *
 * @param sink the stream written to.
 * @param env environment variables (`FORCE_COLOR`, `NO_COLOR`).
 * @returns true when forced, else on a terminal without `NO_COLOR`.
 */
export function wantsColor(sink: TextSink, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  const noColor = env['NO_COLOR']
  return sink.isTTY === true && (noColor === undefined || noColor === '')
}

/**
 * The painter for a sink.
 *
 * @param color whether to colour (from `wantsColor`).
 * @returns functions that colour text, or leave it plain.
 */
export function createPaint(color: boolean): Paint {
  const style = (name: keyof Paint) => {
    const [open, close] = codes[name]
    return (text: string): string => (color ? `\u001B[${open}m${text}\u001B[${close}m` : text)
  }
  return {red: style('red'), yellow: style('yellow'), green: style('green'), dim: style('dim'), bold: style('bold')}
}
