/**
 * Inputs are never written: before a command writes anything, each output
 * path is compared with its inputs by identity on disk (device and inode), so
 * a symbolic link, a hard link, `..` or another letter case on a
 * case-insensitive disk cannot slip an input past the check. A folder input
 * (the glossary) protects everything under it, files not yet made included.
 */
import {realpath, stat} from 'node:fs/promises'
import {dirname, relative, resolve, sep} from 'node:path'
import {ZhglossError} from '../core/problem.js'

/** The inputs of one command run. */
export interface Inputs {
  /** Files read (articles, translations, an imported file): never written over. */
  files: readonly string[]
  /** Folders read (the glossary): nothing inside them is written. */
  folders: readonly string[]
}

/** An output that would hit an input. */
export interface Clash {
  /** The output path, as given. */
  output: string
  /** The input it would write over or into, as given. */
  input: string
  /** Whether the input is a folder the output lies in. */
  inside: boolean
}

/** Identity of a file on disk. */
type Identity = string

/**
 * The identity of a path on disk, following links; undefined when it does not exist.
 *
 * @param path the path.
 * @returns `device:inode`, or undefined.
 */
async function identityOf(path: string): Promise<Identity | undefined> {
  try {
    const info = await stat(path, {bigint: true})
    return `${info.dev}:${info.ino}`
  } catch {
    return undefined
  }
}

/**
 * The first output that is an input file or lies inside an input folder.
 *
 * @param outputs the paths about to be written (absolute, or relative to `cwd`).
 * @param inputs the files and folders read.
 * @param cwd the working folder.
 * @returns the clash, or undefined when every output is safe.
 */
export async function findClash(outputs: readonly string[], inputs: Inputs, cwd: string): Promise<Clash | undefined> {
  const {files, folders} = await identitiesOf(inputs, cwd)
  const seen = new Map<string, string | undefined>()
  for (const output of outputs) {
    const absolute = resolve(cwd, output)
    const own = await identityOf(absolute)
    const file = own ? files.get(own) : undefined
    if (file !== undefined) return {output, input: file, inside: false}
    const folder = await enclosingFolder(dirname(absolute), folders, seen)
    if (folder !== undefined) return {output, input: folder, inside: true}
    if (own && folders.has(own)) return {output, input: folders.get(own) ?? '', inside: true}
  }
  return undefined
}

/** The inputs' identities on disk: files and folders, each by identity. */
interface InputIdentities {
  files: Map<Identity, string>
  folders: Map<Identity, string>
}

/**
 * Identities found for each set of inputs: a build checks every article's
 * outputs against the same inputs (all its articles and translations), and
 * finding them again for each article made a folder of N articles cost N²
 * file lookups.
 */
const found = new WeakMap<Inputs, {cwd: string; identities: Promise<InputIdentities>}>()

/**
 * The identities of a set of inputs, found once per set (and working folder).
 *
 * @param inputs the files and folders read.
 * @param cwd the working folder.
 * @returns the files and folders by identity.
 */
function identitiesOf(inputs: Inputs, cwd: string): Promise<InputIdentities> {
  const known = found.get(inputs)
  if (known?.cwd === cwd) return known.identities
  const identities = (async () => {
    const files = new Map<Identity, string>()
    for (const file of inputs.files) {
      const id = await identityOf(resolve(cwd, file))
      if (id) files.set(id, file)
    }
    const folders = new Map<Identity, string>()
    for (const folder of inputs.folders) {
      const id = await identityOf(resolve(cwd, folder))
      if (id) folders.set(id, folder)
    }
    return {files, folders}
  })()
  found.set(inputs, {cwd, identities})
  return identities
}

/**
 * The input folder a path lies in: its deepest existing ancestor is resolved
 * to its real path (links followed), whose ancestors are then compared.
 *
 * @param start the folder the output is written into.
 * @param folders input folders by identity.
 * @param seen answers for folders already asked about, to keep a large build cheap.
 * @returns the input folder as given, or undefined.
 */
async function enclosingFolder(
  start: string,
  folders: ReadonlyMap<Identity, string>,
  seen: Map<string, string | undefined>
): Promise<string | undefined> {
  if (seen.has(start)) return seen.get(start)
  let existing = start
  while (!(await exists(existing)) && dirname(existing) !== existing) existing = dirname(existing)
  let found: string | undefined
  for (let folder = await realpath(existing); ; folder = dirname(folder)) {
    const id = await identityOf(folder)
    if (id && folders.has(id)) {
      found = folders.get(id)
      break
    }
    if (dirname(folder) === folder) break
  }
  seen.set(start, found)
  return found
}

/**
 * Whether a path exists (a dangling link does not).
 *
 * @param path the path.
 * @returns true when it exists.
 */
async function exists(path: string): Promise<boolean> {
  return (await identityOf(path)) !== undefined
}

/**
 * Throw when an output is an input: a usage error (exit 2) naming both paths.
 *
 * @param outputs the paths about to be written.
 * @param inputs the files and folders read.
 * @param cwd the working folder.
 * @param fix what the user can do instead. (default: `'choose another --out'`)
 * @throws ZhglossError with rule `output-overwrite`.
 */
export async function refuseInputs(outputs: readonly string[], inputs: Inputs, cwd: string, fix = 'choose another --out'): Promise<void> {
  const clash = await findClash(outputs, inputs, cwd)
  if (!clash) return
  const shown = (path: string): string => {
    const inside = relative(cwd, resolve(cwd, path))
    return inside.startsWith(`..${sep}`) || inside === '..' || inside === '' ? path : inside
  }
  throw new ZhglossError([
    {
      file: shown(clash.output),
      message: clash.inside
        ? `this output would be written inside the input folder ${shown(clash.input)}; nothing was written; ${fix}`
        : `this output is the input ${shown(clash.input)}; nothing was written; ${fix}`,
      rule: 'output-overwrite',
      severity: 'error'
    }
  ])
}
