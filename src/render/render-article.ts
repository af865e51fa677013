/**
 * `renderArticle`: Markdown in, one HTML output out, for library users.
 */
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import type {Glossary} from '../glossary/create.js'
import {analyzeArticle} from '../article/analyze.js'
import {formats} from './formats.js'
import type {Dictionary} from '../dictionary/types.js'

/** Options of `renderArticle`. */
export interface RenderArticleOptions {
  /** The glossary whose terms to mark and gloss. */
  glossary: Glossary
  /**
   * What to render: a whole page (`'reader'`, `'handout'`) or only the
   * article's HTML with its terms marked (`'fragment'`). (default: `'reader'`)
   */
  format?: 'reader' | 'handout' | 'fragment'
  /** Gloss language. (default: `'en'`) */
  lang?: string
  /** Interface language. (default: `'en'`) */
  ui?: string
  /** Path or name of the article, for messages. (default: `'article.md'`) */
  path?: string
  /** The dictionary for the reader's word layer; in Node.js `openDictionary()` from `zhgloss/dictionary`. (default: none) */
  dictionary?: Dictionary
}

/**
 * Render an article as annotated HTML.
 *
 * @param markdown the article.
 * @param options the glossary and what to render.
 * @returns the HTML.
 */
export async function renderArticle(markdown: string, options: RenderArticleOptions): Promise<string> {
  const path = options.path ?? 'article.md'
  const article = await analyzeArticle(markdown, {glossary: options.glossary, path})
  const format = options.format ?? 'reader'
  if (format === 'fragment') return unified().use(rehypeStringify).stringify(article.hast)
  const [output] = formats[format]
  if (!output) throw new Error(`renderArticle: the format "${format}" is not available`)
  const name = path.replace(/^.*[\\/]/, '').replace(/\.md$/, '')
  const result = await output.render({
    name,
    article,
    glossary: options.glossary,
    lang: options.lang ?? 'en',
    ui: options.ui ?? 'en',
    ...(options.dictionary ? {dictionary: options.dictionary} : {})
  })
  return typeof result === 'string' ? result : new TextDecoder().decode(result)
}
