/**
 * The exit code problems call for, by the contract: 2 when an input could
 * not be read at all (or the command cannot run as asked), else 1. An empty
 * article is readable: it is an input with an error (1).
 */
import type {Problem} from '../../core/problem.js'

/** Problems that mean the input could not be read at all (exit 2) rather than has errors (exit 1). */
export const unreadableRules = new Set([
  'glossary-missing',
  'articles-missing',
  'article-unreadable',
  'article-encoding',
  'article-binary',
  'output-unwritable',
  'output-overwrite',
  'pdf-unavailable',
  'config-invalid'
])

/**
 * The exit code for a set of problems: 2 when some input was unreadable, else 1.
 *
 * @param problems the problems.
 * @returns 1 or 2.
 */
export function exitCodeOf(problems: readonly Problem[]): number {
  return problems.some((problem) => unreadableRules.has(problem.rule)) ? 2 : 1
}
