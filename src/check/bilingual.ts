/**
 * The bilingual checks: align a source and its translation block by block,
 * then run every rule on each pair, and the rules that look at the whole
 * translation once.
 */
import type {Glossary} from '../glossary/create.js'
import {createRenderingMatcher, type RenderingSpan} from '../glossary/renderings.js'
import type {Article} from '../article/analyze.js'
import {alignBlocks, type AlignedPair} from './align.js'
import {extractBlocks, type Block, type BlockTerm} from '../article/blocks.js'
import {blockStart, makeFinding, type LocatedFinding} from './rules/located.js'
import {findModels} from './quantities/models.js'
import {readChineseNumbers, readEnglishNumbers, type NumberMention} from './quantities/numbers.js'
import {checkConsistency, type BlockRenderings} from './rules/consistency.js'
import {quote, type PairContext} from './rules/context.js'
import {checkForbidden} from './rules/forbidden.js'
import {checkModels} from './rules/models.js'
import {checkNumbers} from './rules/numbers.js'
import {checkTermRenderings} from './rules/terms.js'
import {checkUntranslated} from './rules/untranslated.js'
import {applies} from './rules/senses.js'
import {checkLatin, checkLinks} from './rules/latin.js'
import {checkNames} from './rules/names.js'
import {checkAbsentNames, type NameIndex} from './rules/name-absent.js'
import {prepare} from './rules/name-source.js'
import type {Dictionary} from '../dictionary/types.js'

/** What the name rules read: the dictionary and its news outlets (in Node.js, `nameSources()`). */
export interface NameSources {
  dictionary: Dictionary
  outlets: NameIndex
}

/** What the bilingual checks found, with the alignment they worked on. */
export interface BilingualResult {
  pairs: AlignedPair[]
  findings: LocatedFinding[]
  /** Glossary renderings found in each translated block. */
  renderings: ReadonlyMap<Block, readonly RenderingSpan[]>
}

const kindNames: Record<Block['kind'], string> = {
  heading: 'heading',
  paragraph: 'paragraph',
  caption: 'caption',
  item: 'list item',
  cell: 'table cell'
}

/**
 * Check a translation against its source and the glossary.
 *
 * @param source the Chinese article, analyzed.
 * @param target the translation, analyzed.
 * @param glossary the glossary.
 * @param lang the language of the translation. (default: `'en'`)
 * @param order pair blocks by their order, not their content: for segments a file already pairs. (default: `false`)
 * @param names the dictionary and its outlets, for the name rules. (default: none, and no name rules)
 * @returns the alignment and the findings in document order.
 */
export function checkTranslation(
  source: Article,
  target: Article,
  glossary: Glossary,
  lang = 'en',
  order = false,
  names?: NameSources
): BilingualResult {
  const matcher = createRenderingMatcher(glossary, lang)
  const found = new Map<Block, RenderingSpan[]>()
  const renderingsOf = (block: Block): RenderingSpan[] => {
    const cached = found.get(block) ?? matcher.find(block.text)
    found.set(block, cached)
    return cached
  }
  const findTerms = (text: string): BlockTerm[] =>
    glossary.matcher.match(text).map((span) => ({
      id: span.id,
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      ...(span.model === undefined ? {} : {model: span.model})
    }))
  const sourceBlocks = extractBlocks(source.mdast, source.markdown, {title: titleOf(source), findTerms})
  // An entry that does not apply where it was found (推理 in 推理小说) asks nothing of the translation.
  for (const block of sourceBlocks) {
    const around = block.kind === 'heading' || block.kind === 'cell' ? source.markdown : ''
    block.terms = block.terms.filter((term) => applies(glossary, term, block.text, around))
  }
  const targetBlocks = extractBlocks(target.mdast, target.markdown, {title: titleOf(target)})
  const pairs: AlignedPair[] = order
    ? sourceBlocks.map((block, index) => ({source: block, ...(targetBlocks[index] ? {target: targetBlocks[index]} : {})}))
    : alignBlocks(sourceBlocks, targetBlocks, {
        source: (block) =>
          anchorsOf(
            block.terms.map((term) => term.id),
            block.text,
            readChineseNumbers
          ),
        target: (block) =>
          anchorsOf(
            renderingsOf(block)
              .filter((span) => span.status !== 'forbidden')
              .map((span) => span.id),
            block.text,
            readEnglishNumbers
          )
      })
  const findings: LocatedFinding[] = [...checkGlossLanguage(pairs, glossary, lang)]
  const translated: BlockRenderings[] = []
  const earlier = new Set<string>()
  for (const pair of pairs) {
    if (!pair.target) {
      if (pair.source) findings.push(unpaired(pair.source, 'source'))
      continue
    }
    const renderings = renderingsOf(pair.target)
    translated.push({block: pair.target, renderings, terms: new Set(pair.source?.terms.map((term) => term.id))})
    if (pair.joined && pair.source) findings.push(joined(pair.joined, pair.source, pair.target))
    if (!pair.source) {
      findings.push(
        unpaired(pair.target, 'target'),
        ...checkForbidden(pair.target, renderings, glossary, lang),
        ...checkUntranslated(pair.target)
      )
      continue
    }
    const context: PairContext = {source: pair.source, target: pair.target, renderings, glossary, lang, earlier: new Set(earlier)}
    for (const span of renderings) if (span.status !== 'forbidden') earlier.add(span.id)
    findings.push(
      ...checkTermRenderings(context),
      ...checkForbidden(pair.target, renderings, glossary, lang, pair.source),
      ...checkModels(context),
      ...checkNumbers(context),
      ...checkLatin(context),
      ...checkUntranslated(pair.target, pair.source)
    )
  }
  findings.push(
    ...checkConsistency(translated, glossary, lang),
    ...(names ? checkBeyondGlossary(pairs, renderingsOf, source.markdown, glossary, names) : []),
    ...checkLinks(source, target, sourceBlocks)
  )
  return {pairs, findings, renderings: found}
}

