/**
 * Lint the glossary: glosses missing in a language, pinyin that differs
 * from pinyin-pro's reading, and, given articles, entries no article uses
 * and candidates no entry glosses. Schema errors and forms claimed twice
 * are found when the glossary loads; this adds what is worth a warning.
 */
import {findCandidates} from '../article/candidates.js'
import {hasHan, type Glossary} from '../glossary/create.js'
import {readPhrase} from '../glossary/reading.js'
import type {Entry} from '../glossary/types.js'
import type {Problem} from '../core/problem.js'
import type {Article} from '../article/analyze.js'

/** A rule's level: `off` silences it; `warning` and `error` set its severity. */
export type RuleLevel = 'off' | 'warning' | 'error'

/**
 * Rules off unless switched on. `pinyin-differs`: an entry's pinyin and
 * readings are given on purpose (pinyin-pro reads 华为 as huá wèi; the entry
 * says Huáwéi), so comparing them is a check to ask for, not a default.
 */
export const defaultRuleLevels: Readonly<Record<string, RuleLevel>> = {'pinyin-differs': 'off'}

/** Options of `lintGlossary`. */
export interface LintOptions {
  /** Rule levels by rule id, over `defaultRuleLevels`. (default: `{}`) */
  rules?: Readonly<Record<string, RuleLevel>>
  /** Articles to check the glossary's use against. (default: none) */
  articles?: readonly Article[]
  /** File name of a language's glossary file, for problems. (default: `LNG/terms.json`) */
  fileName?: (lang: string) => string
}

/**
 * Lint a loaded glossary.
 *
 * @param glossary the glossary.
 * @param options articles to check its use in, file names for problems.
 * @returns warnings, entries in file order, then articles in order.
 */
export function lintGlossary(glossary: Glossary, options: LintOptions = {}): Problem[] {
  const fileName = options.fileName ?? ((lang: string) => `${lang}/terms.json`)
  const levels = {...defaultRuleLevels, ...options.rules}
  const problems: Problem[] = [
    ...missingGlosses(glossary, fileName),
    // Reading every entry with pinyin-pro is the slow part; skip it when the rule is off.
    ...(levels['pinyin-differs'] === 'off' ? [] : glossary.entries.flatMap((entry) => pinyinProblems(entry, fileName('zh'))))
  ]
  if (options.articles && options.articles.length > 0)
    problems.push(...unusedEntries(glossary, options.articles, fileName('zh')), ...unglossedCandidates(glossary, options.articles))
  return applyRuleLevels(problems, {...defaultRuleLevels, ...options.rules})
}

/**
 * Drop the problems of rules switched off and give the others the severity asked for.
 *
 * @param problems the problems.
 * @param levels rule levels by rule id.
 * @returns the problems kept.
 */
export function applyRuleLevels(problems: readonly Problem[], levels: Readonly<Record<string, RuleLevel>>): Problem[] {
  return problems.flatMap((problem) => {
    const level = levels[problem.rule]
    if (level === 'off') return []
    return level === undefined ? [problem] : [{...problem, severity: level}]
  })
}

/** Entries with no gloss of their own in a language other than English. */
function missingGlosses(glossary: Glossary, fileName: (lang: string) => string): Problem[] {
  const problems: Problem[] = []
  for (const lang of glossary.languages) {
    if (lang === 'en') continue
    for (const entry of glossary.entries) {
      if (glossary.gloss(entry.id, lang)?.lang === lang) continue
      problems.push({
        file: fileName(lang),
        entry: entry.id,
        message: `entry "${entry.id}" has no ${lang} gloss, so ${lang} readers see the English "${glossary.gloss(entry.id)?.gloss ?? entry.id}"; add it to ${lang}/terms.json`,
        rule: 'gloss-language-missing',
        severity: 'warning'
      })
    }
  }
  return problems
}

/**
 * Pinyin compared as letters and tone marks: case, spaces and apostrophes
 * are how a word is written, not how it is read.
 *
 * @param pinyin pinyin with tone marks.
 * @returns the pinyin without case, spaces or apostrophes.
 */
export function comparablePinyin(pinyin: string): string {
  return pinyin
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s'’-]+/g, '')
}

/** The entry's pinyin and readings against pinyin-pro's. */
function pinyinProblems(entry: Entry, file: string): Problem[] {
  const problems: Problem[] = []
  const first = entry.forms.find(hasHan)
  const check = (form: string, given: string, field: string): void => {
    const read = readPhrase(form)
    if (comparablePinyin(read) === comparablePinyin(given)) return
    problems.push({
      file,
      entry: entry.id,
      message: `entry "${entry.id}": ${field} "${given}" of ${form} differs from pinyin-pro's reading "${read}"; check the tones and the reading of polyphonic characters, and keep yours if it is right`,
      rule: 'pinyin-differs',
      severity: 'warning'
    })
  }
  if (first !== undefined && entry.pinyin !== undefined) check(first, entry.pinyin, 'pinyin')
  for (const [form, reading] of Object.entries(entry.readings)) check(form, reading, 'the reading')
  return problems
}

/**
 * Entries that no article uses, in one warning: a glossary kept for many
 * articles has many entries one article does not need, and a line each would
 * bury everything else.
 */
function unusedEntries(glossary: Glossary, articles: readonly Article[], file: string): Problem[] {
  const used = new Set(articles.flatMap((article) => article.occurrences.map((occurrence) => occurrence.id)))
  const unused = glossary.entries.filter((entry) => !used.has(entry.id)).map((entry) => entry.id)
  if (unused.length === 0) return []
  const shown = unused.length > 12 ? `${unused.slice(0, 12).join(', ')} and ${unused.length - 12} more` : unused.join(', ')
  const count = unused.length === 1 ? '1 entry is' : `${unused.length} entries are`
  return [
    {
      file,
      message: `${count} used in none of the ${articles.length} article${articles.length === 1 ? '' : 's'} (${shown}); keep them for future articles or remove them`,
      rule: 'entry-unused',
      severity: 'warning'
    }
  ]
}

/**
 * Candidates of the articles that no entry glosses, each once, at its first
 * place. A model of a known series (昇腾910C) is glossed by its series.
 */
function unglossedCandidates(glossary: Glossary, articles: readonly Article[]): Problem[] {
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const article of articles) {
    for (const candidate of findCandidates(article.mdast, article.markdown, glossary)) {
      if (seen.has(candidate.text) || candidate.reason === 'model') continue
      seen.add(candidate.text)
      problems.push({
        file: article.path,
        line: candidate.line,
        column: candidate.column,
        message: `"${candidate.text}" (${candidate.reason}) is not in the glossary; add an entry if readers need it glossed`,
        rule: 'candidate-unglossed',
        severity: 'warning'
      })
    }
  }
  return problems
}
