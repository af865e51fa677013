/**
 * `zhgloss build --watch` in a temporary folder: edits to an article, a
 * translation and the glossary are rebuilt and said; a bad edit prints its
 * error and the watch goes on. Every wait is bounded.
 */
import {readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import type {Io} from '../src/cli/common/io.js'
import {run} from '../src/cli/run.js'
import {chromiumPath, skipBrowser} from './support/browser.js'
import {captureSink, tempProject, type CapturedSink} from './support/cli-io.js'

/** A watch running in the background, with a way to stop it. */
interface Watching {
  cwd: string
  stdout: CapturedSink
  stderr: CapturedSink
  stop(): Promise<number>
}

let current: Watching | undefined

afterEach(async () => {
  await current?.stop()
  current = undefined
})

/** Start `build --watch` in a fresh project and wait until it watches. */
async function startWatch(args: string[] = [], env: Record<string, string> = {}): Promise<Watching> {
  const cwd = await tempProject({short: true})
  const stdout = captureSink()
  const stderr = captureSink()
  let interrupt: (() => void) | undefined
  const io: Io = {
    stdout,
    stderr,
    cwd,
    env,
    readStdin: async () => new Uint8Array(),
    onInterrupt(listener) {
      interrupt = listener
      return () => {
        interrupt = undefined
      }
    }
  }
  const running = run(['build', '--watch', ...args], io, '0.0.0-test')
  let stopped: Promise<number> | undefined
  const watching: Watching = {
    cwd,
    stdout,
    stderr,
    stop() {
      if (!stopped) {
        interrupt?.()
        stopped = running
      }
      return stopped
    }
  }
  current = watching
  await waitFor(() => stdout.text().includes('for changes'), 'the watch to start', 30_000)
  return watching
}

/** Wait until a condition holds, failing after a bounded time. */
async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** How often report.json lists an entry as found. */
function occurrencesOf(reportJson: string, id: string): number {
  const report = JSON.parse(reportJson) as {terms: Array<{id: string; occurrences: unknown[]}>}
  return report.terms.find((term) => term.id === id)?.occurrences.length ?? 0
}

/** Text written after a mark. */
function since(sink: CapturedSink, mark: number): string {
  return sink.text().slice(mark)
}

describe('zhgloss build --watch', () => {
  it('should build everything first, then rebuild only the article that changed and say so', async () => {
    const watch = await startWatch()
    expect(watch.stdout.text()).toMatch(/^Built 3 articles/m)
    const mark = watch.stdout.text().length
    const before = await readFile(join(watch.cwd, 'dist/h200-exports/report.json'), 'utf8')
    const untouched = (await stat(join(watch.cwd, 'dist/taiwan-supply-chain/reader.html'))).mtimeMs
    const path = join(watch.cwd, 'articles/h200-exports.md')
    await writeFile(path, `${await readFile(path, 'utf8')}\n寒武纪是一家公司。\n`)
    await waitFor(() => /rebuilt 1 article/.test(since(watch.stdout, mark)), 'the rebuild')
    const said = since(watch.stdout, mark)
    expect(said).toContain('Changed articles/h200-exports.md; rebuilt 1 article')
    expect(said).not.toContain('taiwan-supply-chain')
    const after = await readFile(join(watch.cwd, 'dist/h200-exports/report.json'), 'utf8')
    expect(occurrencesOf(after, 'cambricon')).toBe(occurrencesOf(before, 'cambricon') + 1)
    expect((await stat(join(watch.cwd, 'dist/taiwan-supply-chain/reader.html'))).mtimeMs).toBe(untouched)
    expect(await watch.stop()).toBe(0)
  })

  it('should rebuild the article whose translation changed', async () => {
    const watch = await startWatch(['articles/taiwan-supply-chain.md', '--format', 'reader'])
    const mark = watch.stdout.text().length
    const path = join(watch.cwd, 'articles/taiwan-supply-chain.en.md')
    await writeFile(path, `${await readFile(path, 'utf8')}\nOne more sentence.\n`)
    await waitFor(() => /rebuilt 1 article/.test(since(watch.stdout, mark)), 'the rebuild')
    expect(since(watch.stdout, mark)).toMatch(/Changed articles\/taiwan-supply-chain\.en\.md; rebuilt 1 article.*\n/)
    expect(since(watch.stdout, mark)).toContain('dist/taiwan-supply-chain/')
  })

  it('should print the error of a bad glossary edit, keep watching, and rebuild all once it is fixed', async () => {
    const watch = await startWatch()
    const path = join(watch.cwd, 'glossary/en/terms.json')
    const good = await readFile(path, 'utf8')
    const errorMark = watch.stderr.text().length
    const outMark = watch.stdout.text().length
    await writeFile(path, good.replace('{', '{,'))
    await waitFor(() => since(watch.stdout, outMark).includes('Still watching'), 'the error to be reported')
    expect(since(watch.stderr, errorMark)).toMatch(/^glossary\/en\/terms\.json:1:2: not valid JSON/m)
    const fixedMark = watch.stdout.text().length
    await writeFile(path, good.replace('"gloss": "Nvidia"', '"gloss": "NVIDIA Corporation"'))
    await waitFor(() => /rebuilt 3 articles/.test(since(watch.stdout, fixedMark)), 'the rebuild of all')
    expect(since(watch.stdout, fixedMark)).toContain('Glossary changed (glossary/en/terms.json); rebuilt 3 articles')
    const html = await readFile(join(watch.cwd, 'dist/h200-exports/reader.html'), 'utf8')
    expect(html.includes('NVIDIA Corporation')).toBe(true)
  })

  it('should refuse a gloss language the glossary lacks, as a build without --watch does', async () => {
    const cwd = await tempProject({short: true})
    const stdout = captureSink()
    const stderr = captureSink()
    const io: Io = {stdout, stderr, cwd, env: {}, readStdin: async () => new Uint8Array(), onInterrupt: () => () => undefined}
    // It ends by itself: nothing is watched.
    expect(await run(['build', '--watch', '--lang', 'fr'], io, '0.0.0-test')).toBe(2)
    expect(stderr.text()).toContain('--lang fr: the glossary has no glossary/fr/terms.json')
    expect(stderr.text()).toContain('--fallback')
    expect(stdout.text()).not.toContain('for changes')
  })

  it('should drop a deleted article from the index and say so', async () => {
    const watch = await startWatch()
    const mark = watch.stdout.text().length
    await rm(join(watch.cwd, 'articles/hopper-blackwell-explainer.md'))
    await waitFor(() => since(watch.stdout, mark).includes('from the index'), 'the index to drop it')
    expect(since(watch.stdout, mark)).toContain('Removed articles/hopper-blackwell-explainer.md from the index')
    const index = await readFile(join(watch.cwd, 'dist/index.html'), 'utf8')
    expect(index).not.toContain('hopper-blackwell-explainer/')
    expect(index).toContain('h200-exports/')
  })

  it('should print the error of an article that became unreadable and keep watching', async () => {
    const watch = await startWatch(['articles/h200-exports.md'])
    const mark = watch.stderr.text().length
    const path = join(watch.cwd, 'articles/h200-exports.md')
    await writeFile(path, '')
    await waitFor(() => since(watch.stderr, mark).includes('article is empty'), 'the error')
    expect(since(watch.stderr, mark)).toMatch(/^articles\/h200-exports\.md: the article is empty/m)
    const outMark = watch.stdout.text().length
    await writeFile(path, '# 标题\n\n英伟达的芯片。\n')
    await waitFor(() => /rebuilt 1 article/.test(since(watch.stdout, outMark)), 'the rebuild after the fix')
  })

  it('should see every atomic save of the glossary (a copy renamed over the file), not only the first', async () => {
    const watch = await startWatch(['articles/h200-exports.md', '--format', 'reader'])
    const path = join(watch.cwd, 'glossary/en/terms.json')
    const good = await readFile(path, 'utf8')
    for (const gloss of ['Nvidia Corp.', 'NVIDIA (the company)']) {
      const mark = watch.stdout.text().length
      const copy = join(watch.cwd, 'glossary/en/.terms.json.swp')
      await writeFile(copy, good.replace('"gloss": "Nvidia"', `"gloss": "${gloss}"`))
      await rename(copy, path)
      await waitFor(() => /Glossary changed.*rebuilt 1 article/.test(since(watch.stdout, mark)), `the rebuild after saving ${gloss}`)
      expect(await readFile(join(watch.cwd, 'dist/h200-exports/reader.html'), 'utf8')).toContain(gloss.replace('&', '&amp;'))
    }
  })

  it('should build an article renamed into place and see later saves of it', async () => {
    const watch = await startWatch()
    const mark = watch.stdout.text().length
    const draft = join(watch.cwd, 'draft.tmp')
    await writeFile(draft, '台积电的晶圆。\n')
    await rename(draft, join(watch.cwd, 'articles/new-one.md'))
    await waitFor(() => /Changed articles\/new-one\.md; rebuilt 1 article/.test(since(watch.stdout, mark)), 'the new article to be built')
    expect(since(watch.stdout, mark)).toContain('dist/new-one/')
    const again = watch.stdout.text().length
    await writeFile(draft, '台积电和英伟达。\n')
    await rename(draft, join(watch.cwd, 'articles/new-one.md'))
    await waitFor(
      () => /Changed articles\/new-one\.md; rebuilt 1 article/.test(since(watch.stdout, again)),
      'the rebuild after a second save'
    )
    expect(await readFile(join(watch.cwd, 'dist/new-one/reader.html'), 'utf8')).toContain('data-term="nvidia"')
  })

  it.skipIf(skipBrowser)(
    'should print the handout again after a change with --pdf',
    async () => {
      const watch = await startWatch(['articles/h200-exports.md', '--pdf', '--format', 'handout'], {CHROMIUM_PATH: chromiumPath ?? ''})
      expect(watch.stdout.text()).toMatch(/dist\/h200-exports\/handout\.pdf: \d+ pages?/)
      const mark = watch.stdout.text().length
      const path = join(watch.cwd, 'articles/h200-exports.md')
      await writeFile(path, `${await readFile(path, 'utf8')}\n寒武纪是一家公司。\n`)
      await waitFor(() => /rebuilt 1 article/.test(since(watch.stdout, mark)), 'the rebuild', 30_000)
      expect(since(watch.stdout, mark)).toMatch(/dist\/h200-exports\/handout\.pdf: \d+ pages?/)
    },
    60_000
  )
})
