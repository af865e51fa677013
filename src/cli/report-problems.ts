/**
 * Print problems the unified way: errors as `PATH:LINE:COLUMN: message`,
 * warnings as `PATH:LINE:COLUMN  warning  message  rule`.
 */
import {formatProblem, type Problem} from '../problem.js'
import type {TextSink} from './io.js'

/**
 * Print problems to a sink.
 *
 * @param problems the problems.
 * @param sink where to print (standard error).
 */
export function printProblems(problems: readonly Problem[], sink: TextSink): void {
  for (const problem of problems) {
    if (problem.severity === 'error') sink.write(`${formatProblem(problem)}\n`)
    else {
      const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`
      sink.write(`${place}  warning  ${problem.message}  ${problem.rule}\n`)
    }
  }
}
