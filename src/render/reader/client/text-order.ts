/**
 * Which text of the article carries pinyin over all text, in what order: one
 * rule for the page that writes the readings (in Node) and the script that
 * puts them over the characters (in the browser). Text inside these elements,
 * or inside anything marked `data-added`, has no reading of its own.
 */

/** Elements whose text gets no pinyin: code, readings, and what is not shown as text. */
export const unreadTags: readonly string[] = ['code', 'pre', 'kbd', 'samp', 'rt', 'rp', 'script', 'style', 'template']

/** One Han character (the ideographic zero and iteration mark are Han too). */
export const hanCharacter = /[\p{Script=Han}〇々]/u

/** The id of the element that carries the readings (see `encodeReadings`). */
export const readingsId = 'zg-readings'

/** The digits of the compact readings: each character's syllable is two of them, an index into the syllable table. */
const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'

/**
 * Write one syllable per character compactly: the distinct syllables once,
 * separated by spaces, a newline, then two digits per character (an index
 * into them), so that a long article's readings weigh about two bytes a character.
 *
 * @param syllables one syllable per Han character, in document order.
 * @returns the encoded readings.
 */
export function encodeReadings(syllables: readonly string[]): string {
  const table = [...new Set(syllables)]
  const index = new Map(table.map((syllable, i) => [syllable, i]))
  const codes = syllables.map((syllable) => {
    const at = index.get(syllable) ?? 0
    return `${digits[Math.floor(at / 64) % 64]}${digits[at % 64]}`
  })
  return `${table.join(' ')}\n${codes.join('')}`
}

/**
 * Read the compact readings back.
 *
 * @param encoded what `encodeReadings` wrote.
 * @returns one syllable per Han character, in document order.
 */
export function decodeReadings(encoded: string): string[] {
  const newline = encoded.indexOf('\n')
  const table = encoded.slice(0, newline).split(' ')
  const codes = encoded.slice(newline + 1)
  const syllables: string[] = []
  for (let i = 0; i + 1 < codes.length; i += 2) {
    syllables.push(table[digits.indexOf(codes[i] ?? '') * 64 + digits.indexOf(codes[i + 1] ?? '')] ?? '')
  }
  return syllables
}
