/**
 * Remember what a function gives for each text, so that a text read twice
 * (by two outputs of one article, or by the articles of a folder) is read
 * once. Each caller gets its own copy of the list, free to change it; the
 * memory is emptied when it holds 10,000 texts.
 */

/** Texts remembered at most, before the memory is emptied. */
const most = 10_000

/**
 * A function that remembers its answers by text.
 *
 * @param read what to remember.
 * @returns the same function, remembering.
 */
export function rememberByText<T>(read: (text: string) => T[]): (text: string) => T[] {
  const known = new Map<string, readonly T[]>()
  return (text) => {
    let answer = known.get(text)
    if (!answer) {
      answer = read(text)
      if (known.size >= most) known.clear()
      known.set(text, answer)
    }
    return [...answer]
  }
}
