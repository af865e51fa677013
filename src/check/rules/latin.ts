/**
 * Beyond the glossary: names and codes written in Latin letters in the
 * Chinese source (DeepSeek, CoWoS, NVLink) are kept in the translation
 * (`latin-missing`), written as the source writes them, and links are kept
 * (`link-missing`).
 */
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Block} from '../../article/blocks.js'
import {createPlacer} from '../../core/problem.js'
import {findModels} from '../quantities/models.js'
import {expectedAt, makeFinding, type LocatedFinding} from './located.js'
import {quote, type PairContext} from './context.js'

/** Letters only, lower case: A.I. and AI, Nvidia's and NVIDIA compare alike. */
function keyOf(token: string): string {
  return token
    .replace(/['’]s$/i, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase()
}

/** The Latin words of a text with their offsets (A.I. and Hopper's count as words). */
function latinWords(text: string): Array<{text: string; start: number; end: number}> {
  return [...text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:[.'’&-][A-Za-z0-9]+)*\.?/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length
  }))
}

/**
 * Find Latin names of a source block that the translation lost or wrote
 * in another case.
 *
 * @param pair the aligned blocks.
 * @returns the findings (warnings).
 */
export function checkLatin(pair: PairContext): LocatedFinding[] {
  const models = new Set(findModels(pair.source.text).map((token) => token.text))
  const inTerms = (start: number): boolean => pair.source.terms.some((term) => term.start <= start && start < term.end)
  const target = latinWords(pair.target.text)
  // Ex-Tower holds Tower: a hyphenated word counts whole and in parts.
  const targetKeys = new Set(target.flatMap((word) => [word.text, ...word.text.split(/[-‐]/)].map(keyOf)))
  const findings: LocatedFinding[] = []
  const seen = new Set<string>()
  for (const word of latinWords(pair.source.text)) {
    // GDP10% is GDP and a share: digits glued before a percent sign are the number's.
    const glued = /^[A-Za-z]+\d+$/.test(word.text) && /^\s*[%％]/.test(pair.source.text.slice(word.end))
    const key = keyOf(glued ? word.text.replace(/\d+$/, '') : word.text)
    // Glossary terms and model numbers have their own rules; one letter is no name.
    if (key.length < 2 || seen.has(key) || models.has(word.text) || inTerms(word.start)) continue
    seen.add(key)
    if (targetKeys.has(key) || targetKeys.has(`${key}s`)) continue
    findings.push(
      makeFinding({
        rule: 'latin-missing',
        severity: 'warning',
        source: {block: pair.source, start: word.start, end: word.end},
        target: expectedAt(pair.target, pair.source, word.start),
        message: `${quote(word.text)} of the source is not in the translated block: keep the name as written, or add it to the glossary with its rendering`
      })
    )
  }
  return findings
}

/** A link of a file: its URL and where it is. */
interface Link {
  url: string
  offset: number
}

/** The links of a Markdown tree, in order. */
function linksOf(tree: Root): Link[] {
  const links: Link[] = []
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node) {
      links.push({url: String(node.url), offset: node.position?.start.offset ?? 0})
    }
  })
  return links
}

/**
 * Find links of the source that the translation dropped.
 *
 * @param source the source's tree and text.
 * @param target the translation's tree.
 * @param blocks the source's blocks, to name the place (unused where none holds the link).
 * @returns the findings (warnings), placed at the source's link.
 */
export function checkLinks(source: {mdast: Root; markdown: string}, target: {mdast: Root}, blocks: readonly Block[]): LocatedFinding[] {
  const kept = new Set(linksOf(target.mdast).map((link) => link.url))
  const place = createPlacer(source.markdown)
  const findings: LocatedFinding[] = []
  for (const link of linksOf(source.mdast)) {
    if (kept.has(link.url)) continue
    const at = place(link.offset)
    const block = blocks.find((candidate) => candidate.place(0).line <= at.line && at.line <= candidate.place(candidate.text.length).line)
    const finding = makeFinding({
      rule: 'link-missing',
      severity: 'warning',
      message: `the link to ${quote(link.url, 60)} is not in the translation: keep the source's links`
    })
    findings.push({...finding, finding: {...finding.finding, source: at}, ...(block ? {source: {block, start: 0, end: 0}} : {})})
  }
  return findings
}
