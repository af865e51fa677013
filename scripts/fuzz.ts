/**
 * `npm run fuzz -- [--runs N] [--seed N] [--output fragment|reader]`: check
 * the invariants on as many generated cases as asked. The seed is printed
 * first, so that a failure can be replayed with `--seed`.
 */
import fc from 'fast-check'
import {parseArgs} from 'node:util'
import {fuzzCaseArbitrary} from '../tests/support/arbitraries.js'
import {checkInvariants, type FuzzOutput} from '../tests/support/fuzz-invariants.js'

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '10000'},
    seed: {type: 'string'},
    output: {type: 'string', multiple: true}
  }
})

const runs = Number(values.runs)
const seed = values.seed === undefined ? Math.floor(Math.random() * 0x7fffffff) : Number(values.seed)
const outputs = (values.output ?? ['fragment', 'reader']).filter((name): name is FuzzOutput => name === 'fragment' || name === 'reader')

if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || outputs.length === 0) {
  process.stderr.write('usage: npm run fuzz -- [--runs N] [--seed N] [--output fragment|reader]\n')
  process.exit(2)
}

process.stdout.write(`fuzz: ${runs} cases, seed ${seed} (replay with: npm run fuzz -- --runs ${runs} --seed ${seed})\n`)
const started = performance.now()
let done = 0
const details = await fc.check(
  fc.asyncProperty(fuzzCaseArbitrary, async (fuzzCase) => {
    await checkInvariants(fuzzCase, outputs)
    done++
    if (done % 1000 === 0) process.stdout.write(`  ${done} cases, ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  }),
  {numRuns: runs, seed}
)

if (details.failed) {
  const [counterexample] = details.counterexample ?? []
  process.stdout.write(`\nFAILED after ${details.numRuns} cases (seed ${seed}, path "${details.counterexamplePath ?? ''}")\n`)
  process.stdout.write(`${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n`)
  process.stdout.write(`counterexample, shrunk ${details.numShrinks} times:\n${JSON.stringify(counterexample, null, 2)}\n`)
  process.stdout.write('Keep it in tests/fuzz-regressions.test.ts once fixed.\n')
  process.exitCode = 1
} else {
  process.stdout.write(`fuzz: all ${details.numRuns} cases hold every invariant (${((performance.now() - started) / 1000).toFixed(1)} s)\n`)
}
