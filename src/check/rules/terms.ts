/**
 * Term rules of one aligned pair: `term-missing` (a source term with none
 * of its approved or accepted renderings in the translated block) and
 * `dnt-altered` (a do-not-translate term not kept exactly as written).
 */
import {hasHan} from '../../glossary/create.js'
import type {Gloss} from '../../glossary/types.js'
import type {RenderingSpan} from '../../glossary/renderings.js'
import type {BlockTerm} from '../../article/blocks.js'
import {expectedAt, makeFinding, type LocatedFinding} from './located.js'
import {findModels} from '../quantities/models.js'
import {orList, quote, type PairContext} from './context.js'
import {findInflected, findShortReference, type Expansions} from './morphology.js'
import type {Glossary} from '../../glossary/create.js'
import {inflectionsOf, isBody, isPerson, termSeverity} from './senses.js'

/**
 * Check that every term of the source block is rendered in the target block.
 *
 * @param pair the aligned blocks and the renderings found in the target.
 * @returns the findings.
 */
export function checkTermRenderings(pair: PairContext): LocatedFinding[] {
  const findings: LocatedFinding[] = [...checkDntCase(pair)]
  const seen = new Set<string>()
  for (const term of pair.source.terms) {
    if (seen.has(term.id)) continue
    seen.add(term.id)
    const gloss = pair.glossary.gloss(term.id, pair.lang)
    // Model numbers are compared one to one by model-mismatch; Chinese left as is is untranslated.
    if (!gloss || isModelToken(term.text) || (hasHan(term.text) && pair.target.text.includes(term.text))) continue
    const spans = pair.renderings.filter((span) => span.id === term.id)
    if (
      spans.some(
        (span) => span.status === 'preferred' || span.status === 'accepted' || (pair.target.kind === 'heading' && isTitleCased(span))
      )
    )
      continue
    if (spans.some((span) => span.status === 'forbidden')) continue
    // Case is a name's own (dnt-altered reports it); a concept may be written in any case (foreign ministry).
    if (spans.some((span) => span.status === 'miscased') && (gloss.doNotTranslate || !isCaseStrictName(pair, term.id))) continue
    const severity = termSeverity(pair.glossary, term.id, pair.lang)
    if (severity === 'off' || renderedOtherwise(pair, term, gloss)) continue
    const finding = miscased(pair, term, gloss, spans) ?? altered(pair, term, gloss) ?? missing(pair, term, gloss)
    findings.push(severity === 'error' ? finding : {...finding, finding: {...finding.finding, severity}})
  }
  return findings
}

/**
 * Every do-not-translate rendering written in another case (Cuda for
 * CUDA), even beside a correct one.
 *
 * @param pair the aligned blocks and the renderings found in the target.
 * @returns the findings.
 */
function checkDntCase(pair: PairContext): LocatedFinding[] {
  const findings: LocatedFinding[] = []
  for (const span of pair.renderings) {
    const gloss = pair.glossary.gloss(span.id, pair.lang)
    if (span.status !== 'miscased' || !gloss?.doNotTranslate || (pair.target.kind === 'heading' && isTitleCased(span))) continue
    const term = pair.source.terms.find((item) => item.id === span.id)
    // "arm" in a block whose source names no Arm is the word, not the company.
    if (!term) continue
    findings.push(
      makeFinding({
        rule: 'dnt-altered',
        severity: 'error',
        term: span.id,
        ...(term ? {source: {block: pair.source, start: term.start, end: term.end}} : {}),
        target: {block: pair.target, start: span.start, end: span.end},
        message: `${quote(term?.text ?? span.rendering)} is kept as written in translations: write ${orList(term ? allowed(term, gloss) : [gloss.gloss, ...gloss.accepted])}, not ${quote(span.text)}`
      })
    )
  }
  return findings
}

/**
 * Whether a span is its rendering in title case (China-Specific Version for
 * China-specific version), as English headings are written.
 *
 * @param span a rendering found in a heading.
 * @returns true when every word is the rendering's word or that word capitalised.
 */
export function isTitleCased(span: RenderingSpan): boolean {
  if (span.status !== 'miscased') return false
  const written = span.text.slice(0, span.rendering.length).split(/([\s-]+)/)
  const expected = span.rendering.split(/([\s-]+)/)
  return (
    written.length === expected.length &&
    written.every((word, index) => {
      const want = expected[index] ?? ''
      return word === want || word === want.charAt(0).toUpperCase() + want.slice(1)
    })
  )
}

/** Whether an entry's case is part of its name: names keep their capitals. */
function isCaseStrictName(pair: PairContext, id: string): boolean {
  const category = pair.glossary.entry(id)?.category
  return category === 'company' || category === 'person' || category === 'product' || category === 'policy'
}

/**
 * Whether the translated block renders the term in a form the renderings
 * matcher does not see: inflected or hyphenated (floating-point), a derived
 * form listed on the entry, or a short reference to a name rendered earlier.
 */
