/**
 * Check the segment pairs of a translator's file (XLIFF, TMX, a bilingual
 * table): each segment becomes a paragraph of a source and a translation
 * paired by order, the checks run as on Markdown, and each finding is placed
 * back in the file at its segment, with the segment's id.
 */
import type {Glossary} from '../glossary/create.js'
import {createPlacer} from '../core/problem.js'
import {analyzeArticle} from '../article/analyze.js'
import {buildCheck, type CheckResult, type NameSources} from './report.js'
import type {SuppressOptions} from './suppress.js'
import {fileOffset, type SegmentPair, type SegmentText} from './inputs/segment.js'
import {readTable} from './inputs/table.js'
import {readTmx} from './inputs/tmx.js'
import {readXliff} from './inputs/xliff.js'

export {SegmentFileError} from './inputs/segment.js'
export type {SegmentPair} from './inputs/segment.js'

/** The kinds of bilingual file, by extension. */
export type SegmentFormat = 'xliff' | 'tmx' | 'tsv' | 'csv'

/**
 * The kind of bilingual file a path names, if any.
 *
 * @param path a file name.
 * @returns its format, or undefined for Markdown and anything else.
 */
export function segmentFormatOf(path: string): SegmentFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase()
  if (extension === 'xlf' || extension === 'xliff' || extension === 'sdlxliff' || extension === 'mqxliff') return 'xliff'
  if (extension === 'tmx') return 'tmx'
  if (extension === 'tsv' || extension === 'tab') return 'tsv'
  if (extension === 'csv') return 'csv'
  return undefined
}

/**
 * Read the segment pairs of a bilingual file.
 *
 * @param text the file.
 * @param format its kind.
 * @param lang the translation's language, for TMX. (default: the first other language)
 * @returns the pairs.
 */
export function readSegments(text: string, format: SegmentFormat, lang?: string): SegmentPair[] {
  if (format === 'xliff') return readXliff(text)
  if (format === 'tmx') return readTmx(text, lang)
  return readTable(text, format === 'tsv' ? '\t' : ',')
}

/** A side of the segments as Markdown, one paragraph each, and where each generated character came from. */
function toMarkdown(sides: readonly SegmentText[]): {markdown: string; origins: number[][]} {
  const origins: number[][] = []
  const lines = sides.map((side) => {
    let line = ''
    const origin: number[] = []
    // 1. at the start of a segment would make a list.
    const list = /^\s*\d{1,9}(?=[.)])/.exec(side.text)
    const listMark = list ? list[0].length : -1
    for (let index = 0; index < side.text.length; index++) {
      const char = side.text[index] ?? ''
      // Only what Markdown would read as markup is escaped, so that most text stays verbatim and findings keep their columns.
      const leading = (line.trim() === '' && /[#>+\-=]/.test(char)) || index === listMark
      const written = /[\r\n\t]/.test(char) ? ' ' : leading || /[\\`*_[\]<&~|]/.test(char) ? `\\${char}` : char
      for (let count = 0; count < written.length; count++) origin.push(index)
      line += written
    }
    origins.push(origin)
    // An empty segment still takes its paragraph, so that segments stay paired by order.
    return line.trim() === '' ? '\u00a0' : line
  })
  return {markdown: `${lines.join('\n\n')}\n`, origins}
}

/**
 * Check a bilingual file.
 *
 * @param text the file.
 * @param path its name, for the report.
 * @param glossary the glossary.
 * @param options its format, the translation's language, the name rules' sources (`nameSources()`), rule settings and ignore list.
 * @returns the report, findings placed in the file with their segment ids.
 */
export async function checkSegments(
  text: string,
  path: string,
  glossary: Glossary,
  options: {format: SegmentFormat; lang?: string; names?: NameSources} & SuppressOptions
): Promise<CheckResult> {
  const pairs = readSegments(text, options.format, options.lang).filter((pair) => pair.source.text.trim() !== '')
  const source = toMarkdown(pairs.map((pair) => pair.source))
  const target = toMarkdown(pairs.map((pair) => pair.target))
  const article = await analyzeArticle(source.markdown, {glossary, path})
  const translation = await analyzeArticle(target.markdown, {glossary, path})
  const result = buildCheck(article, glossary, {...options, translation, order: true})
  const place = createPlacer(text)
  /** A place in the generated Markdown as a place in the file. */
  const back = (at: {line: number; column: number} | undefined, side: 'source' | 'target'): {line: number; column: number} | undefined => {
    if (!at) return undefined
    const index = Math.floor((at.line - 1) / 2)
    const pair = pairs[index]
    const origin = (side === 'source' ? source : target).origins[index] ?? []
    if (!pair) return at
    const offset = fileOffset(pair[side], origin[codeUnits(side === 'source' ? source.markdown : target.markdown, at)] ?? 0)
    return offset === undefined ? at : place(offset)
  }
  const findings = result.report.findings.map((finding) => {
    const segment = pairs[Math.floor((((finding.source ?? finding.target)?.line ?? 1) - 1) / 2)]
    const sourcePlace = back(finding.source, 'source')
    const targetPlace = back(finding.target, 'target')
    return {
      ...finding,
      ...(segment ? {segment: segment.id} : {}),
      ...(sourcePlace ? {source: sourcePlace} : {}),
      ...(targetPlace ? {target: targetPlace} : {})
    }
  })
  // Terms and candidates were found in the generated source: they too are placed in the file, by segment.
  const inFile = <T extends {line: number; column: number}>(at: T): T & {segment?: string} => {
    const segment = pairs[Math.floor((at.line - 1) / 2)]
    return {...at, ...back(at, 'source'), ...(segment ? {segment: segment.id} : {})}
  }
  const terms = result.report.terms.map((term) => ({...term, occurrences: term.occurrences.map(inFile)}))
  const candidates = result.report.candidates.map(inFile)
  return {...result, report: {...result.report, source: path, translation: path, terms, candidates, findings}}
}

/** The UTF-16 offset within its line of a 1-based line and column in code points. */
function codeUnits(markdown: string, at: {line: number; column: number}): number {
  const line = markdown.split('\n')[at.line - 1] ?? ''
  return [...line].slice(0, at.column - 1).join('').length
}
