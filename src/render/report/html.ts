/**
 * The check report as a page a translator works from: the findings as a
 * list, then source and translation side by side, block by block, the terms
 * and the findings marked on the words (the message in the mark's title),
 * and the terms and candidates in tables. Built as a hast tree.
 */
import type {ElementContent, Properties} from 'hast'
import type {TFunction} from 'i18next'
import {h} from 'hastscript'
import {renderPage} from '../common/page.js'
import {createTranslator} from '../common/translator.js'
import type {RenderingSpan} from '../../glossary/renderings.js'
import type {BilingualResult} from '../../check/bilingual.js'
import type {Block} from '../../article/blocks.js'
import {checkStyle} from './style.js'
import type {LocatedFinding} from '../../check/rules/located.js'
import type {CheckResult, Report} from '../../check/report.js'

/** Options of `renderCheckPage`. */
export interface CheckPageOptions {
  /** Language of the translation. (default: `'en'`) */
  lang?: string
  /** Language of headings and labels, `en` or `zh`. (default: `'en'`) */
  ui?: string
}

const strings = {
  en: {
    title: 'Terminology check: {{source}}',
    summary: '{{terms}} terms, {{candidates}} candidates',
    findings: 'Findings',
    noFindings: 'No findings: the translation keeps every term, model number and number.',
    errors: '{{count}} errors',
    warnings: '{{count}} warnings',
    severity: 'Severity',
    rule: 'Rule',
    term: 'Term',
    sourcePlace: 'Source',
    targetPlace: 'Translation',
    message: 'Message',
    sideBySide: 'Source and translation',
    sourceOnly: 'Source',
    missing: '(no counterpart)',
    terms: 'Terms',
    written: 'Written (line:column)',
    rendering: 'Approved rendering',
    dnt: 'do not translate',
    candidates: 'Candidates not in the glossary',
    candidate: 'Text',
    reason: 'Reason',
    place: 'Line:column',
    none: 'none'
  },
  zh: {
    title: '术语检查：{{source}}',
    summary: '术语 {{terms}} 个，候选 {{candidates}} 个',
    findings: '检查结果',
    noFindings: '没有问题：译文保留了每个术语、型号和数字。',
    errors: '错误 {{count}} 个',
    warnings: '警告 {{count}} 个',
    severity: '级别',
    rule: '规则',
    term: '术语',
    sourcePlace: '原文',
    targetPlace: '译文',
    message: '说明',
    sideBySide: '原文与译文对照',
    sourceOnly: '原文',
    missing: '（无对应）',
    terms: '术语',
    written: '写法（行:列）',
    rendering: '规定译法',
    dnt: '不翻译',
    candidates: '词库未收的候选词',
    candidate: '文字',
    reason: '原因',
    place: '行:列',
    none: '无'
  }
}

/**
 * Render the check page.
 *
 * @param result the report and, with a translation, the alignment and located findings.
 * @param options the translation's language and the interface language.
 * @returns the HTML document.
 */
export function renderCheckPage(result: CheckResult, options: CheckPageOptions = {}): string {
  const t = createTranslator('check', strings, options.ui ?? 'en')
  const {report, bilingual} = result
  const located = bilingual?.findings ?? []
  const pairs = bilingual?.pairs ?? []
  const pairOf = new Map<Block, number>()
  pairs.forEach((pair, index) => {
    if (pair.source) pairOf.set(pair.source, index)
    if (pair.target) pairOf.set(pair.target, index)
  })
  const before: ElementContent[] = [
    h('header', [
      h('h1', t('title', {source: report.translation === undefined ? report.source : `${report.source} → ${report.translation}`})),
      h('p.summary', t('summary', {terms: report.terms.length, candidates: report.candidates.length}))
    ])
  ]
  if (report.translation !== undefined) before.push(findingsSection(report, located, pairOf, t))
  const article =
    bilingual === undefined
      ? [
          h('h2', t('sourceOnly')),
          h(
            'div.pairs.single',
            {lang: 'zh'},
            result.blocks.map((block) => h('div.pair', [h('div', blockContent(block, 'source', []))]))
          )
        ]
      : [h('h2', t('sideBySide')), pairsGrid(bilingual, t('missing'), options.lang ?? 'en')]
  return renderPage({
    lang: options.ui === 'zh' ? 'zh' : 'en',
    title: t('title', {source: report.source}),
    style: checkStyle,
    before,
    article,
    after: [termsSection(report, t), candidatesSection(report, t)]
  })
}

type T = TFunction

/** The findings as a table, each linked to the words it is about. */
function findingsSection(report: Report, located: readonly LocatedFinding[], pairOf: ReadonlyMap<Block, number>, t: T): ElementContent {
  const errors = report.findings.filter((finding) => finding.severity === 'error').length
  const rows = located.map(({finding, source, target}, index) => {
    const block = target?.block ?? source?.block
    const pair = block ? pairOf.get(block) : undefined
    const anchor = target ? `#target-${index + 1}` : source ? `#source-${index + 1}` : `#pair-${(pair ?? 0) + 1}`
    return h('tr', {id: `finding-${index + 1}`}, [
      h('td', {className: [`severity-${finding.severity}`]}, finding.severity),
      h('td', finding.rule),
      h('td', finding.term ?? ''),
      h('td', finding.source ? `${finding.source.line}:${finding.source.column}` : ''),
      h('td', finding.target ? `${finding.target.line}:${finding.target.column}` : ''),
      h('td', pair === undefined ? finding.message : h('a', {href: anchor}, finding.message))
    ])
  })
  return h('section', [
    h('h2', t('findings')),
    h('p.summary', [
      h('span.count-error', t('errors', {count: errors})),
      ', ',
      h('span.count-warning', t('warnings', {count: report.findings.length - errors}))
    ]),
    located.length === 0
      ? h('p', t('noFindings'))
      : h('table', [
          h(
            'thead',
            h(
              'tr',
              ['severity', 'rule', 'term', 'sourcePlace', 'targetPlace', 'message'].map((key) => h('th', t(key)))
            )
          ),
          h('tbody', rows)
        ])
  ])
}