/** The name rules: names the glossary lacks rendered two ways, and outlets the source does not name. */
function checkBeyondGlossary(
  pairs: readonly AlignedPair[],
  renderingsOf: (block: Block) => RenderingSpan[],
  markdown: string,
  glossary: Glossary,
  {dictionary, outlets: index}: NameSources
): LocatedFinding[] {
  const prepared = pairs.flatMap((pair) =>
    pair.source && pair.target
      ? [prepare({source: pair.source, target: pair.target, renderings: renderingsOf(pair.target)}, dictionary)]
      : []
  )
  let inSource: Set<string> | undefined
  const outlets = {
    isOutlet: (id: string) => glossary.entry(id)?.category === 'media',
    forms: (id: string) => glossary.entry(id)?.forms ?? [],
    // The whole source is matched again only if the translation names an outlet of the glossary.
    get inSource(): ReadonlySet<string> {
      inSource ??= new Set(glossary.matcher.match(markdown).map((span) => span.id))
      return inSource
    }
  }
  return [...checkNames(prepared, dictionary), ...checkAbsentNames(prepared, markdown, index, outlets)]
}

/**
 * What a block keeps in any language, for alignment: its entries, model
 * numbers and numbers read as values.
 *
 * @param terms the entries found in the block.
 * @param text the block's text.
 * @param readNumbers how to read numbers in its language.
 * @returns the anchors.
 */
function anchorsOf(terms: readonly string[], text: string, readNumbers: (text: string) => NumberMention[]): Set<string> {
  const numbers = readNumbers(text).map((number) => {
    if (number.kind !== 'date') return `${number.kind}:${number.value}`
    const {year, quarter, month, day} = number.date ?? {}
    return `date:${year ?? ''}:${quarter ?? ''}:${month ?? ''}:${day ?? ''}`
  })
  return new Set([...terms.map((id) => `term:${id}`), ...findModels(text).map((token) => `model:${token.key}`), ...numbers])
}

/** The front matter title, where it is text. */
function titleOf(article: Article): string | undefined {
  const title = article.matter.title
  return typeof title === 'string' ? title : undefined
}

/** `alignment` (a warning): blocks merged or split by the translation, checked together. */
function joined(join: NonNullable<AlignedPair['joined']>, source: Block, target: Block): LocatedFinding {
  const [, second] = join.parts
  const kind = kindNames[source.kind]
  if (join.side === 'source') {
    const where = second ? second.place(0) : source.place(0)
    return makeFinding({
      rule: 'alignment',
      severity: 'warning',
      source: {block: source, start: source.text.length - (second?.text.length ?? 0), end: source.text.length - (second?.text.length ?? 0)},
      target: blockStart(target),
      message: `two ${kind}s of the source (the second at line ${where.line}) are translated as one; keep one ${kind} for each, so that each can be checked against its own`
    })
  }
  const where = second ? second.place(0) : target.place(0)
  return makeFinding({
    rule: 'alignment',
    severity: 'warning',
    source: blockStart(source),
    target: {block: target, start: target.text.length - (second?.text.length ?? 0), end: target.text.length - (second?.text.length ?? 0)},
    message: `this ${kind} of the source is split in two in the translation (the second at line ${where.line}); keep one ${kind} for each`
  })
}

/** `alignment`: a block with no counterpart on the other side. */
function unpaired(block: Block, side: 'source' | 'target'): LocatedFinding {
  const kind = block.kind === 'heading' && block.level === 0 ? 'title' : kindNames[block.kind]
  return side === 'source'
    ? makeFinding({
        rule: 'alignment',
        severity: 'error',
        source: blockStart(block),
        message: `this ${kind} of the source, ${quote(block.text, 24)}, has no counterpart in the translation: translate it, or check that the translation keeps the source's blocks in order`
      })
    : makeFinding({
        rule: 'alignment',
        severity: 'warning',
        target: blockStart(block),
        message: `this ${kind} of the translation, ${quote(block.text, 24)}, matches no block of the source: remove it, or check that the translation keeps the source's blocks in order`
      })
}

/** `gloss-missing`: entries of the source with no gloss of their own in the translation's language. */
function checkGlossLanguage(pairs: readonly AlignedPair[], glossary: Glossary, lang: string): LocatedFinding[] {
  const findings: LocatedFinding[] = []
  const seen = new Set<string>()
  for (const {source} of pairs) {
    for (const term of source?.terms ?? []) {
      if (!source || seen.has(term.id)) continue
      seen.add(term.id)
      const gloss = glossary.gloss(term.id, lang)
      if (gloss && gloss.lang === lang) continue
      findings.push(
        makeFinding({
          rule: 'gloss-missing',
          severity: 'warning',
          term: term.id,
          source: {block: source, start: term.start, end: term.end},
          message: `${term.id} (${quote(term.text)}) has no gloss in "${lang}"${gloss ? `; translators are checked against the English ${quote(gloss.gloss)}` : ''}: add it to glossary/${lang}/terms.json`
        })
      )
    }
  }
  return findings
}
