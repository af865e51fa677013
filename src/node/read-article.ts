/**
 * Read an article from disk: UTF-8 (a byte order mark is dropped), or the
 * legacy Chinese encodings on request. Anything else is refused with a
 * message that says what the file looks like and what to do.
 */
import {readFile} from 'node:fs/promises'
import {ZhglossError} from '../core/problem.js'

export type Encoding = 'utf-8' | 'gb18030' | 'big5'

/**
 * Read and decode an article.
 *
 * @param path the file.
 * @param encoding its encoding. (default: `'utf-8'`)
 * @returns the text, without a byte order mark.
 * @throws ZhglossError when the file is missing, empty, binary or not in the encoding.
 */
export async function readArticle(path: string, encoding: Encoding = 'utf-8'): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw unreadable(path, describeFsError(error))
  }
  return decodeArticle(bytes, path, encoding)
}

/**
 * Decode the bytes of an article.
 *
 * @param bytes the file's content.
 * @param path the file, for messages.
 * @param encoding the expected encoding.
 * @returns the text.
 * @throws ZhglossError as `readArticle`.
 */
export function decodeArticle(bytes: Uint8Array, path: string, encoding: Encoding = 'utf-8'): string {
  if (bytes.length === 0 || (/^\s*$/.test(new TextDecoder('utf-8').decode(bytes.subarray(0, 4096))) && bytes.length <= 4096)) {
    throw unreadable(path, 'the article is empty; write some Markdown in it or leave it out of the build', 'article-empty')
  }
  if (isUtf16(bytes))
    throw unreadable(path, 'the article is UTF-16 (as some editors save "Unicode" text); save it again as UTF-8', 'article-encoding')
  if (looksBinary(bytes)) throw unreadable(path, 'this is a binary file, not a Markdown article; pass only .md files', 'article-binary')
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes)
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    const guess = guessLegacyEncoding(bytes)
    const hint = guess
      ? `it looks like ${guess === 'gb18030' ? 'GB18030 (GBK)' : 'Big5'}; pass --encoding ${guess}`
      : 'convert it to UTF-8, or pass --encoding gb18030 or --encoding big5'
    throw unreadable(path, `the article is not valid UTF-8; ${hint}`, 'article-encoding')
  }
}

/** A UTF-16 byte order mark: its NUL bytes would otherwise make the text look binary. */
function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

/** NUL bytes never occur in text files of these encodings. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192)
  return head.includes(0)
}

/**
 * Guess between GB18030 and Big5 by decoding with each and counting common
 * characters of the script each encodes.
 */
function guessLegacyEncoding(bytes: Uint8Array): Encoding | undefined {
  const score = (encoding: Encoding): number => {
    const text = new TextDecoder(encoding).decode(bytes)
    const bad = (text.match(/\uFFFD/g) ?? []).length
    const common = (
      text.match(encoding === 'gb18030' ? /[的是在了不和有这为中国们来说时个]/g : /[的是在了不和有這為中國們來說時個]/g) ?? []
    ).length
    return common - bad * 5
  }
  const gb = score('gb18030')
  const big5 = score('big5')
  if (gb <= 0 && big5 <= 0) return undefined
  return gb >= big5 ? 'gb18030' : 'big5'
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT') return 'no such file; check the path (articles are read from articles/ by default)'
  if (code === 'EISDIR') return 'this is a folder; name the .md files in it'
  if (code === 'EACCES') return 'permission denied; make the file readable'
  return `cannot read the file (${code || 'unknown error'})`
}

function unreadable(path: string, message: string, rule = 'article-unreadable'): ZhglossError {
  return new ZhglossError([{file: path, message, rule, severity: 'error'}])
}
