/**
 * Parse an article once: Markdown → mdast with the terms marked → hast.
 * Every output format starts from this.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Glossary} from '../glossary/create.js'
import {remarkMatter, type FrontMatter} from '../plugin/front-matter.js'
import {explainOverflow} from '../core/problem.js'
import {remarkGloss, type Occurrence} from '../plugin/remark-gloss.js'
import {remarkSafeUrls} from '../plugin/safe-urls.js'
import {remarkSections} from '../plugin/sections.js'
import {remarkCjkUrls} from '../plugin/cjk-urls.js'

/** An article, parsed and marked. */
export interface Article {
  /** Path or name of the article, for messages and reports. */
  readonly path: string
  /** The Markdown as read (without a byte order mark). */
  readonly markdown: string
  /** The Markdown tree, terms as `glossTerm` nodes. */
  readonly mdast: MdastRoot
  /** The HTML tree of the article body, terms as `<span data-term>`. Outputs clone it before changing it. */
  readonly hast: HastRoot
  /** Front matter fields. */
  readonly matter: FrontMatter
  /** Every term occurrence with its line and column. */
  readonly occurrences: readonly Occurrence[]
  /** The file, holding messages (warnings) about the article. */
  readonly file: VFile
}

/** Options of `analyzeArticle`. */
export interface AnalyzeOptions {
  /** The glossary whose terms to mark. */
  glossary: Glossary
  /** Path or name for messages. (default: `'article.md'`) */
  path?: string
}

/**
 * Parse an article and mark its terms.
 *
 * @param markdown the article's Markdown.
 * @param options the glossary and the article's path.
 * @returns the parsed article.
 */
export async function analyzeArticle(markdown: string, options: AnalyzeOptions): Promise<Article> {
  const path = options.path ?? 'article.md'
  const file = new VFile({path, value: markdown})
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(remarkCjkFriendlyGfmStrikethrough)
    .use(remarkSections)
    .use(remarkCjkUrls)
    .use(remarkMatter)
    .use(remarkSafeUrls)
    .use(remarkGloss, {glossary: options.glossary})
    .use(remarkRehype)
  let mdast: MdastRoot
  let hast: HastRoot
  try {
    mdast = processor.parse(file)
    hast = await processor.run(mdast, file)
  } catch (error) {
    throw explainOverflow(error, path)
  }
  return {
    path,
    markdown,
    mdast,
    hast,
    matter: file.data.matter ?? {},
    occurrences: file.data.gloss?.occurrences ?? [],
    file
  }
}
