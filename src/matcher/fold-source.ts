/**
 * Where the folding table's Chinese part comes from: OpenCC's character
 * tables (traditional → simplified, with Taiwan and Hong Kong variants),
 * kept to one-to-one mappings between BMP characters. The build writes the
 * result into `lib/matcher/fold-data.js` as one string, so that running
 * zhgloss never loads OpenCC's tables (about 180 ms of start-up).
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev'

/**
 * Characters OpenCC folds that simplified Chinese also uses in their own right.
 * 昇 is the written name of Huawei's Ascend (昇腾); folding it into the common
 * verb 升 would let 升 stand for the brand. 乾 (qián) is likewise its own word.
 */
const keptAsWritten = new Set(['昇', '乾'])

/**
 * The Chinese foldings as one string of pairs: character, then what it folds to.
 *
 * @returns the pairs, in code order.
 */
export function openccFoldPairs(): string {
  const folding = new Map<number, number>()
  const variants = new Map([...pairs(TWVariantsRev), ...pairs(HKVariantsRev)])
  const simplified = new Map(pairs(TSCharacters).filter(([from]) => !keptAsWritten.has(from)))
  for (const [from, to] of variants) folding.set(from.charCodeAt(0), (simplified.get(to) ?? to).charCodeAt(0))
  for (const [from, to] of simplified) folding.set(from.charCodeAt(0), to.charCodeAt(0))
  return [...folding]
    .filter(([from, to]) => from !== to)
    .sort(([a], [b]) => a - b)
    .map(([from, to]) => String.fromCharCode(from, to))
    .join('')
}

/**
 * The generated module's text.
 *
 * @param foldPairs the pairs from `openccFoldPairs`.
 * @returns JavaScript that exports them as `foldPairs`.
 */
export function foldDataModule(foldPairs: string): string {
  return `// Generated at build time from OpenCC's tables by scripts/fold-data.mjs; do not edit.\nexport const foldPairs = ${JSON.stringify(foldPairs)}\n`
}

/** Read an OpenCC table, keeping only one-to-one mappings between BMP characters. */
function pairs(source: string): Array<[string, string]> {
  const result: Array<[string, string]> = []
  for (const item of source.split('|')) {
    const [from, to] = item.split(' ')
    if (from && to && from.length === 1 && to.length === 1 && from !== to) result.push([from, to])
  }
  return result
}
