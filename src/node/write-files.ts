/**
 * Write outputs whole or not at all: each goes to a temporary file beside
 * its target and is renamed into place, so an interrupted run never leaves
 * a truncated file.
 */
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {randomBytes} from 'node:crypto'
import {dirname} from 'node:path'
import {ZhglossError} from '../core/problem.js'
import {refuseInputs, type Inputs} from './guard-inputs.js'

/** A file to write. */
export interface OutputItem {
  path: string
  /** The content, or what makes it: made only when its turn comes, so that one large output at a time is held. */
  content: string | Uint8Array | (() => string | Uint8Array | Promise<string | Uint8Array>)
}

/** Why the content could not be made (thrown as it is, not as a write failure). */
class Unmade {
  /** @param error what making the content threw. */
  constructor(readonly error: unknown) {}
}

let counter = 0

/** The inputs an atomic write must leave alone, and the folder relative paths start from. */
export interface WriteGuard {
  inputs: Inputs
  cwd: string
}

/**
 * Write files atomically, refusing any output that is an input (see `guard-inputs`).
 *
 * @param items the files.
 * @param guard the inputs that must never be written over or into. (default: none)
 * @throws ZhglossError naming the file that could not be written, or the input it would have hit.
 */
export async function writeFilesAtomically(items: readonly OutputItem[], guard?: WriteGuard): Promise<void> {
  if (guard)
    await refuseInputs(
      items.map((item) => item.path),
      guard.inputs,
      guard.cwd
    )
  const written: Array<{temporary: string; target: string}> = []
  try {
    for (const item of items) {
      await mkdir(dirname(item.path), {recursive: true})
      const temporary = `${item.path}.${randomBytes(4).toString('hex')}${counter++}.tmp`
      const content = await contentOf(item)
      written.push({temporary, target: item.path})
      await writeFile(temporary, content)
    }
    for (const {temporary, target} of written) await rename(temporary, target)
  } catch (error) {
    await Promise.all(written.map(({temporary}) => rm(temporary, {force: true})))
    if (error instanceof Unmade) throw error.error
    const failed = written.at(-1)?.target ?? items[0]?.path ?? '.'
    throw new ZhglossError([
      {
        file: failed,
        message: `cannot write this file (${codeOf(error)}); check that the output folder is writable or choose another --out`,
        rule: 'output-unwritable',
        severity: 'error'
      }
    ])
  }
}

/** An item's content, made now where it is made on demand; what making it throws comes back as `Unmade`. */
async function contentOf(item: OutputItem): Promise<string | Uint8Array> {
  if (typeof item.content !== 'function') return item.content
  try {
    return await item.content()
  } catch (error) {
    throw new Unmade(error)
  }
}

/** The error code of a failed file operation, for the message. */
function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown error'
}
