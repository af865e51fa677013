// Run by `npm run build` after tsc: replace lib/matcher/fold-data.js, which
// computes the folding pairs from OpenCC's tables, by the computed string.
import {writeFileSync} from 'node:fs'
import {foldDataModule, openccFoldPairs} from '../lib/matcher/fold-source.js'

const target = new URL('../lib/matcher/fold-data.js', import.meta.url)
writeFileSync(target, foldDataModule(openccFoldPairs()))
