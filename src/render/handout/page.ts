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
import {createTranslator} from '../common/translator.js'
import {handoutStrings} from './strings.js'
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
import {chineseLang} from '../common/language.js'
import {matterText, titleOf} from '../common/matter.js'
import {exercises} from './exercises.js'
import {lineNumbersScript} from './line-script.js'

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
  const t = createTranslator('handout', handoutStrings, ui)
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
  const table = {t, lang, languageName, ui, forms: options.forms === true, notes: options.notes ?? 'short'}
  return renderPage({
    lang: chineseLang(article.markdown, article.matter, options.region),
    title,
    style: handoutStyle(options.paper, {numbers: options.numbers === true, lines: options.lineNumbers === true}),
    ...(options.lineNumbers ? {script: lineNumbersScript} : {}),
    article: body,
    before: [titleBlock(article, title, {...options, t, ui, languageName, bilingual: translation !== undefined})],
    after: [glossaryTable(rows, table), ...(options.exercises ? exercises(rows, article.hast, {t, lang}) : [])]
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
    // With pinyin over all text, a term's characters take their syllables in the same cells as the rest.
    if ((options.pinyin ?? 'terms') === 'terms') addRuby(term)
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
    ...(options.nameLine === false
      ? []
      : [
          added('p', {className: ['zg-name'], lang: options.ui}, [
            added('span', {}, [`${t('name')}:`]),
            added('span', {className: ['zg-blank']}, []),
            added('span', {}, [`${t('day')}:`]),
            added('span', {className: ['zg-blank', 'zg-blank-short']}, [])
          ])
        ]),
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
