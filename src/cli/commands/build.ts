/**
 * `zhgloss build`: every article into `OUT/NAME/` with the outputs asked for,
 * and `OUT/index.html`. A bad article is reported and the others still built.
 */
import {readdir, stat} from 'node:fs/promises'
import {basename, join, relative, resolve} from 'node:path'
import type {Glossary} from '../../glossary/create.js'
import {readArticle, type Encoding} from '../../node/read-article.js'
import {writeFilesAtomically, type OutputItem} from '../../node/write-files.js'
import {ZhglossError, type Problem} from '../../problem.js'
import {analyzeArticle} from '../../render/article.js'
import {formatNames, formats, type FormatName} from '../../render/formats.js'
import {renderIndex, type IndexItem} from '../../render/index-page.js'
import type {Io} from '../io.js'
import type {FlagValues} from '../parse.js'
import {printProblems} from '../report-problems.js'
import {exitCodeOf, loadGlossaryFor} from './shared.js'

/** A translation's file name: `NAME.LNG.md`. */
const translationName = /\.[a-z]{2,3}(-[A-Za-z0-9]+)?\.md$/

/**
 * Run `build`.
 *
 * @param flags the parsed flags.
 * @param positionals the articles named.
 * @param io the outside world.
 * @returns the exit code.
 */
export async function build(flags: FlagValues, positionals: readonly string[], io: Io): Promise<number> {
  const formatList = parseFormats(String(flags['format']))
  if (typeof formatList === 'string') {
    io.stderr.write(`zhgloss build: ${formatList}\n`)
    return 2
  }
  const glossary = await loadGlossaryFor(flags, io)
  if (typeof glossary === 'number') return glossary
  let articles: string[]
  try {
    articles = positionals.length > 0 ? [...positionals] : await findArticles(join(io.cwd, 'articles'), io.cwd)
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    printProblems(error.problems, io.stderr)
    return 2
  }
  const out = String(flags['out'])
  const lang = String(flags['lang'])
  const ui = String(flags['ui'])
  const encoding = String(flags['encoding']) as Encoding
  const protectedPaths = new Set(articles.map((path) => resolve(io.cwd, path)))
  const built: IndexItem[] = []
  const failures: Problem[] = []
  for (const path of articles) {
    try {
      built.push(await buildOne({path, out, glossary, lang, ui, encoding, formats: formatList, io, protectedPaths}))
    } catch (error) {
      if (!(error instanceof ZhglossError)) throw error
      failures.push(...error.problems)
      printProblems(error.problems, io.stderr)
    }
  }
  if (built.length > 0) {
    await writeFilesAtomically([{path: join(io.cwd, out, 'index.html'), content: renderIndex(built, ui)}], protectedPaths)
  }
  if (!flags['quiet']) {
    for (const item of built) io.stdout.write(`${join(out, item.name)}/: ${item.files.join(', ')} (${item.terms} terms)\n`)
    if (built.length > 0) io.stdout.write(`${join(out, 'index.html')}: ${built.length} article${built.length === 1 ? '' : 's'}\n`)
  }
  if (failures.length === 0) return 0
  return exitCodeOf(failures)
}

interface BuildOneOptions {
  path: string
  out: string
  glossary: Glossary
  lang: string
  ui: string
  encoding: Encoding
  formats: readonly FormatName[]
  io: Io
  protectedPaths: ReadonlySet<string>
}

/** Build one article: render every output in memory, then write them all. */
async function buildOne(options: BuildOneOptions): Promise<IndexItem> {
  const {path, io, glossary, lang, ui} = options
  const markdown = await readArticle(resolve(io.cwd, path), options.encoding)
  const article = await analyzeArticle(markdown, {glossary, path})
  const name = basename(path).replace(/\.md$/i, '')
  const translationPath = resolve(io.cwd, path).replace(/\.md$/i, `.${lang}.md`)
  const translation = (await isFile(translationPath))
    ? await analyzeArticle(await readArticle(translationPath, 'utf-8'), {glossary, path: relative(io.cwd, translationPath)})
    : undefined
  const context = {name, article, glossary, lang, ui, ...(translation ? {translation} : {})}
  const items: OutputItem[] = []
  for (const format of options.formats) {
    for (const output of formats[format]) {
      items.push({path: join(io.cwd, options.out, name, output.file), content: await output.render(context)})
    }
  }
  await writeFilesAtomically(items, options.protectedPaths)
  printProblems(
    article.file.messages.map((message) => ({file: path, line: message.line ?? 1, column: message.column ?? 1, message: message.reason, rule: message.ruleId ?? 'zhgloss', severity: 'warning'})),
    io.stderr
  )
  return {
    name,
    title: String(article.matter.title ?? name),
    terms: article.occurrences.length,
    files: items.map((item) => basename(item.path))
  }
}

/** The articles of a folder: `*.md` that are not translations. */
async function findArticles(folder: string, cwd: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    throw new ZhglossError([{file: relative(cwd, folder) || '.', message: 'no articles folder here; name the articles to build (zhgloss build FILE.md) or create articles/', rule: 'articles-missing', severity: 'error'}])
  }
  const articles = names.filter((name) => name.endsWith('.md') && !translationName.test(name) && name !== 'README.md').sort()
  if (articles.length === 0) {
    throw new ZhglossError([{file: relative(cwd, folder), message: 'no .md articles in this folder; add one or name the articles to build', rule: 'articles-missing', severity: 'error'}])
  }
  return articles.map((name) => relative(cwd, join(folder, name)))
}

function parseFormats(list: string): FormatName[] | string {
  const names = list.split(',').map((name) => name.trim()).filter(Boolean)
  const unknown = names.filter((name) => !(formatNames as readonly string[]).includes(name))
  if (unknown.length > 0 || names.length === 0) return `--format takes a comma list of ${formatNames.join(', ')}, not "${list}"`
  return names as FormatName[]
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isFile(), () => false)
}
