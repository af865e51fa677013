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
  const edges = new Map<number, number>()
  const children: number[][] = [[]]
  const output: number[] = [none]

  const edge = (state: number, code: number): number =>
    state === 0 ? (rootEdges[code] ?? none) : (edges.get(state * 0x10000 + code) ?? none)

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
        else edges.set(state * 0x10000 + code, next)
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
