/**
 * The invariants, fuzzed: a bounded run of generated glossaries and articles.
 * `npm run fuzz` runs the same property as long as asked.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fuzzCaseArbitrary} from './support/arbitraries.js'
import {checkInvariants, isFormOf} from './support/fuzz-invariants.js'

/**
 * Cases in `npm test`, a bounded sample that keeps the suite quick: the
 * fragment is cheap, the reader page dear (two renders and a parse of the whole
 * page a case). `FUZZ_RUNS` sets the fragment's count (the reader gets a
 * third); `npm run fuzz` runs as many as asked.
 */
const runs = Number(process.env['FUZZ_RUNS'] ?? 160)

/**
 * The seed: `FUZZ_SEED` replays a run (fast-check prints the seed and path of
 * a failure); otherwise a new one each run, so that runs add up.
 */
const seed = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED'])

/** fast-check's options for a property run in the suite. */
function options(numRuns: number): {numRuns: number; seed?: number} {
  return seed === undefined ? {numRuns} : {numRuns, seed}
}

describe('fuzzed invariants', () => {
  it('should keep every invariant in the fragment for generated articles and glossaries', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCaseArbitrary, (fuzzCase) => checkInvariants(fuzzCase, ['fragment'])),
      options(runs)
    )
  }, 60_000)

  it('should keep every invariant in the reader page for generated articles and glossaries', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCaseArbitrary, (fuzzCase) => checkInvariants(fuzzCase, ['reader'])),
      options(Math.ceil(runs / 3))
    )
  }, 60_000)

  it('should accept a form, its case and width variants, and a model number after it', () => {
    expect(isFormOf('Ｈ２００', ['H200'], false)).toBe(true)
    expect(isFormOf('昇腾 910C', ['昇腾'], true)).toBe(true)
    expect(isFormOf('昇腾910C', ['昇腾'], false)).toBe(false)
    expect(isFormOf('昇', ['昇腾'], true)).toBe(false)
  })
})
