/**
 * Where the compiled dictionary lives: `lib/dictionary/` of the package,
 * found from this module whether it runs from `src/` (tests) or `lib/`.
 */
import {fileURLToPath} from 'node:url'

/**
 * The paths of the compiled index.
 *
 * @returns the folder, the index file, its table, and the news outlets read from it (scripts/outlet-data.mjs).
 */
export function indexFiles(): {folder: string; data: string; table: string; outlets: string} {
  const folder = fileURLToPath(new URL('../../lib/dictionary/', import.meta.url))
  return {folder, data: `${folder}cedict.tsv`, table: `${folder}cedict.json`, outlets: `${folder}cedict-outlets.json`}
}
