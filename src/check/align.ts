/**
 * Align the blocks of a source and its translation by content, so that a
 * dropped, added, merged or split block is reported where it is and the
 * rest stay paired.
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

/** A step of the dynamic programme: how many blocks each side takes. */
type Move = readonly [number, number]

/** 1-1, dropped, added, merged and split, as Gale and Church allow them. */
const moves: readonly Move[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2]
]

/** The cost of each kind of move before lengths and anchors are weighed (-log of its prior). */
const movePrior = new Map<string, number>([
  ['1,1', -Math.log(0.89)],
  ['1,0', -Math.log(0.0099)],
  ['0,1', -Math.log(0.0099)],
  ['2,1', -Math.log(0.089 / 2)],
  ['1,2', -Math.log(0.089 / 2)]
])

/**
 * Align two lists of blocks by content: a Gale–Church dynamic programme
 * over block lengths (a translation's length is about a fixed multiple of
 * its source's), sharpened by anchors (numbers, model numbers, glossary
 * entries), and blocks pair only with blocks of their kind. A dropped or
 * added block is left on its own where it is, the rest stay paired, even
 * where both sides happen to have as many blocks.
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
  const left = sideOf(source, source.map(anchors.source ?? writtenAnchors))
  const right = sideOf(target, target.map(anchors.target ?? writtenAnchors))
  const first = programme(left, right, lengthOf(target) / Math.max(1, lengthOf(source)))
  // A dropped block skews the whole-document ratio; the pairs found give a better one.
  const ratios = first
    .filter((step) => step.source && step.target && !step.joined)
    .map((step) => lengthOf(step.target ? [step.target] : []) / Math.max(1, lengthOf(step.source ? [step.source] : [])))
    .sort((a, b) => a - b)
  const median = ratios[Math.floor(ratios.length / 2)]
  return ratios.length >= 2 && median !== undefined ? programme(left, right, median) : first
}

/** One side's blocks with what every cell of the programme asks of them, worked out once. */
interface Side {
  blocks: readonly Block[]
  /** Each block's length (see `lengthOf`). */
  lengths: readonly number[]
  /** Each block's kind, with a heading's level: blocks pair only with blocks of the same. */
  kinds: readonly string[]
  /** The anchors of every span a move takes: `spans[length][first]`. */
  spans: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>
}

/** A side of the alignment, measured. */
function sideOf(blocks: readonly Block[], anchors: ReadonlyArray<ReadonlySet<string>>): Side {
  return {
    blocks,
    lengths: blocks.map((block) => lengthOf([block])),
    kinds: blocks.map((block) => (block.kind === 'heading' ? `heading ${block.level}` : block.kind)),
    spans: spanUnions(anchors)
  }
}

/** The prior of each move, in the order of `moves`. */
const priors = moves.map(([di, dj]) => movePrior.get(`${di},${dj}`) ?? 10)

/** One run of the dynamic programme with a given length ratio. */
function programme(source: Side, target: Side, ratio: number): AlignedPair[] {
  const rows = source.blocks.length
  const columns = target.blocks.length + 1
  const cost = new Float64Array((rows + 1) * columns).fill(Number.POSITIVE_INFINITY)
  const back = new Int8Array((rows + 1) * columns).fill(-1)
  cost[0] = 0
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j < columns; j++) {
      const here = cost[i * columns + j] ?? Number.POSITIVE_INFINITY
      if (!Number.isFinite(here)) continue
      for (let move = 0; move < moves.length; move++) {
        const [di, dj] = moves[move] ?? [1, 1]
        if (i + di > rows || j + dj >= columns) continue
        const step = moveCost(source, target, i, j, move, ratio)
        const at = (i + di) * columns + j + dj
        if (here + step < (cost[at] ?? Number.POSITIVE_INFINITY)) {
          cost[at] = here + step
          back[at] = move
        }
      }
    }
  }
  return stepsOf(back, columns, source.blocks, target.blocks)
}

