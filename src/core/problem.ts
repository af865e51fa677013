/**
 * Problems found in user input, as values: where, what, and how to fix it.
 * Reported the unified way (`file:line:column  severity  message  rule`) by
 * the command line; thrown inside a `ZhglossError` by the library.
 */

/** How bad a problem is. */
export type Severity = 'error' | 'warning'

/** One problem in one file. */
export interface Problem {
  /** The file, as the user named it (or a logical name such as `zh/terms.json`). */
  file: string
  /** 1-based line, where known. */
  line?: number
  /** 1-based column in characters, where known. */
  column?: number
  /** A sentence saying what is wrong and how to fix it. */
  message: string
  /** The glossary entry the problem is about, where there is one. */
  entry?: string
  /** A short stable name for the kind of problem (`glossary-schema`, `form-duplicate`…). */
  rule: string
  /** `error` stops the command with exit 1 or 2; `warning` is reported and the command goes on. */
  severity: Severity
}

/** An error carrying the problems that caused it. */
export class ZhglossError extends Error {
  readonly problems: readonly Problem[]

  /**
   * @param problems what went wrong; the first one becomes the message.
   */
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ZhglossError'
    this.problems = problems
  }
}

/**
 * Format a problem as `PATH:LINE:COLUMN: message`, or `PATH: message` without a place.
 *
 * @param problem the problem to format.
 * @returns one line of text.
 */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`
  return `${place}: ${problem.message}`
}

/**
 * Find the 1-based line and column of a UTF-16 offset in a text, counting
 * columns in characters (code points) as an editor shows them.
 *
 * @param text the whole file.
 * @param offset a UTF-16 offset into it.
 * @returns line and column, both 1-based.
 */
export function positionAt(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: countCodePoints(text, lineStart, offset) + 1}
}

/**
 * Count the code points between two UTF-16 offsets.
 *
 * @param text the text.
 * @param from start offset.
 * @param to end offset.
 * @returns the number of characters.
 */
export function countCodePoints(text: string, from: number, to: number): number {
  let count = 0
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code < 0xdc00 || code > 0xdfff) count++
  }
  return count
}

/** A place in a file: 1-based line and column, in characters. */
export interface Place {
  line: number
  column: number
}

/**
 * Make a function from UTF-16 offsets of a text to 1-based lines and columns
 * (in characters), for many look-ups in one file.
 *
 * @param text the whole file.
 * @returns the function.
 */
export function createPlacer(text: string): (offset: number) => Place {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: countCodePoints(text, lineStarts[low] ?? 0, offset) + 1}
  }
}

/**
 * Turn a stack overflow while processing a file into a problem that names
 * the file: the Markdown and HTML tree libraries recurse once per level of
 * nesting, so an article nested thousands of levels deep exhausts the stack.
 *
 * @param error what was thrown.
 * @param file the file being processed.
 * @returns the error to throw instead, or the error itself when it is another one.
 */
export function explainOverflow(error: unknown, file: string): unknown {
  if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) return error
  return new ZhglossError([
    {
      file,
      message: 'the article nests lists, quotes or emphasis too deeply to process (thousands of levels); flatten the nesting',
      rule: 'article-too-deep',
      severity: 'error'
    }
  ])
}
