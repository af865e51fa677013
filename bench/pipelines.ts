/**
 * The pipelines the benchmark compares: the bare one (remark-parse,
 * remark-gfm, remark-rehype, rehype-stringify), the same with `remarkGloss`,
 * and the regular-expression baseline with mdast-util-find-and-replace.
 */
import type {Root} from 'mdast'
import {findAndReplace} from 'mdast-util-find-and-replace'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Glossary} from '../src/glossary/create.js'
import {remarkGloss} from '../src/plugin/remark-gloss.js'
import {remarkSections} from '../src/plugin/sections.js'
import {glossHandlers} from '../src/plugin/to-hast.js'

/**
 * Markdown to HTML with the bare pipeline.
 *
 * @param markdown the text.
 * @returns the HTML.
 */
export function bare(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(markdown))
}

/**
 * Markdown to HTML with the bare pipeline and `remarkGloss`.
 *
 * @param markdown the text.
 * @param glossary the glossary (its matcher already built, so that only matching is measured).
 * @returns the HTML.
 */
export function glossed(markdown: string, glossary: Glossary): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkGloss, {glossary})
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(new VFile(markdown))
  )
}

/**
 * Markdown to HTML with `remarkGloss`, its handlers passed to remark-rehype.
 *
 * @param markdown the text.
 * @param glossary the glossary.
 * @returns the HTML.
 */
export function glossedWithHandlers(markdown: string, glossary: Glossary): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkGloss, {glossary})
      .use(remarkRehype, {handlers: glossHandlers})
      .use(rehypeStringify)
      .processSync(new VFile(markdown))
  )
}

/**
 * The analysis stage of zhgloss up to the marked tree, as `analyzeArticle` runs it: parse (in sections) and mark.
 *
 * @param markdown the text.
 * @param glossary the glossary.
 * @returns the number of terms marked.
 */
export function analyze(markdown: string, glossary: Glossary): number {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSections).use(remarkGloss, {glossary})
  const file = new VFile(markdown)
  processor.runSync(processor.parse(file), file)
  return file.data.gloss?.occurrences.length ?? 0
}

/**
 * Parse Markdown once, for the matcher-only comparisons.
 *
 * @param markdown the text.
 * @returns the tree.
 */
export function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

/**
 * Mark terms in a tree with `remarkGloss`'s transformer.
 *
 * @param tree the tree (changed).
 * @param markdown its source, for places.
 * @param glossary the glossary.
 * @returns the number of terms marked.
 */
export function markWithGloss(tree: Root, markdown: string, glossary: Glossary): number {
  const file = new VFile(markdown)
  unified().use(remarkGloss, {glossary}).runSync(tree, file)
  return file.data.gloss?.occurrences.length ?? 0
}

/** Node types the regular expression must leave alone, as remarkGloss does. */
const ignored = ['code', 'inlineCode', 'html', 'definition']

/**
 * One regular expression of every form, longest first, case-insensitive.
 *
 * @param forms the forms.
 * @returns the expression.
 */
export function formsRegExp(forms: readonly string[]): RegExp {
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(alternatives.join('|'), 'gi')
}

/**
 * Mark terms in a tree with mdast-util-find-and-replace and one regular expression.
 *
 * @param tree the tree (changed).
 * @param pattern the expression from `formsRegExp`.
 * @returns the number of terms marked.
 */
export function markWithRegExp(tree: Root, pattern: RegExp): number {
  let count = 0
  findAndReplace(
    tree,
    [
      pattern,
      (value: string) => {
        count++
        return {type: 'emphasis', children: [{type: 'text', value}]}
      }
    ],
    {ignore: ignored}
  )
  return count
}
