/**
 * `reader.html`: the article with every term focusable and described by a
 * tooltip (pinyin, gloss, note, other forms), pinyin over first occurrences.
 */
import type {ElementContent, Root} from 'hast'
import type {Glossary} from '../glossary/create.js'
import {readingOf} from '../glossary/reading.js'
import type {Entry} from '../glossary/types.js'
import {createTranslator, type UiStrings} from '../ui/translator.js'
import type {Article} from './article.js'
import {added, renderPage} from './page.js'
import {addRuby, glossText, termElements} from './terms.js'
import {readerScript} from './reader-script.js'
import {readerStyle} from './reader-style.js'

/** Options of the reader. */
export interface ReaderOptions {
  glossary: Glossary
  /** Gloss language. (default: `'en'`) */
  lang?: string
  /** Interface language. (default: `'en'`) */
  ui?: string
}

const strings: UiStrings = {
  en: {alsoWritten: 'Also written', pinyin: 'Pinyin', gloss: 'Gloss', untitled: 'Untitled article'},
  zh: {alsoWritten: '又作', pinyin: '拼音', gloss: '释义', untitled: '无题文章'}
}

/**
 * Render the reader page of an article.
 *
 * @param article the analyzed article.
 * @param options glossary and languages.
 * @returns the HTML document.
 */
export function renderReader(article: Article, options: ReaderOptions): string {
  const lang = options.lang ?? 'en'
  const t = createTranslator('reader', strings, options.ui)
  const tree: Root = structuredClone(article.hast)
  const used = new Map<string, Entry>()
  for (const term of termElements(tree, options.glossary)) {
    used.set(term.entry.id, term.entry)
    if (term.index === 0) addRuby(term)
    term.element.properties = {
      ...term.element.properties,
      tabIndex: 0,
      ariaDescribedBy: [tooltipId(term.entry.id)]
    }
  }
  const title = String(article.matter.title ?? t('untitled'))
  const tooltips = [...used.values()].map((entry) => tooltip(entry, options.glossary, lang, t))
  return renderPage({
    lang: 'zh',
    title,
    style: readerStyle,
    script: readerScript,
    before: [added('header', {className: ['zg-header']}, [added('h1', {}, [title])])],
    article: tree.children as ElementContent[],
    after: [added('div', {className: ['zg-tooltips']}, tooltips)]
  })
}

/**
 * The id of an entry's tooltip element; entry ids are ASCII and safe in ids.
 *
 * @param id the entry id.
 * @returns the element id.
 */
export function tooltipId(id: string): string {
  return `zg-tip-${id}`
}

function tooltip(entry: Entry, glossary: Glossary, lang: string, t: (key: string) => string): ElementContent {
  const gloss = glossary.gloss(entry.id, lang)
  const reading = readingOf(entry, entry.preferred)
  const others = entry.forms.filter((form) => form !== entry.preferred)
  return added('div', {role: 'tooltip', id: tooltipId(entry.id), className: ['zg-tip'], hidden: true, lang: gloss?.lang ?? lang}, [
    added('span', {className: ['zg-tip-head'], lang: 'zh'}, [entry.preferred]),
    ...(reading ? [' ', added('span', {className: ['zg-tip-pinyin']}, [reading])] : []),
    added('span', {className: ['zg-tip-gloss']}, [glossText(glossary, entry.id, undefined, lang)]),
    ...(gloss?.note ? [added('span', {className: ['zg-tip-note']}, [gloss.note])] : []),
    ...(others.length > 0 ? [added('span', {className: ['zg-tip-forms']}, [`${t('alsoWritten')}: `, added('span', {lang: 'zh'}, [others.join(' · ')])])] : [])
  ])
}
