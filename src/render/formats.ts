/**
 * The output formats of `zhgloss build` and the files each one writes.
 * A format is a list of files; a file is rendered from the analyzed article.
 */
import {renderCheckPage} from './report/html.js'
import type {NameSources} from '../check/bilingual.js'
import {buildCheck, type CheckResult} from '../check/report.js'
import type {Glossary} from '../glossary/create.js'
import type {Article} from '../article/analyze.js'
import {renderHandout} from './handout/page.js'
import type {HandoutSettings} from './handout/settings.js'
import {renderReaderBytes} from './reader/page.js'
import {renderVocabularyCsv, renderVocabularyTsv} from './vocabulary.js'
import type {Dictionary} from '../dictionary/types.js'

/** What rendering one article's outputs needs. */
export interface OutputContext {
  /** The article's name (file name without `.md`). */
  name: string
  article: Article
  /** The translation into the gloss language, where `NAME.LNG.md` exists. */
  translation?: Article
  glossary: Glossary
  /** Gloss language. */
  lang: string
  /** Interface language. */
  ui: string
  /** Settings of the handout (density, pinyin, bilingual, paper). (default: the handout's defaults) */
  handout?: HandoutSettings
  /** The dictionary for the reader's word layer. (default: none, no word layer) */
  dictionary?: Dictionary
  /** What the name rules of the bilingual check read (in Node.js, `nameSources()`). (default: none, no name rules) */
  names?: NameSources
}

/** One file of a format. */
export interface OutputFile {
  /** File name inside `OUT/NAME/`. */
  file: string
  /**
   * Render the file.
   *
   * @param context the article and settings.
   * @returns the file's content.
   */
  render(context: OutputContext): string | Uint8Array | Promise<string | Uint8Array>
}

export const formatNames = ['reader', 'handout', 'report', 'vocabulary'] as const

export type FormatName = (typeof formatNames)[number]

/** Every format and its files. */
export const formats: Record<FormatName, readonly OutputFile[]> = {
  reader: [{file: 'reader.html', render: (context) => renderReaderBytes(context.article, context)}],
  handout: [
    {
      file: 'handout.html',
      render: (context) =>
        renderHandout(context.article, {
          ...context.handout,
          glossary: context.glossary,
          lang: context.lang,
          ui: context.ui,
          ...(context.translation ? {translation: context.translation} : {})
        })
    }
  ],
  report: [
    {file: 'report.html', render: (context) => renderCheckPage(checkOf(context), {lang: context.lang, ui: context.ui})},
    {file: 'report.json', render: (context) => `${JSON.stringify(checkOf(context).report, null, 2)}\n`}
  ],
  vocabulary: [
    {file: 'vocabulary.tsv', render: (context) => renderVocabularyTsv(context.article, context)},
    {file: 'vocabulary.csv', render: (context) => renderVocabularyCsv(context.article, context)}
  ]
}

/** Each context's check, so that report.html and report.json share one run of the bilingual checks. */
const checks = new WeakMap<OutputContext, CheckResult>()

/**
 * The terminology report of an article, with the bilingual checks where its
 * translation exists: computed once per context, whatever the number of files that show it.
 *
 * @param context the article and settings.
 * @returns the check's result.
 */
export function checkOf(context: OutputContext): CheckResult {
  const known = checks.get(context)
  if (known) return known
  const result = buildCheck(context.article, context.glossary, {
    lang: context.lang,
    translation: context.translation,
    ...(context.names ? {names: context.names} : {})
  })
  checks.set(context, result)
  return result
}
