/**
 * `zhgloss glossary lint [ARTICLE.md ...]`: the glossary's own problems
 * (schema, forms claimed twice: errors, exit 1) and warnings (glosses
 * missing in a language, pinyin that differs from pinyin-pro's; with
 * articles, entries never used and candidates never glossed).
 */
import {readFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {namespace} from '../../glossary/create.js'
import {lintGlossary} from '../../lint/lint.js'
import {decodeArticle, readArticle, type Encoding} from '../../node/read-article.js'
import {positionAt, ZhglossError, type Problem} from '../../core/problem.js'
import {analyzeArticle, type Article} from '../../article/analyze.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {reportProblems} from '../common/report-problems.js'
import {selectArticles, skippedLines} from './articles.js'
import {displayPath, listFlag, loadGlossaryFor} from './shared.js'

/**
 * Run `glossary lint`.
 *
 * @param flags the parsed flags.
 * @param positionals the articles to check the glossary's use against.
 * @param io the outside world.
 * @returns the exit code.
 */
export async function glossaryLint(flags: FlagValues, positionals: readonly string[], io: Io): Promise<number> {
  const glossary = await loadGlossaryFor(flags, io)
  if (typeof glossary === 'number') return glossary
  const folder = resolve(io.cwd, String(flags['glossary']))
  const articles: Article[] = []
  let paths: string[] = []
  try {
    const selection = await selectArticles(positionals, {cwd: io.cwd, ignore: listFlag(flags['ignore'])})
    paths = selection.articles
    for (const line of skippedLines(selection.skipped)) if (flags['quiet'] !== true) io.stderr.write(`${line}\n`)
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    reportProblems(error.problems, io)
    return 2
  }
  for (const path of paths) {
    try {
      const encoding = String(flags['encoding'] ?? 'utf-8') as Encoding
      const fromStdin = path === '-'
      const markdown = fromStdin
        ? decodeArticle(await io.readStdin(), '<stdin>', encoding)
        : await readArticle(resolve(io.cwd, path), encoding)
      articles.push(await analyzeArticle(markdown, {glossary, path: fromStdin ? '<stdin>' : path}))
    } catch (error) {
      if (!(error instanceof ZhglossError)) throw error
      reportProblems(error.problems, io)
      return 2
    }
  }
  const fileName = (lang: string): string => displayPath(join(folder, lang, `${namespace}.json`), io.cwd)
  const problems = await placeEntries(lintGlossary(glossary, {articles, fileName, rules: io.config?.rules ?? {}}), io.cwd)
  reportProblems(problems, io)
  const warnings = problems.filter((problem) => problem.severity === 'warning').length
  if (flags['quiet'] !== true)
    io.stdout.write(
      `${displayPath(folder, io.cwd)}: ${glossary.entries.length} entries, ${warnings === 0 ? 'no warnings' : `${warnings} warning${warnings === 1 ? '' : 's'}`}${articles.length > 0 ? ` against ${articles.length} article${articles.length === 1 ? '' : 's'}` : ''}\n`
    )
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0
}

/** Give problems about an entry the line and column of the entry's key in its file. */
async function placeEntries(problems: readonly Problem[], cwd: string): Promise<Problem[]> {
  const texts = new Map<string, string>()
  const placed: Problem[] = []
  for (const problem of problems) {
    if (problem.entry === undefined || problem.line !== undefined) {
      placed.push(problem)
      continue
    }
    if (!texts.has(problem.file)) texts.set(problem.file, await readFile(resolve(cwd, problem.file), 'utf8').catch(() => ''))
    const text = texts.get(problem.file) ?? ''
    const offset = text.indexOf(`${JSON.stringify(problem.entry)}:`)
    placed.push(offset === -1 ? problem : {...problem, ...positionAt(text, offset)})
  }
  return placed
}
