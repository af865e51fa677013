/**
 * Where the set of simplified characters comes from: the targets of
 * OpenCC's traditional → simplified table. The build writes them into
 * `lib/dictionary/simplified-data.js` as one string (scripts/fold-data.mjs),
 * so that reading pinyin never loads OpenCC's table.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters'

/**
 * The characters that are simplified in their own right, each once.
 *
 * @returns them as one string, in the table's order.
 */
export function openccSimplified(): string {
  const characters = new Set(
    String(TSCharacters)
      .split('|')
      .flatMap((pair) => [...(pair.split(' ')[1] ?? '')])
  )
  return [...characters].join('')
}

/**
 * The generated module's text.
 *
 * @param simplified the characters from `openccSimplified`.
 * @returns JavaScript that exports them as `simplifiedCharacters`.
 */
export function simplifiedDataModule(simplified: string): string {
  return `// Generated at build time from OpenCC's table by scripts/fold-data.mjs; do not edit.\nexport const simplifiedCharacters = ${JSON.stringify(simplified)}\n`
}
