/**
 * Vitest global setup: make sure lib/ is the build of the sources as they
 * are, so that tests which run the real binary (bin/zhgloss.js runs lib/),
 * and those that load the bundled reader script, never see a stale build.
 * The build is skipped only when a digest of every input (src/, scripts/,
 * the tsconfig files, package.json, package-lock.json, the Node version) and
 * a digest of lib/ itself both match what the last build recorded: content,
 * never timestamps. A failed build stops the run with the compiler's output.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

/** Where the digests of the last good build are kept (outside lib/, which is packed). */
const stampPath = '.cache/build-stamp.json'

/** The folders and files whose content decides what the build writes. */
const inputs = ['src', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json']

/**
 * A digest of files and folders: every file's path and content, in a fixed order.
 *
 * @param roots files or folders.
 * @returns the hex digest.
 */
export function digestOf(roots: readonly string[]): string {
  const hash = createHash('sha256')
  const add = (path: string): void => {
    if (!existsSync(path)) {
      hash.update(`missing ${path}\0`)
      return
    }
    const entries = readdirSafe(path)
    if (entries === undefined) {
      hash.update(`file ${path}\0`)
      hash.update(readFileSync(path))
      hash.update('\0')
      return
    }
    for (const name of entries.sort()) add(join(path, name))
  }
  for (const root of roots) add(root)
  return hash.digest('hex')
}

/** The names in a folder, or undefined when the path is a file. */
function readdirSafe(path: string): string[] | undefined {
  try {
    return readdirSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw error
  }
}

/** The digests that say whether lib/ is the build of the current inputs. */
function currentStamp(): {inputs: string; lib: string} {
  return {inputs: `${process.version} ${digestOf(inputs)}`, lib: digestOf(['lib'])}
}

/** Whether the recorded build matches the inputs and lib/ as they are now. */
function upToDate(): boolean {
  if (process.env['ZHGLOSS_TEST_REBUILD'] === '1' || !existsSync(stampPath) || !existsSync('lib')) return false
  try {
    const recorded = JSON.parse(readFileSync(stampPath, 'utf8')) as {inputs?: string; lib?: string}
    const now = currentStamp()
    return recorded.inputs === now.inputs && recorded.lib === now.lib
  } catch {
    return false
  }
}

/** Build lib/ (validators, TypeScript, client bundle, data) unless it is the build of these inputs; throws with the output when it fails. */
export default function setup(): void {
  if (upToDate()) return
  rmSync(stampPath, {force: true})
  try {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build'], {stdio: 'pipe'})
  } catch (error) {
    const output = error as {stdout?: Buffer; stderr?: Buffer}
    throw new Error(`npm run build failed before the tests:\n${String(output.stdout ?? '')}${String(output.stderr ?? '')}`)
  }
  mkdirSync('.cache', {recursive: true})
  writeFileSync(stampPath, `${JSON.stringify(currentStamp())}\n`)
}
