/**
 * `index.html`: every built article with links to its outputs.
 */
import {createTranslator, type UiStrings} from './common/translator.js'
import {added, renderPage} from './common/page.js'

/** One article on the index. */
export interface IndexItem {
  /** Folder name under the output folder. */
  name: string
  title: string
  /** Number of term occurrences found. */
  terms: number
  /** Files written, relative to the article's folder. */
  files: readonly string[]
}

const strings: UiStrings = {
  en: {title: 'zhgloss: annotated articles', terms: '{{count}} term occurrences', empty: 'No articles were built.'},
  zh: {title: 'zhgloss：注释文章', terms: '术语出现 {{count}} 次', empty: '没有生成任何文章。'}
}

const style = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; font-family: system-ui, "Noto Sans CJK SC", sans-serif; line-height: 1.6; }
li { margin-bottom: 0.75rem; }
.files a { margin-right: 0.75rem; }
`

/**
 * Render the index page.
 *
 * @param items the articles built.
 * @param ui the interface language.
 * @returns the HTML document.
 */
export function renderIndex(items: readonly IndexItem[], ui = 'en'): string {
  const t = createTranslator('index', strings, ui)
  const list = items.map((item) =>
    added('li', {}, [
      added('strong', {lang: 'zh'}, [item.title]),
      ' — ',
      t('terms', {count: item.terms}),
      added(
        'div',
        {className: ['files']},
        item.files.map((file) => added('a', {href: `${encodeURIComponent(item.name)}/${file}`}, [file]))
      )
    ])
  )
  return renderPage({
    lang: ui,
    title: t('title'),
    style,
    article: [],
    before: [added('h1', {}, [t('title')]), items.length > 0 ? added('ul', {}, list) : added('p', {}, [t('empty')])]
  })
}
