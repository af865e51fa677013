/**
 * Findings as the checks make them: the contract's finding plus the ranges
 * of text it is about, so that the html report can mark the words.
 */
import type {Severity} from '../../core/problem.js'
import type {Block} from '../../article/blocks.js'
import type {Finding} from './finding.js'

/** A range of a block's text. */
export interface Range {
  block: Block
  /** UTF-16 offsets in `block.text`, `end` exclusive. */
  start: number
  end: number
}

/** A finding and the words it is about. */
export interface LocatedFinding {
  finding: Finding
  source?: Range
  target?: Range
}

/** What a finding says. */
export interface FindingSpec {
  rule: string
  severity: Severity
  message: string
  term?: string
  source?: Range
  target?: Range
}

/**
 * Make a finding, its places taken from its ranges.
 *
 * @param spec the rule, severity, message, entry and ranges.
 * @returns the located finding.
 */
export function makeFinding(spec: FindingSpec): LocatedFinding {
  const finding: Finding = {
    rule: spec.rule,
    severity: spec.severity,
    ...(spec.term === undefined ? {} : {term: spec.term}),
    ...(spec.source ? {source: spec.source.block.place(spec.source.start)} : {}),
    ...(spec.target ? {target: spec.target.block.place(spec.target.start)} : {}),
    message: spec.message
  }
  const located: LocatedFinding = {finding}
  if (spec.source) located.source = spec.source
  if (spec.target) located.target = spec.target
  return located
}

/**
 * The whole of a block as a range.
 *
 * @param block the block.
 * @returns a range from its start (empty, so that only the place is marked).
 */
export function blockStart(block: Block): Range {
  return {block, start: 0, end: 0}
}

/**
 * Where in a translated block a piece of the source is expected: the start
 * of the sentence at the same relative place (sentences in order, as
 * translations keep them), so that a missing word is shown in its sentence,
 * not at the start of a long paragraph.
 *
 * @param target the translated block.
 * @param source the source block.
 * @param offset where the piece is in the source block.
 * @returns an empty range at the start of that sentence.
 */
export function expectedAt(target: Block, source: Block, offset: number): Range {
  const sourceStarts = sentenceStarts(source.text, /[。！？!?；]+/g)
  const targetStarts = sentenceStarts(target.text, /[.!?;]+(?=\s+["“‘(]?[A-Z0-9])/g)
  let index = 0
  while (index + 1 < sourceStarts.length && (sourceStarts[index + 1] ?? Number.POSITIVE_INFINITY) <= offset) index++
  // Same number of sentences: the same one; otherwise the one at the same share of the block.
  const at =
    sourceStarts.length === targetStarts.length
      ? index
      : Math.min(targetStarts.length - 1, Math.floor(((sourceStarts[index] ?? 0) / Math.max(1, source.text.length)) * targetStarts.length))
  const start = targetStarts[at] ?? 0
  return {block: target, start, end: start}
}

/** Offsets where the sentences of a text start, after leading space. */
function sentenceStarts(text: string, ends: RegExp): number[] {
  const starts = [0]
  for (const match of text.matchAll(ends)) {
    let next = match.index + match[0].length
    while (/[\s”’"」』）)]/.test(text[next] ?? '')) next++
    if (next < text.length) starts.push(next)
  }
  return starts
}
