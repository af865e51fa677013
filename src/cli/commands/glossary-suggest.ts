import {relative, resolve} from 'node:path'
import type {Root} from 'mdast'
import {analyzeArticle} from '../../article/analyze.js'
import {ZhglossError} from '../../core/problem.js'
import {openDictionary} from '../../dictionary/store.js'
import {suggestEntries, type Suggestion} from '../../dictionary/suggest.js'
import type {Glossary} from '../../glossary/create.js'
import {glossaryToCsv} from '../../glossary/exchange/csv.js'
import type {GlossaryResources} from '../../glossary/types.js'
import {fold} from '../../matcher/index.js'
import {readArticle, type Encoding} from '../../node/read-article.js'
import {writeFilesAtomically} from '../../node/write-files.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {printProblems} from '../common/report-problems.js'
import {selectArticles} from './articles.js'
import {resourcesOf} from './glossary-export.js'
import {loadGlossaryFor} from './shared.js'

/**
 * Run `glossary suggest`.
 *
 * @param flags the parsed flags.
 * @param positionals articles and folders of articles.
 * @param io the outside world.
 * @returns the exit code.
 */
export async function glossarySuggest(flags: FlagValues, positionals: readonly string[], io: Io): Promise<number> {
  const numbers = numberFlags(flags, io)
  if (numbers === undefined) return 2
  const glossary = await loadGlossaryFor(flags, io)
  if (typeof glossary === 'number') return glossary
  const folder = resolve(io.cwd, String(flags['glossary']))
  const out = typeof flags['out'] === 'string' && flags['out'] !== '-' ? resolve(io.cwd, flags['out']) : undefined
  try {
    const paths = await articlePaths(positionals, io.cwd)
    const clash = out === undefined ? undefined : out === folder || isInside(out, folder) ? folder : paths.find((path) => path === out)
    if (out !== undefined && clash !== undefined) {
      io.stderr.write(
        `${relative(io.cwd, out) || out}: would write over an input (${relative(io.cwd, clash) || clash}); choose an --out outside the glossary folder and the articles\n`
      )
      return 2
    }
    const trees: Root[] = []
    for (const path of paths) {
      const markdown = await readArticle(path, String(flags['encoding'] ?? 'utf-8') as Encoding)
      trees.push((await analyzeArticle(markdown, {glossary, path: relative(io.cwd, path) || path})).mdast)
    }
    const known = new Set(glossary.entries.flatMap((entry) => entry.forms.map((form) => fold(form))))
    const suggestions = suggestEntries(trees, openDictionary(), numbers).filter((suggestion) => !known.has(fold(suggestion.text)))
    const resources = withSuggestions(
      flags['new-only'] === true ? {zh: {terms: {}}, en: {terms: {}}} : resourcesOf(glossary),
      suggestions,
      glossary
    )
    const text = glossaryToCsv(resources)
    if (out !== undefined) await writeFilesAtomically([{path: out, content: text}])
    else io.stdout.write(text)
    io.stderr.write(
      `${suggestions.length} entr${suggestions.length === 1 ? 'y' : 'ies'} proposed from ${paths.length} article${paths.length === 1 ? '' : 's'}; review the drafts, then zhgloss glossary import FILE --from csv\n`
    )
    return 0
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    printProblems(error.problems, io.stderr)
    return 2
  }
}

/** The numeric flags, or undefined (after saying why) when one is not a positive whole number. */
function numberFlags(flags: FlagValues, io: Io): {core: number; min: number; limit: number} | undefined {
  const read = (name: string, fallback: number): number | undefined => {
    const value = flags[name]
    if (value === undefined) return fallback
    const parsed = Number(value)
    if (Number.isInteger(parsed) && parsed >= 0) return parsed
    io.stderr.write(`zhgloss glossary suggest: --${name} takes a whole number, not "${String(value)}"\n`)
    return undefined
  }
  const core = read('core', 5000)
  const min = read('min', 2)
  const limit = read('limit', 50)
  return core === undefined || min === undefined || limit === undefined ? undefined : {core, min, limit}
}

/** The articles named (files, folders, globs), chosen by the rule every command uses. */
async function articlePaths(positionals: readonly string[], cwd: string): Promise<string[]> {
  const {articles} = await selectArticles(positionals, {cwd})
  return articles.map((found) => resolve(cwd, found))
}

/** Whether a path lies inside a folder. */
function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path)
  return rest !== '' && !rest.startsWith('..') && !resolve(folder, rest).startsWith('..')
}

/** The resources with one draft entry per suggestion after them. */
function withSuggestions(resources: GlossaryResources, suggestions: readonly Suggestion[], glossary: Glossary): GlossaryResources {
  const zh: Record<string, unknown> = {...resources.zh.terms}
  const en: Record<string, unknown> = {...(resources['en']?.terms ?? {})}
  const taken = new Set([...glossary.entries.map((entry) => entry.id), ...Object.keys(zh)])
  for (const suggestion of suggestions) {
    const id = freeId(idOf(suggestion), taken)
    const forms = suggestion.latin ? [suggestion.text] : [suggestion.text, ...suggestion.variants]
    zh[id] = suggestion.latin ? {forms, category: 'technology'} : {forms, pinyin: joinSyllables(suggestion.pinyin), category: 'concept'}
    const seen = `seen ${suggestion.count} times in ${suggestion.spread} article${suggestion.spread === 1 ? '' : 's'}`
    en[id] = suggestion.latin
      ? {gloss: suggestion.text, note: `Draft: ${seen}; say what it is in your own words.`, doNotTranslate: true}
      : {
          gloss: draftGloss(suggestion.senses),
          note: `Draft from CC-CEDICT (${suggestion.senses.join('; ')}); ${seen}; write the note in your own words.`
        }
  }
  return {...resources, zh: {terms: zh}, en: {terms: en}} as GlossaryResources
}

/** A draft gloss: the dictionary's first sense without its bracketed remarks. */
function draftGloss(senses: readonly string[]): string {
  const first = (senses[0] ?? '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return first.split(';')[0]?.trim() || 'TODO'
}

/** Pinyin of one word written together, with an apostrophe before a syllable starting with a, o or e. */
export function joinSyllables(pinyin: string): string {
  return pinyin
    .split(' ')
    .filter(Boolean)
    .map((syllable, index) => (index > 0 && /^[aoeāáǎàōóǒòēéěè]/i.test(syllable) ? `'${syllable}` : syllable))
    .join('')
}

/** An entry id from a suggestion: its pinyin without tones, or its Latin token. */
function idOf(suggestion: Suggestion): string {
  const base = suggestion.latin ? suggestion.text : suggestion.pinyin
  const id = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return /^[a-z0-9]/.test(id) ? id : `term-${id}`
}

/** An id not yet taken, numbered when needed. */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`
  taken.add(candidate)
  return candidate
}
