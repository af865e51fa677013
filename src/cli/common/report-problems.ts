/**
 * Report problems the unified way. Each problem becomes a `VFileMessage`
 * (vfile-message, the type every unified tool reports with), printed by a
 * small reporter of our own rather than vfile-reporter: the contract fixes
 * errors as `PATH:LINE:COLUMN: message`, which vfile-reporter's grouped
 * layout does not give. Warnings read as remark-lint's
 * (`PATH:LINE:COLUMN  warning  message  rule`). With `--messages json` the
 * messages are collected and printed at the end as vfile-reporter-json does
 * (one object per file with its messages); `--quiet` keeps errors only.
 */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {formatProblem, type Problem} from '../../core/problem.js'
import {createPaint, wantsColor, type Paint} from './color.js'
import type {Io, TextSink} from './io.js'

/** Options of `printProblems`. */
export interface PrintOptions {
  /** Colour the severity and place. (default: `false`) */
  color?: boolean
}

/**
 * A problem as a vfile message.
 *
 * @param problem the problem.
 * @returns the message: `fatal` for errors, `false` for warnings, with its place, rule and file.
 */
export function toMessage(problem: Problem): VFileMessage {
  const place = problem.line === undefined ? undefined : {line: problem.line, column: problem.column ?? 1}
  const message = new VFileMessage(problem.message, {...(place ? {place} : {}), ruleId: problem.rule, source: 'zhgloss'})
  message.file = problem.file
  message.fatal = problem.severity === 'error'
  return message
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
  const message = toMessage(problem)
  const place = message.line === undefined ? message.file : `${message.file}:${message.line}:${message.column ?? 1}`
  return `${place}  ${paint.yellow('warning')}  ${message.reason}  ${paint.dim(message.ruleId ?? '')}`
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
 * Report problems for a command run: printed to standard error (coloured
 * on a terminal), or collected for `--messages json`; warnings dropped with `--quiet`.
 *
 * @param problems the problems.
 * @param io the command's outside world.
 */
export function reportProblems(problems: readonly Problem[], io: Pick<Io, 'stderr' | 'env' | 'messages'> & {cwd?: string}): void {
  const settings = io.messages ?? {}
  settings.warnings = (settings.warnings ?? 0) + problems.filter((problem) => problem.severity === 'warning').length
  const kept = settings.quiet ? problems.filter((problem) => problem.severity === 'error') : problems
  const shown = io.cwd === undefined ? kept : kept.map((problem) => ({...problem, file: relativeTo(problem.file, io.cwd ?? '')}))
  if (settings.json) {
    settings.collected?.push(...shown.map(toMessage))
    return
  }
  printProblems(shown, io.stderr, {color: wantsColor(io.stderr, io.env)})
}

/**
 * The JSON report of collected messages, as vfile-reporter-json writes it:
 * one object per file, with its messages.
 *
 * @param messages the messages.
 * @returns the JSON text, ending in a newline.
 */
export function messagesJson(messages: readonly VFileMessage[]): string {
  const files = new Map<string, VFileMessage[]>()
  for (const message of messages) {
    const path = message.file ?? ''
    files.set(path, [...(files.get(path) ?? []), message])
  }
  const report = [...files].map(([path, list]) => ({
    path,
    messages: list.map((message) => ({
      reason: message.reason,
      line: message.line ?? null,
      column: message.column ?? null,
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      fatal: message.fatal ?? null
    }))
  }))
  return `${JSON.stringify(report)}\n`
}

/**
 * A path as the user would write it: relative to the working folder when inside it.
 *
 * @param path an absolute or relative path.
 * @param cwd the working folder.
 * @returns the path to show.
 */
export function relativeTo(path: string, cwd: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path
}
