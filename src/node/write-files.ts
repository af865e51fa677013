/**
 * Write outputs whole or not at all: each goes to a temporary file beside
 * its target and is renamed into place, so an interrupted run never leaves
 * a truncated file.
 */
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {randomBytes} from 'node:crypto'
import {dirname, resolve} from 'node:path'
import {ZhglossError} from '../core/problem.js'

/** A file to write. */
export interface OutputItem {
  path: string
  content: string | Uint8Array
}

let counter = 0

/**
 * Write files atomically, refusing any path in `protectedPaths` (the inputs).
 *
 * @param items the files.
 * @param protectedPaths paths that must never be overwritten.
 * @throws ZhglossError naming the file that could not be written.
 */
export async function writeFilesAtomically(items: readonly OutputItem[], protectedPaths: ReadonlySet<string> = new Set()): Promise<void> {
  for (const item of items) {
    if (protectedPaths.has(resolve(item.path))) {
      throw new ZhglossError([
        {
          file: item.path,
          message: 'this output would overwrite an input file; choose another --out',
          rule: 'output-overwrite',
          severity: 'error'
        }
      ])
    }
  }
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
