/**
 * Character folding for matching: one UTF-16 code unit in, one out, so that
 * positions in the folded text are positions in the text as written.
 *
 * Folds full-width ASCII to ASCII, Latin capitals to small letters, and
 * traditional Chinese characters (and their Taiwan and Hong Kong variants) to
 * simplified ones, character by character, from OpenCC's tables (read at
 * build time: see fold-source.ts).
 */
import {foldPairs} from './fold-data.js'

let table: Uint16Array | undefined

/**
 * The folding table: index a code unit, read its folded code unit.
 *
 * @returns a table of 65,536 code units, built on first use.
 */
export function foldTable(): Uint16Array {
  table ??= buildTable()
  return table
}

/**
 * Fold a string for matching; the result has the same length.
 *
 * @param text any text.
 * @returns the folded text.
 */
export function fold(text: string): string {
  const folding = foldTable()
  if (text.length <= shortText) {
    let result = ''
    for (let index = 0; index < text.length; index++) result += String.fromCharCode(folding[text.charCodeAt(index)] ?? 0)
    return result
  }
  return foldLong(text, folding)
}

/**
 * A long text (a block or a whole article, for cue words) folded as code units, then made one string:
 * a string grown a character at a time is a chain of a million pieces for the collector to walk.
 */
function foldLong(text: string, folding: Uint16Array): string {
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) codes[index] = folding[text.charCodeAt(index)] ?? 0
  return fromCodes(codes)
}

/**
 * Fold the texts of a block or of a whole article as one string, without
 * joining them first: `fold(parts.join(''))`, one copy of the text instead of three.
 *
 * @param parts the texts, in order.
 * @returns the folded text.
 */
export function foldParts(parts: readonly string[]): string {
  let length = 0
  for (const part of parts) length += part.length
  if (length <= shortText) return fold(parts.join(''))
  const folding = foldTable()
  const codes = new Uint16Array(length)
  let at = 0
  for (const part of parts) {
    for (let index = 0; index < part.length; index++) codes[at++] = folding[part.charCodeAt(index)] ?? 0
  }
  return fromCodes(codes)
}

let decoder: InstanceType<typeof TextDecoder> | null | undefined

/**
 * A string of UTF-16 code units, exactly. The decoder is the fast way; it
 * refuses a lone surrogate (which the text may hold), and then chunks of
 * `String.fromCharCode` keep it. Spreading the chunks into the call went
 * through the array iterator and cost ten times the folding itself.
 */
function fromCodes(codes: Uint16Array): string {
  decoder ??= typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true}) : null
  if (decoder) {
    try {
      return decoder.decode(codes)
    } catch {
      // A lone surrogate: written out below as it is.
    }
  }
  const chunks: string[] = []
  for (let at = 0; at < codes.length; at += chunkSize)
    chunks.push(String.fromCharCode.apply(null, codes.subarray(at, at + chunkSize) as unknown as number[]))
  return chunks.join('')
}

/** Texts up to this length are folded a character at a time (forms, candidates). */
const shortText = 64
/** Code units turned into a string at once (well under the engine's limit on arguments). */
const chunkSize = 4096

/** Identity, then the Chinese pairs, full-width ASCII and the ideographic space, then Latin capitals to small letters. */
function buildTable(): Uint16Array {
  const folding = new Uint16Array(0x10000)
  for (let code = 0; code < folding.length; code++) folding[code] = code
  for (let index = 0; index + 1 < foldPairs.length; index += 2) folding[foldPairs.charCodeAt(index)] = foldPairs.charCodeAt(index + 1)
  for (let code = 0xff01; code <= 0xff5e; code++) folding[code] = code - 0xfee0
  folding[0x3000] = 0x20
  for (let code = 0; code < folding.length; code++) {
    const folded = folding[code] ?? code
    if (folded >= 0x41 && folded <= 0x5a) folding[code] = folded + 0x20
  }
  return folding
}

/**
 * Whether a folded code unit is part of a Latin word or number (a–z, 0–9).
 *
 * @param code a folded code unit.
 * @returns true for ASCII letters and digits.
 */
export function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)
}

/**
 * Whether a code unit is a Han character (or half of one outside the BMP).
 *
 * @param code a code unit.
 * @returns true for CJK ideographs and their surrogates.
 */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd87f)
  )
}
