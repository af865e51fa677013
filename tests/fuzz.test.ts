/**
 * The invariants, fuzzed: a bounded run of generated glossaries and articles.
 * `npm run fuzz` runs the same property as long as asked.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fuzzCaseArbitrary} from './support/arbitraries.js'
import {checkInvariants, isFormOf} from './support/fuzz-invariants.js'

/** Cases in `npm test`: the fragment is cheap, the reader page dear; `FUZZ_RUNS` sets the fragment's count (the reader gets half). */
const runs = Number(process.env['FUZZ_RUNS'] ?? 640)

describe('fuzzed invariants', () => {
  it('should keep every invariant in the fragment for generated articles and glossaries', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCaseArbitrary, (fuzzCase) => checkInvariants(fuzzCase, ['fragment'])),
      {numRuns: runs}
    )
  }, 60_000)

  it('should keep every invariant in the reader page for generated articles and glossaries', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCaseArbitrary, (fuzzCase) => checkInvariants(fuzzCase, ['reader'])),
      {numRuns: Math.ceil(runs / 2)}
    )
  }, 60_000)

  it('should accept a form, its case and width variants, and a model number after it', () => {
    expect(isFormOf('Ｈ２００', ['H200'], false)).toBe(true)
    expect(isFormOf('昇腾 910C', ['昇腾'], true)).toBe(true)
    expect(isFormOf('昇腾910C', ['昇腾'], false)).toBe(false)
    expect(isFormOf('昇', ['昇腾'], true)).toBe(false)
  })
})
