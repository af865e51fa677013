/**
 * The order test files start in: vitest starts the files it remembers as
 * slowest first, but a fresh clone remembers nothing and starts the largest
 * files first, so a long browser file could start last and run alone at the
 * end. The heaviest files, as measured here, start first either way.
 */
import {relative} from 'node:path'
import {BaseSequencer, type TestSpecification} from 'vitest/node'

/** The slowest files, slowest first (seconds of one run on this machine, in the comments). */
const heaviest = [
  'tests/browser/reader.test.ts', // 40
  'tests/browser/reader-class.test.ts', // 19
  'tests/library-package.test.ts', // 15
  'tests/browser/pinyin-tasks.test.ts', // 10
  'tests/hostile.test.ts', // 10
  'tests/browser/pdf.test.ts', // 10
  'tests/cli-watch.test.ts', // 9
  'tests/handout.test.ts', // 8
  'tests/readme.test.ts', // 8
  'tests/handout-cli.test.ts' // 8
]

/** The heaviest files first, within each project; the rest in vitest's own order. */
export class HeaviestFirst extends BaseSequencer {
  /**
   * Sort the files.
   *
   * @param files the test files.
   * @returns them in the order to start them.
   */
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification): number => {
      const at = heaviest.indexOf(relative(process.cwd(), file.moduleId).split('\\').join('/'))
      return at < 0 ? heaviest.length : at
    }
    return sorted
      .map((file, index) => ({file, index}))
      .sort((a, b) => (a.file.project.name === b.file.project.name ? rank(a.file) - rank(b.file) : 0) || a.index - b.index)
      .map(({file}) => file)
  }
}
