/**
 * The output formats of `zhgloss build` and the files each one writes.
 * A format is a list of files; a file is rendered from the analyzed article.
 */
import {buildReport} from '../check/report.js'
import type {Glossary} from '../glossary/create.js'
import type {Article} from './article.js'
import {renderReader} from './reader.js'

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
  reader: [{file: 'reader.html', render: (context) => renderReader(context.article, context)}],
  handout: [],
  report: [{file: 'report.json', render: (context) => `${JSON.stringify(buildReport(context.article, context.glossary, context.lang), null, 2)}\n`}],
  vocabulary: []
}