/** Walk the programme back from the end into steps. */
function stepsOf(back: Int8Array, columns: number, source: readonly Block[], target: readonly Block[]): AlignedPair[] {
  const steps: AlignedPair[] = []
  let i = source.length
  let j = target.length
  while (i > 0 || j > 0) {
    const [di, dj] = moves[back[i * columns + j] ?? 0] ?? [1, 1]
    const left = source.slice(i - di, i)
    const right = target.slice(j - dj, j)
    const [a, b] = left
    const [c, d] = right
    if (a && b && c) steps.push({source: joinBlocks(a, b), target: c, joined: {side: 'source', parts: [a, b]}})
    else if (a && c && d) steps.push({source: a, target: joinBlocks(c, d), joined: {side: 'target', parts: [c, d]}})
    else steps.push({...(a ? {source: a} : {}), ...(c ? {target: c} : {})})
    i -= di
    j -= dj
  }
  return steps.reverse()
}

/**
 * The cost of one move from cell (i, j): its prior, how far the lengths are
 * from the document's ratio, and what the anchors of both sides say.
 */
function moveCost(source: Side, target: Side, i: number, j: number, move: number, ratio: number): number {
  const [di, dj] = moves[move] ?? [1, 1]
  const prior = priors[move] ?? 10
  if (di === 0 || dj === 0) return prior
  const kind = source.kinds[i]
  let sourceLength = 0
  for (let k = i; k < i + di; k++) {
    if (source.kinds[k] !== kind) return Number.POSITIVE_INFINITY
    sourceLength += source.lengths[k] ?? 0
  }
  let targetLength = 0
  for (let k = j; k < j + dj; k++) {
    if (target.kinds[k] !== kind) return Number.POSITIVE_INFINITY
    targetLength += target.lengths[k] ?? 0
  }
  // Gale and Church: the length difference, scaled by its expected spread, as a normal deviate.
  const delta = (targetLength - sourceLength * ratio) / Math.sqrt((sourceLength + 1) * ratio * 25)
  const lengthCost = -Math.log(Math.max(1e-12, 2 * (1 - normal(Math.abs(delta)))))
  // Each anchor both sides keep speaks for the pairing; one only one side has speaks against it, and
  // strongly against a merge or split, which must be earned by what the extra block shares.
  const a = source.spans[di]?.[i] ?? empty
  const b = target.spans[dj]?.[j] ?? empty
  const shared = sharedCount(a, b)
  const unmatched = a.size + b.size - 2 * shared
  const anchorCost = -4 * shared + (di + dj > 2 ? 3 : 0.5) * unmatched
  return prior + lengthCost + anchorCost
}

/** The cumulative standard normal distribution (Abramowitz and Stegun 26.2.17). */
function normal(z: number): number {
  const t = 1 / (1 + 0.2316419 * z)
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return 1 - tail
}

/** The letters and characters of some blocks, spaces left out. */
function lengthOf(blocks: readonly Block[]): number {
  return blocks.reduce((total, block) => total + block.text.replace(/\s+/g, '').length, 0)
}

/** No anchors. */
const empty: ReadonlySet<string> = new Set()

/** The longest span of blocks a move takes on one side. */
const longestMove = Math.max(...moves.flat())

/**
 * The anchors of each span of consecutive blocks a move can take: by span
 * length, then by first block.
 *
 * @param anchors each block's anchors.
 * @returns `spans[length][first]`, the union of blocks first to first + length - 1.
 */
function spanUnions(anchors: ReadonlyArray<ReadonlySet<string>>): ReadonlyArray<ReadonlyArray<ReadonlySet<string>>> {
  const spans: Array<ReadonlyArray<ReadonlySet<string>>> = [[]]
  for (let length = 1; length <= longestMove; length++) {
    spans.push(anchors.map((_, first) => new Set(anchors.slice(first, first + length).flatMap((set) => [...set]))))
  }
  return spans
}

/** How many anchors two sides have in common. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const anchor of a) if (b.has(anchor)) shared++
  return shared
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

/** Numbers, model numbers and acronyms as written: what survives translation unchanged. */
function writtenAnchors(block: Block): Set<string> {
  const tokens = block.text.match(/[A-Za-z0-9]+/g) ?? []
  return new Set(tokens.filter((token) => /\d/.test(token) || /^[A-Z][A-Za-z]*[A-Z]/.test(token)).map((token) => token.toLowerCase()))
}
