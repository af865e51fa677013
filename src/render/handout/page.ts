/**
 * `handout.html`: the article ready to print for a class. A title block from
 * the front matter, pinyin and a footnote number on each term's first
 * occurrence (or every one), optionally the translation block by block, and
 * a glossary table after the article, in order of first appearance.
 */
import type {Element, ElementContent, Root} from 'hast'
import type {TFunction} from 'i18next'
import {visit} from 'unist-util-visit'
import type {Glossary} from '../../glossary/create.js'
import {createTranslator, type UiStrings} from '../common/translator.js'
import type {Article} from '../../article/analyze.js'
import {interleaveTranslation} from './bilingual.js'
import {termRows, type TermRow} from '../common/rows.js'
import type {HandoutSettings} from './settings.js'
import {handoutStyle} from './style.js'
import {glossaryTable, rowId} from './table.js'
import {added, renderPage} from '../common/page.js'
import {addRuby, termElements} from '../common/terms.js'
import {addTextPinyin} from '../common/text-pinyin.js'
import {markTranslation} from '../common/translation.js'
import {matterText, titleOf} from '../common/matter.js'

/** Options of `renderHandout`. */
export interface HandoutOptions extends HandoutSettings {
  glossary: Glossary
  /** Gloss language. (default: `'en'`) */
  lang?: string
  /** Interface language. (default: `'en'`) */
  ui?: string
  /** The translation, printed when `bilingual` is set. (default: none) */
  translation?: Article
}

const strings: UiStrings = {
  en: {
    untitled: 'Untitled article',
    author: 'Author: {{value}}',
    date: 'Date: {{value}}',
    source: 'Source: {{value}}',
    madeWith: 'Annotated with zhgloss from the glossary “{{glossary}}” ({{count}} entries); glosses in {{language}}.',
    madeWithUnnamed: 'Annotated with zhgloss from a glossary of {{count}} entries; glosses in {{language}}.',
    howToFirst: 'Each term has its pinyin and a number where it first occurs; the numbers refer to the glossary at the end.',
    howToAll: 'Every occurrence of a term has its pinyin and a number; the numbers refer to the glossary at the end.',
    howToFirstNoPinyin: 'Each term is numbered where it first occurs; the numbers refer to the glossary at the end.',
    howToAllNoPinyin: 'Every occurrence of a term is numbered; the numbers refer to the glossary at the end.',
    bilingual: 'Each paragraph is followed by its {{language}} translation.',
    sentenceGap: ' ',
    glossary: 'Glossary',
    number: 'No.',
    term: 'Term',
    otherForms: 'Other forms',
    pinyin: 'Pinyin',
    gloss: '{{language}}',
    note: 'Note',
    occurrences: 'Count',
    noTerms: 'No glossary term occurs in this article.'
  },
  zh: {
    untitled: '无题文章',
    author: '作者：{{value}}',
    date: '日期：{{value}}',
    source: '来源：{{value}}',
    madeWith: '由 zhgloss 依据术语表“{{glossary}}”（共 {{count}} 条）注释；释义语言：{{language}}。',
    madeWithUnnamed: '由 zhgloss 依据共 {{count}} 条的术语表注释；释义语言：{{language}}。',
    howToFirst: '术语首次出现处标注拼音和编号，编号对应文末术语表。',
    howToAll: '术语每次出现处均标注拼音和编号，编号对应文末术语表。',
    howToFirstNoPinyin: '术语首次出现处标注编号，编号对应文末术语表。',
    howToAllNoPinyin: '术语每次出现处均标注编号，编号对应文末术语表。',
    bilingual: '每段之后附{{language}}译文。',
    sentenceGap: '',
    glossary: '术语表',
    number: '序号',
    term: '术语',
    otherForms: '其他写法',
    pinyin: '拼音',
    gloss: '{{language}}释义',
    note: '说明',
    occurrences: '次数',
    noTerms: '本文没有出现术语表中的术语。'
  }
}

/**
 * Render the handout of an article.
 *
 * @param article the analyzed article.
 * @param options glossary, languages and settings.
 * @returns the HTML document.
 */
