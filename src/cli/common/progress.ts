/**
 * What `build` says while it works. On a terminal: a status line (article n
 * of N and its name) rewritten in place, a line per article built, and a
 * coloured summary. Elsewhere: plain lines only. With `--quiet`: problems only.
 */
import type {Problem} from '../../core/problem.js'
import {createPaint, wantsColor, type Paint} from './color.js'
import type {Io, TextSink} from './io.js'
import {reportProblems} from './report-problems.js'

/** The counts a build ends with. */
export interface BuildSummary {
  /** Articles built. */
  built: number
  /** Articles that could not be built. */
  failed: number
  /** Term occurrences found in all articles built. */
  terms: number
  /** Warnings reported. */
  warnings: number
  /** Findings of the translation checks, by severity. (default: none) */
  findings?: {errors: number; warnings: number}
  /** Where the files are (the index page, or the output folder). */
  where: string | undefined
}

/** The build's voice. */
export interface Progress {
  /**
   * An article is being built.
   *
   * @param index its 1-based number.
   * @param total how many articles this build has.
   * @param path the article's path.
   */
  start(index: number, total: number, path: string): void
  /**
   * Say something that stays (an article built, a rebuild).
   *
   * @param line the text, without a newline.
   */
  say(line: string): void
  /**
   * Report problems (to standard error), whatever the mode.
   *
   * @param problems the problems.
   */
  problems(problems: readonly Problem[]): void
  /**
   * End with the summary.
   *
   * @param summary the counts.
   */
  summary(summary: BuildSummary): void
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** Print problems only. (default: `false`) */
  quiet?: boolean
  /** Where messages go; standard error when standard output carries a file. (default: `io.stdout`) */
  sink?: TextSink
}

/**
 * Make the build's voice for a command run.
 *
 * @param io the outside world (its streams and `NO_COLOR`).
 * @param options quiet or not, and where messages go.
 * @returns the progress reporter.
 */
export function createProgress(io: Io, options: ProgressOptions = {}): Progress {
  const sink = options.sink ?? io.stdout
  const quiet = options.quiet === true
  const live = !quiet && io.stderr.isTTY === true
  const paint = createPaint(wantsColor(sink, io.env))
  let statusShown = false

  /** Remove the status line before anything else is written. */
  const clear = (): void => {
    if (!statusShown) return
    io.stderr.write('\r\u001B[2K')
    statusShown = false
  }

  return {
    start(index, total, path) {
      if (!live || total < 2) return
      const status = `Building article ${index} of ${total}: ${path}`
      const columns = io.stderr.columns ?? 0
      const width = columns > 20 ? columns : 80
      clear()
      io.stderr.write(status.length >= width ? `${status.slice(0, width - 2)}…` : status)
      statusShown = true
    },
    say(line) {
      clear()
      if (!quiet) sink.write(`${line}\n`)
    },
    problems(problems) {
      clear()
      reportProblems(problems, io)
    },
    summary(summary) {
      clear()
      if (quiet) return
      sink.write(`${summaryLine(summary, {paint, mark: live})}\n`)
    }
  }
}

/**
 * The closing line of a build.
 *
 * @param summary the counts.
 * @param style colours (plain when not on a terminal), and whether to start with ✔ or ✖ (on a terminal).
 * @returns the line, without a newline.
 */
export function summaryLine(summary: BuildSummary, style: {paint?: Paint; mark?: boolean} = {}): string {
  const paint = style.paint ?? createPaint(false)
  const parts = [
    `${count(summary.built, 'article')} built`,
    ...(summary.failed > 0 ? [paint.red(`${summary.failed} failed`)] : []),
    `${count(summary.terms, 'term')} found`,
    summary.warnings > 0 ? paint.yellow(count(summary.warnings, 'warning')) : 'no warnings',
    ...findingParts(summary.findings, paint)
  ]
  const mark = summary.failed > 0 ? paint.red('✖') : paint.green('✔')
  return `${style.mark === true ? `${mark} ` : ''}${parts.join(', ')}${summary.where ? `; open ${paint.bold(summary.where)}` : ''}`
}

/**
 * The translation checks' part of the summary, when any translation was checked and found something.
 *
 * @param findings the counts by severity.
 * @param paint colours.
 * @returns the parts.
 */
function findingParts(findings: BuildSummary['findings'], paint: Paint): string[] {
  if (!findings || findings.errors + findings.warnings === 0) return []
  const errors = findings.errors > 0 ? paint.red(count(findings.errors, 'translation error')) : 'no translation errors'
  return [`${errors} and ${count(findings.warnings, 'translation warning')} in the reports`]
}

/** A count and its noun, plural when it is not one. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
