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
  content: string | Uint8Array
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
      written.push({temporary, target: item.path})
      await writeFile(temporary, item.content)
    }
    for (const {temporary, target} of written) await rename(temporary, target)
  } catch (error) {
    await Promise.all(written.map(({temporary}) => rm(temporary, {force: true})))
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

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown error'
}
