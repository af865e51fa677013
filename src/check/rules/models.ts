/**
 * `model-mismatch`: model numbers (H20, H200, 910C, A100) of a source block
 * and its translation must match one to one.
 */
import {makeFinding, type LocatedFinding} from './located.js'
import {findModels, type ModelToken} from '../quantities/models.js'
import {quote, type PairContext} from './context.js'

/**
 * Compare the model numbers of a pair.
 *
 * @param pair the aligned blocks.
 * @returns the findings.
 */
export function checkModels(pair: PairContext): LocatedFinding[] {
  const sourceModels = findModels(pair.source.text)
  const targetModels = findModels(pair.target.text)
  const sourceKeys = new Set(sourceModels.map((token) => token.key))
  const targetKeys = new Set(targetModels.map((token) => token.key))
  // MH370 for 马航370: the digits are kept, the letters are the translation's.
  const lost = firstOfEach(
    sourceModels.filter((token) => !targetKeys.has(token.key) && !digitsKept(token, targetModels.length, pair.target.text))
  )
  const added = firstOfEach(
    targetModels.filter((token) => !sourceKeys.has(token.key) && !digitsKept(token, sourceModels.length, pair.source.text))
  )
  const findings: LocatedFinding[] = []
  const pairs = Math.max(lost.length, added.length)
  for (let index = 0; index < pairs; index++) {
    const was = lost[index]
    const now = added[index]
    const source = was ? {block: pair.source, start: was.start, end: was.end} : {block: pair.source, start: 0, end: 0}
    const target = now ? {block: pair.target, start: now.start, end: now.end} : {block: pair.target, start: 0, end: 0}
    const message =
      was && now
        ? `the source has model ${quote(was.text)} where the translation has ${quote(now.text)}: write ${quote(was.text)}`
        : was
          ? `model ${quote(was.text)} of the source is missing from the translated block${targetModels.length > 0 ? `, which has ${[...new Set(targetModels.map((token) => quote(token.text)))].join(', ')}` : ''}: write ${quote(was.text)}`
          : `model ${quote(now?.text ?? '')} in the translation is not in the source block: check the model number`
    const term = was ? pair.source.terms.find((item) => item.start <= was.start && item.end >= was.end) : undefined
    findings.push(makeFinding({rule: 'model-mismatch', severity: 'error', ...(term ? {term: term.id} : {}), source, target, message}))
  }
  return findings
}

/**
 * Whether a model's digits stand in the other text as a plain number, where
 * that text has no model of its own to put in its place.
 */
function digitsKept(token: ModelToken, otherModels: number, other: string): boolean {
  const digits = /\d+/.exec(token.text)?.[0]
  return otherModels === 0 && digits !== undefined && new RegExp(`(?<![A-Za-z0-9][-\\s]?)${digits}(?![0-9])`).test(other)
}

/** One token per key, the first. */
function firstOfEach(tokens: readonly ModelToken[]): ModelToken[] {
  const seen = new Set<string>()
  return tokens.filter((token) => !seen.has(token.key) && seen.add(token.key))
}
