/**
 * Which text of the article holds the word layer's words, and how the page
 * carries them: one rule for the page that writes them (in Node) and the
 * script that finds them under a click or a key (in the browser).
 *
 * The page has no element per word: it carries the distinct forms once and,
 * for every word in document order, the index of its form as one to three
 * characters. A word's place is counted in Han characters from the start of
 * the article, over the text nodes that this rule reads; a word is a run of
 * Han characters inside one text node, so the count alone finds it.
 */

/** Elements whose text has no words: code, links, readings, what is not shown as text. */
export const wordlessTags: readonly string[] = ['code', 'pre', 'kbd', 'samp', 'a', 'ruby', 'rt', 'rp', 'script', 'style', 'template']

/** The class of the cells of pinyin over all text: a `<ruby>` the page adds, whose text is still the article's. */
export const cellClass = 'zg-py'

/** The digits of the word stream: 0–31 end a number, 32–63 carry five more bits of it. */
const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'

/**
 * Write form indices as the page carries them: five bits a character, so
 * that the 32 most frequent forms take one character and 1,024 take two.
 *
 * @param indices one form index per word, in document order.
 * @returns the stream.
 */
export function encodeWordStream(indices: readonly number[]): string {
  let stream = ''
  for (const index of indices) {
    let rest = index
    while (rest >= 32) {
      stream += digits[32 + (rest & 31)]
      rest = Math.floor(rest / 32)
    }
    stream += digits[rest]
  }
  return stream
}

/**
 * Read the stream back.
 *
 * @param stream what `encodeWordStream` wrote.
 * @returns one form index per word.
 */
export function decodeWordStream(stream: string): number[] {
  const indices: number[] = []
  let value = 0
  let scale = 1
  for (const digit of stream) {
    const bits = digits.indexOf(digit)
    if (bits < 0) continue
    if (bits >= 32) {
      value += (bits - 32) * scale
      scale *= 32
    } else {
      indices.push(value + bits * scale)
      value = 0
      scale = 1
    }
  }
  return indices
}

/**
 * One form as the page carries it: `key`, then where needed a tab and the
 * reading of this occurrence, and a tab and its length in Han characters when
 * that is not the key's.
 *
 * @param key the headword looked up.
 * @param reading the reading in context, or '' when the first entry's is the same.
 * @param length the word's Han characters.
 * @returns the form.
 */
export function writeForm(key: string, reading: string, length: number): string {
  if (length !== [...key].length) return `${key}\t${reading}\t${length}`
  return reading ? `${key}\t${reading}` : key
}

/** A form read back. */
export interface Form {
  key: string
  reading: string
  length: number
}

/**
 * Read a form back.
 *
 * @param form what `writeForm` wrote.
 * @returns its key, reading ('' for the first entry's) and length.
 */
export function readForm(form: string): Form {
  const [key = '', reading = '', length] = form.split('\t')
  return {key, reading, length: length === undefined ? [...key].length : Number(length)}
}

/** One headword as the page embeds it. */
export interface EmbeddedWord {
  /** Entries: [traditional, simplified, pinyin, senses]. */
  e: Array<[string, string, string, readonly string[]]>
  /** Frequency band, 1 (most frequent) to 6. */
  b: number
  /** For a long word, its parts as [written, key]. */
  p?: Array<[string, string]>
}

/** What the page embeds (`#zg-words`): the dictionary's attribution, the words used, and where each occurrence is. */
export interface WordData {
  source: string
  edition: string
  licence: string
  words: Record<string, EmbeddedWord>
  /** The distinct forms met (see `writeForm`), the most frequent first. */
  forms: string[]
  /** One form index per word of the article, in document order (see `encodeWordStream`). */
  stream: string
}
