/**
 * Which files are articles. One rule everywhere (build, watch, lint):
 * `NAME.LNG.md` is the translation of `NAME.md` when that file is beside it
 * (LNG a language tag: `en`, `de`, `pt-BR`); every other `*.md` but README.md
 * is an article. Articles are chosen by files, folders (every `*.md` under
 * them) and globs, minus `--ignore` globs; every file left out is named.
 */
import {stat} from 'node:fs/promises'
import {basename, dirname, join, relative, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {ZhglossError} from '../../core/problem.js'

/** A translation's file name: `NAME.LNG.md`; group 1 is NAME, group 2 is LNG. */
export const translationName = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/

/** Folders never searched for articles. */
const alwaysIgnored = ['**/node_modules/**', '**/.git/**']

/** A file left out of the build, and why. */
export interface Skipped {
  path: string
  reason: string
}

/** The articles chosen, and the files left out. */
export interface Selection {
  articles: string[]
  skipped: Skipped[]
}

/** Options of `selectArticles`. */
export interface SelectOptions {
  /** The working folder; paths are shown relative to it. */
  cwd: string
  /** Globs of files to leave out. (default: none) */
  ignore?: readonly string[]
  /** Folders to leave out (the output folder). (default: none) */
  exclude?: readonly string[]
}

/**
 * The translation `NAME.LNG.md` of an article `NAME.md`.
 *
 * @param path the article's path.
 * @param lang the language.
 * @returns the translation's path (which may not exist).
 */
export function translationOf(path: string, lang: string): string {
  return path.replace(/\.md$/i, `.${lang}.md`)
}

/**
 * The article a file would be the translation of, by its name alone.
 *
 * @param path a path.
 * @returns `NAME.md` beside `NAME.LNG.md`, or undefined for any other name.
 */
export function articleOfName(path: string): string | undefined {
  const match = translationName.exec(basename(path))
  return match ? join(dirname(path), `${match[1]}.md`) : undefined
}

/**
 * Whether a path is an existing file.
 *
 * @param path the path.
 * @returns true for a file.
 */
export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false
  )
}

/**
 * Choose the articles named by files, folders and globs.
 *
 * @param patterns what the user named (`-` is standard input).
 * @param options working folder and what to leave out.
 * @returns the articles in the order named (each folder or glob sorted), and the files left out.
 * @throws ZhglossError when a folder or glob holds no article.
 */
export async function selectArticles(patterns: readonly string[], options: SelectOptions): Promise<Selection> {
  const {cwd} = options
  const ignore = [...alwaysIgnored, ...(options.ignore ?? []), ...(options.exclude ?? []).map((folder) => `${folder}/**`)]
  const found: string[] = []
  const problems = []
  for (const pattern of patterns) {
    if (pattern === '-' || (!isDynamicPattern(pattern) && (await isFile(resolve(cwd, pattern))))) {
      found.push(pattern)
      continue
    }
    const folder =
      !isDynamicPattern(pattern) &&
      (await stat(resolve(cwd, pattern)).then(
        (info) => info.isDirectory(),
        () => false
      ))
    if (!folder && !isDynamicPattern(pattern)) {
      found.push(pattern)
      continue
    }
    const glob_ = folder ? `${escapeGlob(pattern.replace(/\/+$/, ''))}/**/*.md` : pattern
    const matches = (await glob(glob_, {cwd, ignore, onlyFiles: true, dot: false})).sort()
    if (matches.length === 0)
      problems.push({
        file: pattern,
        message: folder ? 'no .md articles in this folder; add one or name the articles to build' : 'no file matches this glob',
        rule: 'articles-missing',
        severity: 'error' as const
      })
    found.push(...matches)
  }
  if (problems.length > 0) throw new ZhglossError(problems)
  return sortOut(found, cwd)
}

/**
 * Split files found into articles and files left out (translations, READMEs, duplicates).
 *
 * @param found the files, as found.
 * @param cwd the working folder.
 * @returns the selection.
 */
async function sortOut(found: readonly string[], cwd: string): Promise<Selection> {
  const articles: string[] = []
  const skipped: Skipped[] = []
  const seen = new Set<string>()
  for (const path of found) {
    const key = path === '-' ? '-' : resolve(cwd, path)
    if (seen.has(key)) continue
    seen.add(key)
    if (path === '-') {
      articles.push(path)
      continue
    }
    const article = articleOfName(path)
    if (article !== undefined && (await isFile(resolve(cwd, article)))) {
      skipped.push({path, reason: `the translation of ${relative(cwd, resolve(cwd, article))}, read with it`})
      continue
    }
    if (/^readme\.md$/i.test(basename(path))) {
      skipped.push({path, reason: 'a README, not an article'})
      continue
    }
    articles.push(path)
  }
  return {articles: withUniqueNames(articles, skipped), skipped}
}

/**
 * Keep the first of several articles with one name: they would write the same output folder.
 *
 * @param articles the articles.
 * @param skipped where to name the others.
 * @returns the articles kept.
 */
function withUniqueNames(articles: readonly string[], skipped: Skipped[]): string[] {
  const byName = new Map<string, string>()
  return articles.filter((path) => {
    const name = basename(path).replace(/\.md$/i, '')
    const first = byName.get(name)
    if (first === undefined) {
      byName.set(name, path)
      return true
    }
    skipped.push({path, reason: `has the name of ${first}, whose outputs go to the same folder; rename one`})
    return false
  })
}

/**
 * Escape the characters a glob would read in a folder's name.
 *
 * @param path a folder path.
 * @returns the path, safe inside a glob.
 */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@]/g, '\\$&')
}

/**
 * Say which files were left out: one line per reason.
 *
 * @param skipped the files left out.
 * @returns the lines, without newlines.
 */
export function skippedLines(skipped: readonly Skipped[]): string[] {
  const reasons = new Map<string, string[]>()
  const translations: string[] = []
  for (const item of skipped) {
    if (item.reason.startsWith('the translation of ')) translations.push(item.path)
    else reasons.set(item.reason, [...(reasons.get(item.reason) ?? []), item.path])
  }
  const lines =
    translations.length > 0
      ? [
          `Skipped ${translations.length} translation${translations.length === 1 ? '' : 's'}, each read with its article: ${translations.join(', ')}`
        ]
      : []
  for (const [reason, paths] of reasons) lines.push(`Skipped ${paths.join(', ')}: ${reason}`)
  return lines
}
