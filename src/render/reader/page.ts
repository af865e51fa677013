/**
 * `reader.html`: the article for reading. Every term is focusable and
 * described by a tooltip (term as written, pinyin, gloss, note, other forms);
 * pinyin over terms and, optionally, over all the text; the translation
 * beside the Chinese; a term index; and, on paper, a glossary at the end.
 * Readings are computed here, when the page is built; the page's script only
 * shows and hides what is already there.
 */
import type {ElementContent, RootContent} from 'hast'
import type {Glossary} from '../../glossary/create.js'
import {fold} from '../../matcher/index.js'
import {createTranslator} from '../common/translator.js'
import type {Article} from '../../article/analyze.js'
import {added, renderPage} from '../common/page.js'
import {optionsPanel, stepper, termIndex} from './controls.js'
import {addTextPinyin} from './pinyin.js'
import {clientScript} from './client-script.js'
import {readerStrings} from './strings.js'
import {readerStyle} from './style.js'
import {decorateTerms} from './terms.js'
import {printGlossary, tooltip} from './tooltips.js'
import {markTranslation, pairBlocks} from './translation.js'
import type {Dictionary} from '../../dictionary/types.js'
import {addWords, knownControl, wordAttribution, wordDataScript, wordStyle} from './words.js'

/** Options of the reader. */
export interface ReaderOptions {
  glossary: Glossary
  /** The article's translation into the gloss language, shown beside it. (default: none) */
  translation?: Article | undefined
  /** Gloss language. (default: `'en'`) */
  lang?: string
  /** Interface language. (default: `'en'`) */
  ui?: string
  /** The dictionary for the word layer (every Chinese word opens a popup). (default: no word layer) */
  dictionary?: Dictionary | undefined
}

/**
 * Render the reader page of an article.
 *
 * @param article the analyzed article.
 * @param options glossary, translation and languages.
 * @returns the HTML document.
 */
export function renderReader(article: Article, options: ReaderOptions): string {
  const {glossary, translation} = options
  const lang = options.lang ?? 'en'
  const t = createTranslator('reader', readerStrings, options.ui)
  const tree = structuredClone(article.hast)
  const terms = decorateTerms(tree, glossary)
  const words = options.dictionary ? addWords(tree, options.dictionary) : undefined
  addTextPinyin(tree)
  const body = translation
    ? pairBlocks(tree.children, markTranslation(translation, glossary, lang).children, lang)
    : tree.children.filter(isContent)
  const describe = {glossary, lang, t}
  const title = stringOr(article.matter.title, t('untitled'))
  const translatedTitle = translation ? stringOr(translation.matter.title, '') : ''
  return renderPage({
    lang: stringOr(article.matter['lang'], chineseVariant(article.markdown)),
    title,
    style: words ? readerStyle + wordStyle : readerStyle,
    script: clientScript,
    before: [
      added('header', {className: ['zg-header']}, [
        added('h1', {}, [title]),
        ...(translatedTitle ? [added('p', {className: ['zg-en-title'], lang}, [translatedTitle])] : []),
        added('div', {className: ['zg-bar'], hidden: true}, [
          optionsPanel({t, translation: translation !== undefined}),
          ...(words ? [knownControl(t('known'), t('knownNone'))] : []),
          termIndex(terms.entries, glossary, lang, t)
        ])
      ])
    ],
    article: body,
    after: [
      added('footer', {className: ['zg-footer']}, [
        printGlossary(terms.entries, describe),
        stepper(t),
        added(
          'div',
          {className: ['zg-tips']},
          terms.variants.map((variant) => tooltip(variant, describe))
        ),
        ...(words ? [wordAttribution(words, t('dictionaryCredit')), wordDataScript(words)] : [])
      ])
    ]
  })
}

/**
 * Whether a top-level node can stand in an element; article trees hold no
 * doctype, and this says so to the compiler.
 *
 * @param node a top-level node.
 * @returns true for anything but a doctype.
 */
function isContent(node: RootContent): node is ElementContent {
  return node.type !== 'doctype'
}

/**
 * The language tag of a Chinese article, so that browsers pick fonts and
 * voices for its script: traditional when a good share of its Han characters
 * are traditional ones (folding changes them), simplified otherwise.
 *
 * @param markdown the article.
 * @returns `zh-Hant` or `zh-Hans`.
 */
export function chineseVariant(markdown: string): string {
  const han = markdown.match(/\p{Script=Han}/gu) ?? []
  const traditional = han.filter((character) => fold(character) !== character).length
  return traditional * 10 > han.length ? 'zh-Hant' : 'zh-Hans'
}

/**
 * A front matter value as text.
 *
 * @param value the value.
 * @param fallback what to use when it is not a non-empty string.
 * @returns the text.
 */
function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback
}
