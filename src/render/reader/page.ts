/**
 * `reader.html`: the article for reading. Every term is focusable and
 * described by a tooltip (term as written, pinyin, gloss, note, other forms);
 * pinyin over terms and, optionally, over all the text; the translation
 * beside the Chinese; a term index; and, on paper, a glossary at the end.
 * Readings are computed here, when the page is built; the page's script
 * shows and hides them, and puts the readings of all text (kept compact) over
 * the characters when asked.
 */
import type {ElementContent, RootContent} from 'hast'
import type {Glossary} from '../../glossary/create.js'
import {termRows} from '../common/rows.js'
import {markTranslation} from '../common/translation.js'
import {chineseLang} from '../common/language.js'
import {matterText, titleOf} from '../common/matter.js'
import {createTranslator} from '../common/translator.js'
import type {Article} from '../../article/analyze.js'
import {added, type PageParts, renderPage, renderPageBytes} from '../common/page.js'
import {optionsPanel, stepper, termIndex} from './controls.js'
import {clientScript} from './client-script.js'
import {readerStrings} from './strings.js'
import {readerStyle} from './style.js'
import {longArticleStyle} from './style-reading.js'
import {decorateTerms} from './terms.js'
import {printGlossary, tooltip} from './tooltips.js'
import {pairBlocks} from './translation.js'
import {readingsId} from './client/text-order.js'
import {textReadings} from './text-readings.js'
import type {Dictionary} from '../../dictionary/types.js'
import {addWords, knownControl, wordAttribution, wordDataScript, wordStyle} from './words.js'

/** Characters of Markdown from which an article's blocks off screen skip layout until they come near (see `longArticleStyle`). */
export const longArticle = 50_000

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
  return renderPage(readerPage(article, options))
}

/**
 * Render the reader page of an article as UTF-8 (what the build writes: a
 * long article's page is never held whole as a string).
 *
 * @param article the analyzed article.
 * @param options glossary, translation and languages.
 * @returns the HTML document, as `renderReader` writes it, in UTF-8.
 */
export function renderReaderBytes(article: Article, options: ReaderOptions): Uint8Array {
  return renderPageBytes(readerPage(article, options))
}

/** The reader's page: the decorated article and everything around it. */
function readerPage(article: Article, options: ReaderOptions): PageParts {
  const {glossary, translation} = options
  const lang = options.lang ?? 'en'
  const t = createTranslator('reader', readerStrings, options.ui)
  const tree = structuredClone(article.hast)
  const terms = decorateTerms(tree, glossary, termRows(article, glossary, lang))
  const chinese = tree.children.filter(isContent)
  const readings = textReadings(chinese)
  const words = options.dictionary ? addWords(chinese, options.dictionary) : undefined
  const body = translation ? pairBlocks(chinese, markTranslation(translation, {glossary, lang}), lang) : chinese
  const describe = {glossary, lang, t}
  const title = titleOf(article.matter, t('untitled'))
  const translatedTitle = translation ? (matterText(translation.matter.title) ?? '') : ''
  return {
    lang: chineseLang(article.markdown, article.matter),
    title,
    style: readerStyle + (words ? wordStyle : '') + (article.markdown.length >= longArticle ? longArticleStyle : ''),
    script: clientScript,
    compact: true,
    before: [
      added('a', {className: ['zg-skip'], href: '#article'}, [t('skip')]),
      added('header', {className: ['zg-header']}, [
        added('h1', {}, [title]),
        ...(translatedTitle ? [added('p', {className: ['zg-en-title'], lang}, [translatedTitle])] : []),
        // In the page as served, so that nothing moves when the script starts.
        added('div', {className: ['zg-bar']}, [
          optionsPanel({t, translation: translation !== undefined}),
          ...(words ? [knownControl(t('known'), t('knownNone'))] : []),
          termIndex(terms.entries, glossary, lang, t)
        ])
      ])
    ],
    // The word cursor: the words' one Tab stop, at the top of the article (the page's script shows it).
    article: words ? [added('button', {type: 'button', className: ['zg-word-keys'], hidden: true}, [t('wordKeys')]), ...body] : body,
    after: [
      added('footer', {className: ['zg-footer']}, [
        printGlossary(terms.entries, describe),
        stepper(t),
        added('div', {className: ['zg-hint'], role: 'note', hidden: true}, [
          added('span', {}, [t('hint')]),
          ' ',
          added('button', {type: 'button'}, [t('hintClose')])
        ]),
        added('div', {className: ['zg-live'], ariaLive: 'polite'}, []),
        // Data, not code: a <template> is inert and outside the article's text.
        added('template', {id: readingsId}, [readings]),
        added(
          'div',
          {className: ['zg-tips']},
          terms.variants.map((variant) => tooltip(variant, describe))
        ),
        ...(words ? [wordAttribution(words, t('dictionaryCredit')), wordDataScript(words)] : [])
      ])
    ]
  }
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
