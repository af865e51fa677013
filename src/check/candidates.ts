/**
 * Candidates: things in an article that look like terms but that the glossary
 * lacks — Latin and alphanumeric tokens, model numbers of a known series,
 * titles in 《》, and short quoted phrases.
 */
import type {Root, Text} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'
import type {Glossary} from '../glossary/create.js'
import {fold} from '../matcher/index.js'
import {createLocator} from '../plugin/locate.js'

export type CandidateReason = 'latin' | 'model' | 'title' | 'quoted'

/** One candidate occurrence. */
export interface Candidate {
  text: string
  line: number
  column: number
  reason: CandidateReason
}

const skipped = new Set(['code', 'inlineCode', 'html', 'yaml', 'definition'])

/** Latin words with a capital or a digit (H20, B200, CoWoS, MI308X), not plain numbers. */
const latinToken = /(?<![A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a][A-Za-z0-9.\-+\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]*(?![A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])/g
const titled = /《([^《》\n]{1,40})》/g
const quoted = /[“「]([\p{Script=Han}A-Za-z0-9]{2,10})[”」]/gu

/**
 * Find candidates in a marked tree (terms are `glossTerm` nodes).
 *
 * @param tree the article's mdast after `remarkGloss`.
 * @param source the article's Markdown, for places.
 * @param glossary the glossary.
 * @returns candidates in document order.
 */
export function findCandidates(tree: Root, source: string, glossary: Glossary): Candidate[] {
  const locate = createLocator(source)
  const candidates: Candidate[] = []
  const known = new Set(glossary.entries.flatMap((entry) => entry.forms.map(fold)))
  const add = (node: Text, start: number, text: string, reason: CandidateReason): void => {
    const {line, column} = locate.occurrence(node, {start, end: start + text.length, id: '', form: text})
    candidates.push({text, line, column, reason})
  }
  visit(tree, (node) => {
    if (skipped.has(node.type)) return SKIP
    if (node.type === 'glossTerm') {
      const [child] = node.children
      if (node.model !== undefined && child && !known.has(fold(child.value))) add(child, 0, child.value, 'model')
      return SKIP
    }
    if (node.type !== 'text') return
    for (const match of node.value.matchAll(latinToken)) {
      const token = match[0].replace(/[.\-+]+$/, '')
      if (/[A-Za-z\uff21-\uff3a\uff41-\uff5a]/.test(token) && !known.has(fold(token)) && !isCommonWord(token)) add(node, match.index, token, 'latin')
    }
    for (const pattern of [titled, quoted]) {
      for (const match of node.value.matchAll(pattern)) {
        const inner = match[1] ?? ''
        if (!known.has(fold(inner))) add(node, match.index + 1, inner, pattern === titled ? 'title' : 'quoted')
      }
    }
  })
  return candidates
}

/** Lower-case Latin words (an English word in passing) are not terms; capitals or digits make a name. */
function isCommonWord(token: string): boolean {
  return !/[A-Z0-9\uff10-\uff19\uff21-\uff3a]/.test(token)
}
