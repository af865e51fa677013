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

/** Options of `lintGlossary`. */
export interface LintOptions {
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
  const problems: Problem[] = [
    ...missingGlosses(glossary, fileName),
    ...glossary.entries.flatMap((entry) => pinyinProblems(entry, fileName('zh')))
  ]
  if (options.articles && options.articles.length > 0)
    problems.push(...unusedEntries(glossary, options.articles, fileName('zh')), ...unglossedCandidates(glossary, options.articles))
  return problems
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

/** Entries that no article uses. */
function unusedEntries(glossary: Glossary, articles: readonly Article[], file: string): Problem[] {
  const used = new Set(articles.flatMap((article) => article.occurrences.map((occurrence) => occurrence.id)))
  return glossary.entries
    .filter((entry) => !used.has(entry.id))
    .map((entry) => ({
      file,
      entry: entry.id,
      message: `entry "${entry.id}" (${entry.preferred}) is used in none of the ${articles.length} article${articles.length === 1 ? '' : 's'}; keep it for future articles or remove it`,
      rule: 'entry-unused',
      severity: 'warning' as const
    }))
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
