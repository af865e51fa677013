/**
 * Candidates: things in an article that look like terms but that the glossary
 * lacks — Latin and alphanumeric tokens, model numbers of a known series,
 * titles in 《》, and short quoted phrases.
 */
import type {Root} from 'mdast'
import type {Glossary} from '../glossary/create.js'
import {fold} from '../matcher/index.js'
import {extractBlocks} from './blocks.js'

export type CandidateReason = 'latin' | 'model' | 'title' | 'quoted'

/** One candidate occurrence. */
export interface Candidate {
  text: string
  line: number
  column: number
  reason: CandidateReason
}

/** Latin words with a capital or a digit (H20, B200, CoWoS, MI308X), not plain numbers. */
const latinToken =
  /(?<![A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a][A-Za-z0-9.\-+\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]*(?![A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])/g
const titled = /《([^《》\n]{1,40})》/g
const quoted = /[“「]([\p{Script=Han}A-Za-z0-9]{2,10})[”」]/gu
/** A number with its unit (80GB, 3.35TB) is a quantity, not a name. */
const quantity = /^[0-9\uff10-\uff19]+(?:\.[0-9]+)?(?:GB|TB|MB|PB|TFLOPS|PFLOPS|nm|W|kW|GHz|MHz)$/i

/**
 * Find candidates in a marked tree (terms are `glossTerm` nodes).
 *
 * @param tree the article's mdast after `remarkGloss`.
 * @param source the article's Markdown, for places.
 * @param glossary the glossary.
 * @returns candidates in document order.
 */
export function findCandidates(tree: Root, source: string, glossary: Glossary): Candidate[] {
  const candidates: Candidate[] = []
  const known = new Set(glossary.entries.flatMap((entry) => entry.forms.map(fold)))
  for (const block of extractBlocks(tree, source)) {
    const found: Array<{start: number; text: string; reason: CandidateReason}> = []
    const inTerm = (offset: number): boolean => block.terms.some((term) => term.start <= offset && offset < term.end)
    for (const term of block.terms) {
      if (term.model !== undefined && !known.has(fold(term.text))) found.push({start: term.start, text: term.text, reason: 'model'})
    }
    for (const match of block.text.matchAll(latinToken)) {
      const token = match[0].replace(/[.\-+]+$/, '')
      if (inTerm(match.index) || !/[A-Za-z\uff21-\uff3a\uff41-\uff5a]/.test(token) || quantity.test(token)) continue
      const named = token + modelAfter(block.text.slice(match.index + token.length))
      if (!known.has(fold(named)) && !isCommonWord(token)) found.push({start: match.index, text: named, reason: 'latin'})
    }
    for (const pattern of [titled, quoted]) {
      for (const match of block.text.matchAll(pattern)) {
        const inner = match[1] ?? ''
        if (!known.has(fold(inner))) found.push({start: match.index + 1, text: inner, reason: pattern === titled ? 'title' : 'quoted'})
      }
    }
    found.sort((a, b) => a.start - b.start)
    for (const item of found) candidates.push({text: item.text, ...block.place(item.start), reason: item.reason})
  }
  return candidates
}

/**
 * The model number that follows a name after a space (`CloudMatrix 384`,
 * `Atlas 900`), which belongs to the name; not a quantity (`H20 80GB`) nor a year.
 *
 * @param rest the text after the name.
 * @returns the space and the number, or nothing.
 */
function modelAfter(rest: string): string {
  const number = /^ ([0-9][0-9A-Za-z]*)(?![0-9A-Za-z.,%])/.exec(rest)?.[1]
  if (number === undefined || quantity.test(number) || /^(?:19|20)[0-9]{2}$/.test(number)) return ''
  return ` ${number}`
}

/** Lower-case Latin words (an English word in passing) are not terms; capitals or digits make a name. */
function isCommonWord(token: string): boolean {
  return !/[A-Z0-9\uff10-\uff19\uff21-\uff3a]/.test(token)
}
