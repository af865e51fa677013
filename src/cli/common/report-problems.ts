/**
 * Print problems the unified way, as remark-lint does: warnings as
 * `PATH:LINE:COLUMN  warning  message  rule`; errors keep the contract's
 * `PATH:LINE:COLUMN: message`. vfile messages become problems first.
 */
import type {VFile} from 'vfile'
import {formatProblem, type Problem} from '../../core/problem.js'
import {createPaint, wantsColor, type Paint} from './color.js'
import type {Io, TextSink} from './io.js'

/** Options of `printProblems`. */
export interface PrintOptions {
  /** Colour the severity and place. (default: `false`) */
  color?: boolean
}

/**
 * Print problems to a sink, one a line.
 *
 * @param problems the problems.
 * @param sink where to print (standard error).
 * @param options colour or not.
 */
export function printProblems(problems: readonly Problem[], sink: TextSink, options: PrintOptions = {}): void {
  const paint = createPaint(options.color === true)
  for (const problem of problems) sink.write(`${formatLine(problem, paint)}\n`)
}

/**
 * One problem as a line of text, without the newline.
 *
 * @param problem the problem.
 * @param paint colours to use (plain by default).
 * @returns the line.
 */
export function formatLine(problem: Problem, paint: Paint = createPaint(false)): string {
  if (problem.severity === 'error') return paint.red(formatProblem(problem))
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`
  return `${place}  ${paint.yellow('warning')}  ${problem.message}  ${paint.dim(problem.rule)}`
}

/**
 * The messages a unified pipeline left on a file, as problems.
 *
 * @param file the vfile (its messages: `file.message(…)`, `file.fail(…)`).
 * @param path the path to show for it.
 * @returns one problem per message; fatal messages are errors, others warnings.
 */
export function problemsOfFile(file: VFile, path: string): Problem[] {
  return file.messages.map((message) => {
    const problem: Problem = {
      file: path,
      message: message.reason,
      rule: message.ruleId ?? message.source ?? 'zhgloss',
      severity: message.fatal === true ? 'error' : 'warning'
    }
    if (message.line !== undefined) {
      problem.line = message.line
      problem.column = message.column ?? 1
    }
    return problem
  })
}

/**
 * Print problems to a command's standard error, coloured when it is a terminal.
 *
 * @param problems the problems.
 * @param io the command's outside world.
 */
export function reportProblems(problems: readonly Problem[], io: Pick<Io, 'stderr' | 'env'>): void {
  printProblems(problems, io.stderr, {color: wantsColor(io.stderr, io.env)})
}
