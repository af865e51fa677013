/**
 * The benchmark corpus: our Chinese articles, front matter removed, repeated
 * until the text reaches the size asked for, then cut at a block boundary.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/**
 * A corpus of at most `bytes` bytes of UTF-8, ending at a paragraph break, made from the articles of a folder.
 *
 * @param folder the articles folder.
 * @param bytes the size in bytes.
 * @returns the Markdown text.
 */
export function makeCorpus(folder: string, bytes: number): string {
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !/\.[a-z]{2,3}\.md$/.test(name))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
  if (articles.length === 0) throw new Error(`no articles in ${folder}`)
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const part = `${articles[index % articles.length] ?? ''}\n\n`
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return cut(parts.join(''), bytes)
}

/** The text up to the last paragraph break within `bytes` bytes (the whole text when none is). */
function cut(text: string, bytes: number): string {
  const head = Buffer.from(text).subarray(0, bytes).toString()
  const end = head.lastIndexOf('\n\n')
  return end > 0 ? `${head.slice(0, end)}\n` : text
}
