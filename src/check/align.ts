/**
 * Align the blocks of a source and its translation. A translation made block
 * for block aligns one to one; where blocks were dropped, added or merged,
 * the alignment pairs blocks of the same kind in order, preferring pairs
 * that share glossary entries, numbers and model numbers. A block left over
 * beside a pair joins it when that makes the pair share more (two source
 * paragraphs translated as one, or one split in two); the rest stay unpaired.
 */
import type {Block} from '../article/blocks.js'

/** One step of the alignment: a pair, or a block on one side only. */
export interface AlignedPair {
  source?: Block
  target?: Block
  /** Blocks joined into this pair's `source` or `target`, where the translation merged or split blocks. */
  joined?: {side: 'source' | 'target'; parts: Block[]}
}

/** What a block keeps in any language: entries, model numbers, numbers. */
export type AnchorsOf = (block: Block) => ReadonlySet<string>

/**
 * Align two lists of blocks.
 *
 * @param source the source's blocks.
 * @param target the translation's blocks.
 * @param anchors what each side's blocks keep across translation, so that a
 *   block pairs with the one that shares most of it. (default: numbers,
 *   model numbers and acronyms as written)
 * @returns the steps in document order.
 */
export function alignBlocks(
  source: readonly Block[],
  target: readonly Block[],
  anchors: {source?: AnchorsOf; target?: AnchorsOf} = {}
): AlignedPair[] {
  if (source.length === target.length && source.every((block, index) => sameKind(block, target[index]))) {
    return source.map((block, index) => ({source: block, target: target[index]}))
  }
  const rows = source.length + 1
  const columns = target.length + 1
  const score = new Float64Array(rows * columns)
  const sourceAnchors = source.map(anchors.source ?? writtenAnchors)
  const targetAnchors = target.map(anchors.target ?? writtenAnchors)
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
  return joinLeftovers(steps, sourceAnchors, targetAnchors, source, target)
}

/**
 * Join a block left unpaired to the pair beside it, when the joined pair
 * shares a larger part of its anchors than the pair alone.
 */
function joinLeftovers(
  steps: AlignedPair[],
  sourceAnchors: ReadonlyArray<ReadonlySet<string>>,
  targetAnchors: ReadonlyArray<ReadonlySet<string>>,
  source: readonly Block[],
  target: readonly Block[]
): AlignedPair[] {
  const anchors = (block: Block | undefined, side: 'source' | 'target'): ReadonlySet<string> => {
    const list = side === 'source' ? sourceAnchors : targetAnchors
    const blocks = side === 'source' ? source : target
    const index = block ? blocks.indexOf(block) : -1
    return list[index] ?? new Set<string>()
  }
  const result = [...steps]
  for (let index = 0; index < result.length; index++) {
    const step = result[index]
    if (!step || (step.source && step.target)) continue
    const side = step.source ? 'source' : 'target'
    const other = side === 'source' ? 'target' : 'source'
    const leftover = step[side]
    if (!leftover) continue
    const leftoverAnchors = anchors(leftover, side)
    if (leftoverAnchors.size === 0) continue
    let best: {at: number; gain: number} | undefined
    for (const at of [index - 1, index + 1]) {
      const pair = result[at]
      const mine = pair?.[side]
      const theirs = pair?.[other]
      if (!pair || !mine || !theirs || mine.kind !== leftover.kind || pair.joined) continue
      const alone = similarity(anchors(mine, side), anchors(theirs, other))
      const together = similarity(new Set([...anchors(mine, side), ...leftoverAnchors]), anchors(theirs, other))
      if (together > alone && (!best || together - alone > best.gain)) best = {at, gain: together - alone}
    }
    const pair = best ? result[best.at] : undefined
    const mine = pair?.[side]
    if (!best || !pair || !mine) continue
    const parts = best.at < index ? [mine, leftover] : [leftover, mine]
    const [first, second] = parts
    if (!first || !second) continue
    result[best.at] = {...pair, [side]: joinBlocks(first, second), joined: {side, parts}}
    result.splice(index, 1)
    index--
  }
  return result
}

/** The share of anchors two sides have in common. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const anchor of a) if (b.has(anchor)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * One block made of two consecutive ones, text joined by a space, places
 * kept: what the rules check when the translation merged or split blocks.
 *
 * @param first the earlier block.
 * @param second the later block.
 * @returns the joined block.
 */
export function joinBlocks(first: Block, second: Block): Block {
  const shift = first.text.length + 1
  return {
    index: first.index,
    kind: first.kind,
    level: first.level,
    text: `${first.text} ${second.text}`,
    terms: [...first.terms, ...second.terms.map((term) => ({...term, start: term.start + shift, end: term.end + shift}))],
    place: (offset) => (offset < shift ? first.place(offset) : second.place(offset - shift))
  }
}

/** Blocks of one kind (and heading depth) may pair. */
function sameKind(a: Block | undefined, b: Block | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind === b.kind && (a.kind !== 'heading' || a.level === b.level)
}

/** How good a pair is: 0 when the kinds differ, more when they share anchors. */
function pairScore(
  a: Block | undefined,
  b: Block | undefined,
  anchorsA: ReadonlySet<string> | undefined,
  anchorsB: ReadonlySet<string> | undefined
): number {
  if (!a || !b || a.kind !== b.kind) return 0
  let shared = 0
  for (const anchor of anchorsA ?? []) if (anchorsB?.has(anchor)) shared++
  const union = (anchorsA?.size ?? 0) + (anchorsB?.size ?? 0) - shared
  const depth = a.kind === 'heading' && a.level !== b.level ? 0.5 : 1
  return depth + (union === 0 ? 0.5 : shared / union)
}

/** Numbers, model numbers and acronyms as written: what survives translation unchanged. */
function writtenAnchors(block: Block): Set<string> {
  const tokens = block.text.match(/[A-Za-z0-9]+/g) ?? []
  return new Set(tokens.filter((token) => /\d/.test(token) || /^[A-Z][A-Za-z]*[A-Z]/.test(token)).map((token) => token.toLowerCase()))
}