export function renderHandout(article: Article, options: HandoutOptions): string {
  const lang = options.lang ?? 'en'
  const ui = options.ui ?? 'en'
  const t = createTranslator('handout', strings, ui)
  const languageName = nameOfLanguage(lang, ui)
  const rows = termRows(article, options.glossary, lang)
  const tree: Root = structuredClone(article.hast)
  markTerms(tree, rows, options)
  let body = tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
  if (options.pinyin === 'all') body = addTextPinyin(body)
  const translation = options.bilingual ? options.translation : undefined
  if (translation) {
    const english = markTranslation(translation, {glossary: options.glossary, lang, statuses: ['preferred', 'accepted']})
    body = interleaveTranslation(body, english, lang)
  }
  const title = titleOf(article.matter, t('untitled'))
  return renderPage({
    lang: 'zh',
    title,
    style: handoutStyle(options.paper),
    article: body,
    before: [titleBlock(article, title, {...options, t, ui, languageName, bilingual: translation !== undefined})],
    after: [glossaryTable(rows, {t, lang, languageName, ui})]
  })
}

/**
 * Put pinyin and the footnote number on the marked occurrences of each term.
 *
 * @param tree the cloned article tree; changed in place.
 * @param rows the terms, numbered in order of first appearance.
 * @param options the glossary, density and pinyin mode.
 */
function markTerms(tree: Root, rows: readonly TermRow[], options: HandoutOptions): void {
  const numbers = new Map(rows.map((row) => [row.id, row.number]))
  const linked = elementsInLinks(tree)
  for (const term of termElements(tree, options.glossary)) {
    if (term.index > 0 && options.density !== 'all') continue
    if (options.pinyin !== 'none') addRuby(term)
    const number = numbers.get(term.entry.id)
    if (number === undefined) continue
    const classes = term.element.properties['className']
    term.element.properties['className'] = [
      ...(Array.isArray(classes) ? classes : typeof classes === 'string' ? [classes] : []),
      'zg-marked'
    ]
    // A link inside the article's own link would be invalid HTML, and parsers would tear the link apart.
    const mark = linked.has(term.element) ? String(number) : added('a', {href: `#${rowId(term.entry.id)}`}, [String(number)])
    term.element.children.push(added('sup', {className: ['zg-ref']}, [mark]))
  }
}

/**
 * The elements that are inside a link of the article.
 *
 * @param tree the article tree.
 * @returns the set of those elements.
 */
function elementsInLinks(tree: Root): Set<Element> {
  const inside = new Set<Element>()
  visit(tree, 'element', (link) => {
    if (link.tagName !== 'a') return
    visit(link, 'element', (element) => {
      if (element !== link) inside.add(element)
    })
  })
  return inside
}

interface TitleOptions extends HandoutOptions {
  t: TFunction
  ui: string
  languageName: string
  bilingual: boolean
}

/**
 * The title block: title, author, date and source from the front matter,
 * what made the handout, and how to read it.
 *
 * @param article the article.
 * @param title its title.
 * @param options strings and settings.
 * @returns the header, marked as added.
 */
function titleBlock(article: Article, title: string, options: TitleOptions): Element {
  const {t} = options
  const meta = (['author', 'date', 'source'] as const).flatMap((field) => {
    const value = matterText(article.matter[field])
    return value === undefined ? [] : [added('span', {}, [t(field, {value})])]
  })
  const count = options.glossary.entries.length
  const made = options.glossaryName
    ? t('madeWith', {glossary: options.glossaryName, count, language: options.languageName})
    : t('madeWithUnnamed', {count, language: options.languageName})
  const howTo = `howTo${options.density === 'all' ? 'All' : 'First'}${options.pinyin === 'none' ? 'NoPinyin' : ''}`
  return added('header', {className: ['zg-head']}, [
    added('h1', {}, [title]),
    ...(meta.length > 0 ? [added('p', {className: ['zg-meta']}, meta)] : []),
    added('p', {className: ['zg-made'], lang: options.ui}, [made]),
    added('p', {className: ['zg-howto'], lang: options.ui}, [
      t(howTo),
      ...(options.bilingual ? [t('sentenceGap'), t('bilingual', {language: options.languageName})] : [])
    ])
  ])
}

/**
 * A language's name in the interface language (`en` → English, 英语).
 *
 * @param lang the language code.
 * @param ui the interface language.
 * @returns the name, or the code where the runtime has no name for it.
 */
function nameOfLanguage(lang: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], {type: 'language'}).of(lang) ?? lang
  } catch {
    return lang
  }
}