/** Source and translation side by side, one row per aligned pair. */
function pairsGrid(bilingual: BilingualResult, missing: string, lang: string): ElementContent {
  const located = bilingual.findings
  const rows = bilingual.pairs.map((pair, index) => {
    const marks = located.map((item, number) => ({item, number: number + 1}))
    const flagged = marks.some(
      ({item}) => (item.source && item.source.block === pair.source) || (item.target && item.target.block === pair.target)
    )
    return h('div.pair', {id: `pair-${index + 1}`, className: flagged ? ['pair', 'has-findings'] : ['pair']}, [
      h('div', {lang: 'zh'}, pair.source ? blockContent(pair.source, 'source', marks) : [h('span.empty', missing)]),
      h(
        'div',
        {lang},
        pair.target ? blockContent(pair.target, 'target', marks, bilingual.renderings.get(pair.target) ?? []) : [h('span.empty', missing)]
      )
    ])
  })
  return h('div.pairs', rows)
}

interface Mark {
  start: number
  end: number
  classes: string[]
  title?: string
  term?: string
  anchor?: string
}

/** A block's text with its terms and findings marked. */
function blockContent(
  block: Block,
  side: 'source' | 'target',
  located: ReadonlyArray<{item: LocatedFinding; number: number}>,
  renderings: readonly RenderingSpan[] = []
): ElementContent[] {
  const terms = side === 'source' ? block.terms : renderings.filter((span) => span.status !== 'forbidden' && span.status !== 'miscased')
  const marks: Mark[] = terms.map((term) => ({start: term.start, end: term.end, classes: ['term'], term: term.id}))
  const pins: ElementContent[] = []
  for (const {item, number} of located) {
    const range = side === 'source' ? item.source : item.target
    if (!range || range.block !== block) continue
    const classes = [item.finding.severity]
    const title = `${item.finding.rule}: ${item.finding.message}`
    if (range.end > range.start) marks.push({start: range.start, end: range.end, classes, title, anchor: `${side}-${number}`})
    else pins.push(h('mark', {className: ['pin', ...classes], title, id: `${side}-${number}`}, `${number}`))
  }
  const label = h(
    'span.kind',
    {className: ['kind', `kind-${block.kind}`]},
    block.kind === 'heading' ? (block.level === 0 ? 'title' : `h${block.level}`) : block.kind
  )
  return [label, ...pins, ...segments(block.text, marks)]
}

/** Cut text at every mark boundary; each piece carries the marks covering it. */
function segments(text: string, marks: readonly Mark[]): ElementContent[] {
  const cuts = new Set([0, text.length])
  for (const mark of marks) {
    cuts.add(mark.start)
    cuts.add(mark.end)
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b)
  const out: ElementContent[] = []
  const anchored = new Set<string>()
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] ?? 0
    const end = points[index + 1] ?? 0
    const piece = text.slice(start, end)
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end)
    let node: ElementContent = {type: 'text', value: piece}
    for (const mark of covering) {
      const properties: Properties = {className: mark.classes}
      if (mark.term !== undefined) properties['dataTerm'] = mark.term
      if (mark.title !== undefined) properties['title'] = mark.title
      if (mark.anchor !== undefined && !anchored.has(mark.anchor)) {
        properties['id'] = mark.anchor
        anchored.add(mark.anchor)
      }
      node = h(mark.term === undefined ? 'mark' : 'span', properties, [node])
    }
    out.push(node)
  }
  return out
}

/** Every entry found: forms as written with places, approved rendering. */
function termsSection(report: Report, t: T): ElementContent {
  const rows = report.terms.map((term) => {
    const written = new Map<string, string[]>()
    for (const occurrence of term.occurrences)
      written.set(occurrence.text, [...(written.get(occurrence.text) ?? []), `${occurrence.line}:${occurrence.column}`])
    return h('tr', [
      h('td', term.id),
      h(
        'td',
        {lang: 'zh'},
        [...written].map(([text, places]) => h('div', `${text} — ${places.join(', ')}`))
      ),
      h('td', term.doNotTranslate ? [term.gloss, ' ', h('em', `(${t('dnt')})`)] : [term.gloss])
    ])
  })
  return h('section', [
    h('h2', t('terms')),
    h('table', [h('thead', h('tr', [h('th', 'id'), h('th', t('written')), h('th', t('rendering'))])), h('tbody', rows)])
  ])
}

/** Candidates the glossary lacks, with reason and place. */
function candidatesSection(report: Report, t: T): ElementContent {
  if (report.candidates.length === 0) return h('section', [h('h2', t('candidates')), h('p', t('none'))])
  const rows = report.candidates.map((candidate) =>
    h('tr', [h('td', {lang: 'zh'}, candidate.text), h('td', candidate.reason), h('td', `${candidate.line}:${candidate.column}`)])
  )
  return h('section', [
    h('h2', t('candidates')),
    h('table', [h('thead', h('tr', [h('th', t('candidate')), h('th', t('reason')), h('th', t('place'))])), h('tbody', rows)])
  ])
}
