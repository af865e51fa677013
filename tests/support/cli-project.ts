/**
 * Temporary projects for command-line tests: a copy of the repository's
 * glossary and articles in a folder of its own, removed after the test.
 */
import {createHash} from 'node:crypto'
import {cp, lstat, mkdtemp, readdir, readFile, readlink, rm} from 'node:fs/promises'
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

/**
 * A temporary project: the repository's `glossary/` and `articles/` copied.
 *
 * @returns the folder.
 */
export async function tempProject(): Promise<string> {
  const folder = await temporaryFolder('zhgloss-cli-')
  await cp('glossary', join(folder, 'glossary'), {recursive: true})
  await cp('articles', join(folder, 'articles'), {recursive: true})
  return folder
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
