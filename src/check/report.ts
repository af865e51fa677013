/**
 * The terminology report of one article: every entry found with its
 * occurrences, and candidates the glossary lacks. `check --format json`
 * prints it; the bilingual checks add findings.
 */
import type {Glossary} from '../glossary/create.js'
import type {Finding} from './rules/finding.js'
import type {Article} from '../article/analyze.js'
import {checkTranslation, type BilingualResult, type NameSources} from './bilingual.js'
import {extractBlocks, type Block} from '../article/blocks.js'
import {findCandidates, type Candidate} from '../article/candidates.js'
import {suppress, type SuppressOptions} from './suppress.js'

export type {IgnoreEntry, RuleSetting, SuppressOptions} from './suppress.js'
export type {NameSources} from './bilingual.js'
export {parseRuleSettings} from './suppress.js'

export type {Place} from '../core/problem.js'
export type {Finding} from './rules/finding.js'

/** One entry found in the article. */
export interface TermReport {
  id: string
  gloss: string
  /** Whether translations keep the term exactly as written. */
  doNotTranslate: boolean
  category: string
  /** Where the entry is written; in a bilingual file, with the segment it is in. */
  occurrences: Array<{text: string; line: number; column: number; model?: string; segment?: string}>
}

/** The report, in the contract's shape. */
export interface Report {
  source: string
  translation?: string
  terms: TermReport[]
  /** Words the glossary lacks; in a bilingual file, with the segment each is in. */
  candidates: Array<Candidate & {segment?: string}>
  findings: Finding[]
}

/**
 * Build the report of an article (no translation).
 *
 * @param article the analyzed article.
 * @param glossary the glossary.
 * @param lang the gloss language. (default: `'en'`)
 * @returns the report, terms in order of first appearance.
 */
export function buildReport(article: Article, glossary: Glossary, lang = 'en'): Report {
  const terms = new Map<string, TermReport>()
  for (const occurrence of article.occurrences) {
    let report = terms.get(occurrence.id)
    if (!report) {
      const gloss = glossary.gloss(occurrence.id, lang)
      report = {
        id: occurrence.id,
        gloss: gloss?.gloss ?? '',
        doNotTranslate: gloss?.doNotTranslate ?? false,
        category: glossary.entry(occurrence.id)?.category ?? '',
        occurrences: []
      }
      terms.set(occurrence.id, report)
    }
    const {text, line, column, model} = occurrence
    report.occurrences.push(model === undefined ? {text, line, column} : {text, line, column, model})
  }
  return {
    source: article.path,
    terms: [...terms.values()],
    candidates: findCandidates(article.mdast, article.markdown, glossary),
    findings: []
  }
}

/** The report and, with a translation, what the bilingual checks worked on. */
export interface CheckResult {
  report: Report
  /** The source's blocks, terms marked, for pages that show the text. */
  blocks: Block[]
  /** The alignment and located findings, with a translation. */
  bilingual?: BilingualResult
}

/**
 * Build the report of an article and, given its translation, run the
 * bilingual checks and add their findings.
 *
 * @param article the analyzed source.
 * @param glossary the glossary.
 * @param options the gloss language (default: `'en'`), the analyzed
 *   translation (default: none), whether blocks pair by order (default: by
 *   content), the dictionary and its outlets for the name rules (in Node.js
 *   `nameSources()`; default: none, and no name rules), rule settings and an
 *   ignore list (default: none).
 * @returns the report, and the alignment behind its findings.
 */
export function buildCheck(
  article: Article,
  glossary: Glossary,
  options: {lang?: string; translation?: Article | undefined; order?: boolean; names?: NameSources | undefined} & SuppressOptions = {}
): CheckResult {
  const lang = options.lang ?? 'en'
  const report = buildReport(article, glossary, lang)
  if (!options.translation) return {report, blocks: extractBlocks(article.mdast, article.markdown)}
  const checked = checkTranslation(article, options.translation, glossary, lang, options.order ?? false, options.names)
  const markdown = {source: article.markdown, target: options.translation.markdown}
  const bilingual = {...checked, findings: suppress(checked.findings, options, markdown)}
  return {
    blocks: bilingual.pairs.flatMap((pair) => (pair.source ? [pair.source] : [])),
    report: {
      source: report.source,
      translation: options.translation.path,
      terms: report.terms,
      candidates: report.candidates,
      findings: bilingual.findings.map((located) => located.finding)
    },
    bilingual
  }
}
