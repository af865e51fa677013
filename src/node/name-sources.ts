/**
 * What the name rules read in Node.js: the compiled dictionary, and its
 * news outlets by English name. The checks themselves import nothing from
 * Node, so that they bundle for browsers; Node callers pass these in.
 */
import {readFileSync} from 'node:fs'
import {indexFiles} from '../dictionary/files.js'
import {openDictionary} from '../dictionary/store.js'
import type {NameSources} from '../check/bilingual.js'
import {type NameIndex, readNameIndex} from '../check/rules/name-absent.js'

let outlets: NameIndex | undefined

/**
 * The dictionary compiled by the build and its outlets, read once.
 *
 * @returns what `buildCheck` takes as `names`.
 */
export function nameSources(): NameSources {
  outlets ??= readOutlets()
  return {dictionary: openDictionary(), outlets}
}

/** The outlets the build read from the index (a fifth of a build's time when read here), or read now where the build has not. */
function readOutlets(): NameIndex {
  const files = indexFiles()
  try {
    return new Map(JSON.parse(readFileSync(files.outlets, 'utf8')) as Array<[string, string[]]>)
  } catch {
    return readNameIndex(readFileSync(files.data))
  }
}
