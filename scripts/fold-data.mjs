// Run by `npm run build` after tsc: replace lib/matcher/fold-data.js, which
// computes the folding pairs from OpenCC's tables, by the computed string;
// likewise lib/dictionary/simplified-data.js, the simplified characters pinyin reading leaves alone.
import {writeFileSync} from 'node:fs'
import {openccSimplified, simplifiedDataModule} from '../lib/dictionary/simplified-source.js'
import {foldDataModule, openccFoldPairs} from '../lib/matcher/fold-source.js'

writeFileSync(new URL('../lib/matcher/fold-data.js', import.meta.url), foldDataModule(openccFoldPairs()))
writeFileSync(new URL('../lib/dictionary/simplified-data.js', import.meta.url), simplifiedDataModule(openccSimplified()))
