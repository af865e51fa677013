/**
 * An Aho–Corasick automaton over UTF-16 code units: every pattern occurrence
 * in one pass over the text, whatever the number of patterns.
 */

/** An occurrence: the pattern's index and where it ends (exclusive). */
export type OnMatch = (pattern: number, end: number) => void

export interface Automaton {
  /** Pattern lengths, by pattern index. */
  readonly lengths: Int32Array
  /**
   * Report every occurrence of every pattern in the folded text.
   *
   * @param text the text to scan.
   * @param folding the folding table to apply to each code unit.
   * @param onMatch called for each occurrence, in order of end position.
   */
  scan(text: string, folding: Uint16Array, onMatch: OnMatch): void
}

const none = -1

/**
 * Build an automaton for patterns that are already folded.
 *
 * @param patterns the patterns; duplicates are not allowed.
 * @returns the automaton.
 */
export function createAutomaton(patterns: readonly string[]): Automaton {
  // Transitions out of the root are dense (most text starts nothing), the rest sparse.
  const rootEdges = new Int32Array(0x10000).fill(none)
  const edges = createEdgeTable()
  const children: number[][] = [[]]
  const output: number[] = [none]

  const edge = (state: number, code: number): number => (state === 0 ? (rootEdges[code] ?? none) : edges.get(state, code))

  for (const [index, pattern] of patterns.entries()) {
    let state = 0
    for (let position = 0; position < pattern.length; position++) {
      const code = pattern.charCodeAt(position)
      let next = edge(state, code)
      if (next === none) {
        next = output.length
        output.push(none)
        children.push([])
        children[state]?.push(code)
        if (state === 0) rootEdges[code] = next
        else edges.set(state, code, next)
      }
      state = next
    }
    output[state] = index
  }

  const count = output.length
  const fail = new Int32Array(count)
  const outputLink = new Int32Array(count).fill(none)
  const queue = new Int32Array(count)
  let head = 0
  let tail = 0
  for (const code of children[0] ?? []) queue[tail++] = edge(0, code)
  while (head < tail) {
    const state = queue[head++] ?? 0
    for (const code of children[state] ?? []) {
      const child = edge(state, code)
      let back = fail[state] ?? 0
      while (back !== 0 && edge(back, code) === none) back = fail[back] ?? 0
      const target = edge(back, code)
      const failure = target === none || target === child ? 0 : target
      fail[child] = failure
      outputLink[child] = (output[failure] ?? none) === none ? (outputLink[failure] ?? none) : failure
      queue[tail++] = child
    }
  }

  const outputs = Int32Array.from(output)
  const lengths = Int32Array.from(patterns, (pattern) => pattern.length)

  return {
    lengths,
    scan(text, folding, onMatch) {
      let state = 0
      for (let position = 0; position < text.length; position++) {
        const code = folding[text.charCodeAt(position)] ?? 0
        let next = edge(state, code)
        while (next === none && state !== 0) {
          state = fail[state] ?? 0
          next = edge(state, code)
        }
        state = next === none ? 0 : next
        let found = (outputs[state] ?? none) === none ? (outputLink[state] ?? none) : state
        while (found !== none) {
          onMatch(outputs[found] ?? 0, position + 1)
          found = outputLink[found] ?? none
        }
      }
    }
  }
}

/** Sparse transitions: an open-addressing hash table over (state, code) in typed arrays. */
interface EdgeTable {
  get(state: number, code: number): number
  set(state: number, code: number, target: number): void
}

/**
 * Make an empty transition table. A Map keyed by `state * 65536 + code`
 * leaves small integers past 32,768 states and slows every lookup of a
 * large glossary; two typed arrays of keys and one of targets do not.
 *
 * @returns the table, growing as needed.
 */
function createEdgeTable(): EdgeTable {
  let mask = 0x3ff
  let states = new Int32Array(mask + 1).fill(none)
  let codes = new Uint16Array(mask + 1)
  let targets = new Int32Array(mask + 1)
  let size = 0
  const slot = (state: number, code: number): number => {
    let index = (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask
    while ((states[index] ?? none) !== none && (states[index] !== state || codes[index] !== code)) index = (index + 1) & mask
    return index
  }
  const grow = (): void => {
    const [oldStates, oldCodes, oldTargets] = [states, codes, targets]
    mask = mask * 2 + 1
    states = new Int32Array(mask + 1).fill(none)
    codes = new Uint16Array(mask + 1)
    targets = new Int32Array(mask + 1)
    for (let index = 0; index < oldStates.length; index++) {
      const state = oldStates[index] ?? none
      if (state === none) continue
      const to = slot(state, oldCodes[index] ?? 0)
      states[to] = state
      codes[to] = oldCodes[index] ?? 0
      targets[to] = oldTargets[index] ?? 0
    }
  }
  return {
    get(state, code) {
      const index = slot(state, code)
      return states[index] === none ? none : (targets[index] ?? none)
    },
    set(state, code, target) {
      if ((size + 1) * 2 > mask) grow()
      const index = slot(state, code)
      if (states[index] === none) size++
      states[index] = state
      codes[index] = code
      targets[index] = target
    }
  }
}
