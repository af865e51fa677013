/**
 * The index of an output folder lists every article built into it, not only
 * those of the last build: `OUT/index.json` keeps the list (article, source
 * file, title, terms, files), each build merges its articles into it and
 * writes `index.html` from the whole. `--clean` removes the outputs of
 * articles whose source file is gone.
 */
import {readFile, rm, rmdir, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {formatNames, formats} from '../../render/formats.js'
import type {IndexItem} from '../../render/index-page.js'

/** One article on the index, with the file it was built from. */
export interface IndexEntry extends IndexItem {
  /** The article, relative to the working folder (`-` for standard input). */
  source: string
}

/** The list's file name inside the output folder. */
export const manifestName = 'index.json'

/** Every file a build may write into an article's folder: only these are ever removed. */
const outputFiles = new Set([...formatNames.flatMap((name) => formats[name].map((output) => output.file)), 'handout.pdf'])

/**
 * The articles the output folder's list holds, those whose folder is still there.
 *
 * @param out the output folder (absolute).
 * @returns the entries, by article name.
 */
export async function readManifest(out: string): Promise<Map<string, IndexEntry>> {
  const entries = new Map<string, IndexEntry>()
  let data: unknown
  try {
    data = JSON.parse(await readFile(join(out, manifestName), 'utf8'))
  } catch {
    return entries
  }
  const list = typeof data === 'object' && data !== null && 'articles' in data && Array.isArray(data.articles) ? data.articles : []
  for (const item of list as unknown[]) {
    if (!isEntry(item)) continue
    const folder = await stat(join(out, item.name)).then(
      (info) => info.isDirectory(),
      () => false
    )
    if (folder) entries.set(item.name, item)
  }
  return entries
}

/**
 * The list as JSON, sorted by article name.
 *
 * @param entries the entries.
 * @returns the file's text.
 */
export function formatManifest(entries: Iterable<IndexEntry>): string {
  const articles = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return `${JSON.stringify({articles}, null, 2)}\n`
}

/**
 * Remove the outputs of listed articles whose source file is gone: only the files a build writes, then the folder if empty.
 *
 * @param out the output folder (absolute).
 * @param entries the list, changed in place.
 * @param cwd the working folder sources are relative to.
 * @returns the names removed.
 */
export async function cleanGone(out: string, entries: Map<string, IndexEntry>, cwd: string): Promise<string[]> {
  const removed: string[] = []
  for (const [name, entry] of entries) {
    if (entry.source === '-') continue
    const exists = await stat(resolve(cwd, entry.source)).then(
      () => true,
      () => false
    )
    if (exists) continue
    for (const file of outputFiles) await rm(join(out, name, file), {force: true})
    await rmdir(join(out, name)).catch(() => undefined)
    entries.delete(name)
    removed.push(name)
  }
  return removed
}

/** Whether a value read from the list is an entry. */
function isEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false
  const item = value as Record<string, unknown>
  return (
    typeof item['name'] === 'string' &&
    /^[^/\\.][^/\\]*$/.test(item['name']) &&
    typeof item['source'] === 'string' &&
    typeof item['title'] === 'string' &&
    typeof item['terms'] === 'number' &&
    Array.isArray(item['files']) &&
    item['files'].every((file) => typeof file === 'string')
  )
}
