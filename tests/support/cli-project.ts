/**
 * Temporary projects for command-line tests: a copy of the repository's
 * glossary and articles in a folder of its own, removed after the test.
 */
import {createHash} from 'node:crypto'
import {cp, lstat, mkdtemp, readdir, readFile, readlink, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'

const made: string[] = []

/**
 * A new empty temporary folder, removed by `removeTemporaryFolders`.
 *
 * @param prefix the start of its name.
 * @returns the folder.
 */
export async function temporaryFolder(prefix = 'zhgloss-test-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  made.push(folder)
  return folder
}

/** Options of `tempProject`. */
export interface TempProjectOptions {
  /**
   * Cut each article and translation after its first section (before its
   * second `## ` heading): the same files, translations and terms, for tests
   * about the command line rather than the articles, at a third of the work.
   */
  short?: boolean
}

/**
 * A temporary project: the repository's `glossary/` and `articles/` copied.
 *
 * @param options whether to cut the articles short.
 * @returns the folder.
 */
export async function tempProject(options: TempProjectOptions = {}): Promise<string> {
  const folder = await temporaryFolder('zhgloss-cli-')
  await cp('glossary', join(folder, 'glossary'), {recursive: true})
  await cp('articles', join(folder, 'articles'), {recursive: true})
  if (options.short) {
    for (const name of await readdir(join(folder, 'articles'))) {
      if (!name.endsWith('.md')) continue
      const path = join(folder, 'articles', name)
      await writeFile(path, firstSection(await readFile(path, 'utf8')))
    }
  }
  return folder
}

/**
 * A Markdown article up to its second `## ` heading (front matter, title and first section).
 *
 * @param markdown the article.
 * @returns the start of it.
 */
export function firstSection(markdown: string): string {
  const headings = [...markdown.matchAll(/^## /gm)]
  const cut = headings[1]?.index
  return cut === undefined ? markdown : markdown.slice(0, cut)
}

/** Remove every temporary folder made so far (use in `afterEach` or `afterAll`). */
export async function removeTemporaryFolders(): Promise<void> {
  const folders = made.splice(0)
  await Promise.all(folders.map((folder) => rm(folder, {recursive: true, force: true})))
}

/**
 * Every file under a folder with a digest of its content (links as their target), to show that nothing changed.
 *
 * @param root the folder.
 * @returns digests by relative path.
 */
export async function snapshotFiles(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name)
      const key = relative(root, path)
      if (entry.isDirectory()) await walk(path)
      else if ((await lstat(path)).isSymbolicLink()) files[key] = `-> ${await readlink(path)}`
      else
        files[key] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
    }
  }
  await walk(root)
  return files
}