function renderedOtherwise(pair: PairContext, term: BlockTerm, gloss: Gloss): boolean {
  // A.I. and U.S. are how some house styles write the acronyms AI and US.
  if (gloss.doNotTranslate && /^[A-Z]{2,5}$/.test(gloss.gloss)) {
    const dotted = [...gloss.gloss].map((letter) => `${letter}\\.`).join('')
    if (new RegExp(`(?<![A-Za-z])${dotted}`).test(pair.target.text)) return true
  }
  if (gloss.doNotTranslate && !isPerson(pair.glossary, term.id) && !isBody(pair.glossary, term.id)) return false
  const forms = [...allowed(term, gloss), ...inflectionsOf(pair.glossary, term.id, pair.lang)]
  const strict = isCaseStrictName(pair, term.id)
  const found = (form: string): boolean => {
    const range = findInflected(pair.target.text, form, expansionsOf(pair.glossary, pair.lang))
    return range !== undefined && (!strict || capitals(pair.target.text.slice(range.start, range.end)) === capitals(form))
  }
  if (!gloss.doNotTranslate && forms.some(found)) return true
  if (!pair.earlier?.has(term.id)) return false
  const kind = isPerson(pair.glossary, term.id) ? 'person' : isBody(pair.glossary, term.id) ? 'body' : undefined
  return kind !== undefined && findShortReference(pair.target.text, gloss.gloss, kind) !== undefined
}

const expansionCache = new WeakMap<Glossary, Map<string, Expansions>>()

/**
 * Acronyms the glossary spells out: an entry with both an acronym (AI) and
 * a rendering whose words it is made of (artificial intelligence).
 */
function expansionsOf(glossary: Glossary, lang: string): Expansions {
  const byLang = expansionCache.get(glossary) ?? new Map<string, Expansions>()
  expansionCache.set(glossary, byLang)
  const cached = byLang.get(lang)
  if (cached) return cached
  const expansions = new Map<string, string[]>()
  for (const entry of glossary.entries) {
    const gloss = glossary.gloss(entry.id, lang)
    const renderings = gloss ? [gloss.gloss, ...gloss.accepted] : []
    for (const acronym of renderings.filter((rendering) => /^[A-Z]{2,5}$/.test(rendering))) {
      for (const long of renderings) {
        const initials = long
          .split(/[\s-]+/)
          .map((word) => word.charAt(0).toUpperCase())
          .join('')
        if (long !== acronym && initials === acronym) expansions.set(acronym, [...(expansions.get(acronym) ?? []), long])
      }
    }
  }
  byLang.set(lang, expansions)
  return expansions
}

/** The capitals that start the words of a text (EL for Entity Lists). */
function capitals(text: string): string {
  return (text.match(/\b[A-Z]/g) ?? []).join('')
}

/** The renderings a translator may use for a term, preferred first. */
function allowed(term: BlockTerm, gloss: Gloss): string[] {
  const base = [gloss.gloss, ...gloss.accepted]
  return term.model === undefined ? base : base.map((rendering) => `${rendering} ${term.model ?? ''}`)
}

/** A rendering found only in a case the entry does not allow. */
function miscased(pair: PairContext, term: BlockTerm, gloss: Gloss, spans: readonly RenderingSpan[]): LocatedFinding | undefined {
  const span = spans.find((item) => item.status === 'miscased')
  if (!span) return undefined
  const source = {block: pair.source, start: term.start, end: term.end}
  const target = {block: pair.target, start: span.start, end: span.end}
  return makeFinding({
    rule: 'term-missing',
    severity: 'error',
    term: term.id,
    source,
    target,
    message: `${quote(term.text)} is rendered ${quote(span.text)}, but the glossary writes it ${orList(allowed(term, gloss))} and does not allow another case`
  })
}

/** A do-not-translate term written with changed spacing, hyphens or case. */
function altered(pair: PairContext, term: BlockTerm, gloss: Gloss): LocatedFinding | undefined {
  if (!gloss.doNotTranslate) return undefined
  const expected = new Set([gloss.gloss, ...gloss.accepted])
  if (/^[\x20-\x7e]+$/.test(term.text)) expected.add(term.text)
  for (const form of expected) {
    const letters = [...form.replace(/[\s\-_]+/g, '')]
    if (letters.length < 2) continue
    const pattern = new RegExp(`(?<![A-Za-z0-9])${letters.map(escapeRegExp).join('[\\s\\-_]*')}(?![A-Za-z0-9])`, 'i')
    const match = pattern.exec(pair.target.text)
    if (!match || match[0] === form) continue
    return makeFinding({
      rule: 'dnt-altered',
      severity: 'error',
      term: term.id,
      source: {block: pair.source, start: term.start, end: term.end},
      target: {block: pair.target, start: match.index, end: match.index + match[0].length},
      message: `${quote(term.text)} is kept exactly as written in translations: write ${orList([...expected])}, not ${quote(match[0])}`
    })
  }
  return undefined
}

/** No rendering at all. */
function missing(pair: PairContext, term: BlockTerm, gloss: Gloss): LocatedFinding {
  return makeFinding({
    rule: 'term-missing',
    severity: 'error',
    term: term.id,
    source: {block: pair.source, start: term.start, end: term.end},
    target: expectedAt(pair.target, pair.source, term.start),
    message: `${quote(term.text)} (${term.id}) has no rendering in the translated ${pair.target.kind === 'cell' ? 'cell' : 'block'}: expected ${orList(allowed(term, gloss))}`
  })
}

/** Text as a regular expression that matches it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A term that is itself a model number (H20) is checked by `model-mismatch`. */
function isModelToken(text: string): boolean {
  const [token] = findModels(text)
  return token !== undefined && token.text === text
}
