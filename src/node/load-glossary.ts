/**
 * Read a glossary folder from disk (`DIR/LNG/terms.json`) and make the
 * glossary, with every problem placed at its file, line and column.
 */
import type {Dirent} from 'node:fs'
import {readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {findNodeAtLocation, parseTree, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {createGlossary, namespace, type CreateGlossaryOptions, type Glossary} from '../glossary/create.js'
import type {GlossaryResources} from '../glossary/types.js'
import {positionAt, ZhglossError, type Problem} from '../core/problem.js'

/** Options of `loadGlossary`, beyond those of `createGlossary`. */
export type LoadGlossaryOptions = Omit<CreateGlossaryOptions, 'fileName'>

/**
 * Load the glossary kept in a folder of i18next resources.
 *
 * @param dir the glossary folder (holding `zh/terms.json`, `en/terms.json`…).
 * @param options passed on to `createGlossary`.
 * @returns the glossary.
 * @throws ZhglossError naming each file, place and fix.
 */
export async function loadGlossary(dir: string, options: LoadGlossaryOptions = {}): Promise<Glossary> {
  const languages = await listLanguages(dir)
  const texts = new Map<string, string>()
  const resources: Record<string, {terms: Record<string, unknown>}> = {}
  const problems: Problem[] = []
  for (const lang of languages) {
    const file = join(dir, lang, `${namespace}.json`)
    const text = stripBom(await readFile(file, 'utf8'))
    texts.set(file, text)
    const parsed = parseJson(text, file)
    if ('problem' in parsed) problems.push(parsed.problem)
    else resources[lang] = {terms: parsed.value}
  }
  if (problems.length > 0) throw new ZhglossError(problems)
  if (!resources['zh'])
    throw missing(dir, `${dir}: the glossary has no zh/terms.json; create it with the Chinese forms of each entry (see glossary/README.md)`)
  try {
    return createGlossary(resources as GlossaryResources, {...options, fileName: (lang) => join(dir, lang, `${namespace}.json`)})
  } catch (error) {
    if (error instanceof ZhglossError) throw new ZhglossError(error.problems.map((problem) => placeProblem(problem, texts)))
    throw error
  }
}

/** Gloss-language folders: every sub-folder holding a `terms.json`. */
async function listLanguages(dir: string): Promise<string[]> {
  let items: Dirent[]
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder')
    items = await readdir(dir, {withFileTypes: true})
  } catch {
    throw missing(dir, `${dir}: no glossary folder here; pass --glossary DIR naming a folder with zh/terms.json and en/terms.json`)
  }
  const languages: string[] = []
  for (const item of items) {
    if (!item.isDirectory() || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(item.name)) continue
    const file = join(dir, item.name, `${namespace}.json`)
    if (
      await stat(file).then(
        (info) => info.isFile(),
        () => false
      )
    )
      languages.push(item.name)
  }
  return languages.sort()
}

function missing(dir: string, message: string): ZhglossError {
  return new ZhglossError([{file: dir, message: message.slice(dir.length + 2), rule: 'glossary-missing', severity: 'error'}])
}

/**
 * Parse JSON; on failure say where and what, as an editor would show it.
 *
 * @param text the file's text.
 * @param file its path, for the problem.
 * @returns the object, or the problem.
 */
export function parseJson(text: string, file: string): {value: Record<string, unknown>} | {problem: Problem} {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return {value: value as Record<string, unknown>}
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        message: 'the file must hold one JSON object keyed by entry id',
        rule: 'glossary-json',
        severity: 'error'
      }
    }
  } catch {
    const errors: ParseError[] = []
    parseTree(text, errors, {disallowComments: true, allowTrailingComma: false})
    const first = errors[0]
    const offset = first?.offset ?? text.length
    const what = first ? describeParseError(printParseErrorCode(first.error)) : 'is not valid JSON'
    return {
      problem: {
        file,
        ...positionAt(text, offset),
        message: `not valid JSON: ${what}; fix the file (a trailing comma or a missing quote is the usual cause)`,
        rule: 'glossary-json',
        severity: 'error'
      }
    }
  }
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    PropertyNameExpected: 'a property name in double quotes was expected here',
    ValueExpected: 'a value was expected here',
    ColonExpected: 'a colon was expected here',
    CommaExpected: 'a comma was expected here',
    CloseBraceExpected: 'a closing brace was expected here',
    CloseBracketExpected: 'a closing bracket was expected here',
    EndOfFileExpected: 'the file should end here',
    InvalidSymbol: 'this is not a JSON value (strings need double quotes)',
    UnexpectedEndOfString: 'a string is not closed',
    InvalidCommentToken: 'JSON does not allow comments'
  }
  return words[code] ?? code
}

/** Give a problem about an entry the line and column of that entry (or its field) in its file. */
function placeProblem(problem: Problem, texts: ReadonlyMap<string, string>): Problem {
  const text = texts.get(problem.file)
  if (problem.line !== undefined || problem.entry === undefined || text === undefined) return problem
  const tree = parseTree(text)
  const node = tree && findNodeAtLocation(tree, [problem.entry])
  const key = node?.parent?.children?.[0]
  return key ? {...problem, ...positionAt(text, key.offset)} : problem
}

/**
 * Drop a UTF-8 byte order mark.
 *
 * @param text decoded text.
 * @returns the text without a leading U+FEFF.
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
