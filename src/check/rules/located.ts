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
