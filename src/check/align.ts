/**
 * Align the blocks of a source and its translation. A translation made block
 * for block aligns one to one; where blocks were dropped, added or merged,
 * the alignment pairs blocks of the same kind in order, preferring pairs
 * that share Latin tokens and numbers, and leaves the rest unpaired.
 */
import type {Block} from './blocks.js'

/** One step of the alignment: a pair, or a block on one side only. */
export interface AlignedPair {
  source?: Block
  target?: Block
}

/**
 * Align two lists of blocks.
 *
 * @param source the source's blocks.
 * @param target the translation's blocks.
 * @param targetTerms the entries whose renderings a translated block has, so
 *   that a block pairs with the one that renders its terms. (default: none)
 * @returns the steps in document order.
 */
export function alignBlocks(source: readonly Block[], target: readonly Block[], targetTerms: (block: Block) => readonly string[] = () => []): AlignedPair[] {
  if (source.length === target.length && source.every((block, index) => sameKind(block, target[index]))) {
    return source.map((block, index) => ({source: block, target: target[index]}))
  }
  const rows = source.length + 1
  const columns = target.length + 1
  const score = new Float64Array(rows * columns)
  const sourceAnchors = source.map((block) => anchorsOf(block, block.terms.map((term) => term.id)))
  const targetAnchors = target.map((block) => anchorsOf(block, targetTerms(block)))
  for (let i = source.length - 1; i >= 0; i--) {
    for (let j = target.length - 1; j >= 0; j--) {
      const skip = Math.max(score[(i + 1) * columns + j] ?? 0, score[i * columns + j + 1] ?? 0)
      const pair = pairScore(source[i], target[j], sourceAnchors[i], targetAnchors[j])
      const take = pair > 0 ? pair + (score[(i + 1) * columns + j + 1] ?? 0) : 0
      score[i * columns + j] = Math.max(skip, take)
    }
  }
  const steps: AlignedPair[] = []
  let i = 0
  let j = 0
  while (i < source.length || j < target.length) {
    const here = score[i * columns + j] ?? 0
    const pair = i < source.length && j < target.length ? pairScore(source[i], target[j], sourceAnchors[i], targetAnchors[j]) : 0
    if (pair > 0 && Math.abs(here - (pair + (score[(i + 1) * columns + j + 1] ?? 0))) < 1e-9) {
      steps.push({source: source[i], target: target[j]})
      i++
      j++
    } else if (j >= target.length || (i < source.length && (score[(i + 1) * columns + j] ?? 0) >= (score[i * columns + j + 1] ?? 0))) {
      steps.push({source: source[i]})
      i++
    } else {
      steps.push({target: target[j]})
      j++
    }
  }
  return steps
}

/** Blocks of one kind (and heading depth) may pair. */
function sameKind(a: Block | undefined, b: Block | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind === b.kind && (a.kind !== 'heading' || a.level === b.level)
}

/** How good a pair is: 0 when the kinds differ, more when they share anchors. */
function pairScore(a: Block | undefined, b: Block | undefined, anchorsA: ReadonlySet<string> | undefined, anchorsB: ReadonlySet<string> | undefined): number {
  if (!a || !b || a.kind !== b.kind) return 0
  let shared = 0
  for (const anchor of anchorsA ?? []) if (anchorsB?.has(anchor)) shared++
  const union = (anchorsA?.size ?? 0) + (anchorsB?.size ?? 0) - shared
  const depth = a.kind === 'heading' && a.level !== b.level ? 0.5 : 1
  return depth + (union === 0 ? 0.5 : shared / union)
}

/** Glossary entries, numbers, model numbers and acronyms: what survives translation. */
function anchorsOf(block: Block, terms: readonly string[]): Set<string> {
  const tokens = block.text.match(/[A-Za-z0-9]+/g) ?? []
  const kept = tokens.filter((token) => /\d/.test(token) || /^[A-Z][A-Za-z]*[A-Z]/.test(token)).map((token) => token.toLowerCase())
  return new Set([...kept, ...terms.map((id) => `term:${id}`)])
}
