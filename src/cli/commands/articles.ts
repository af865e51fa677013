/**
 * Which files are articles: `NAME.md` in `articles/`, not the translations
 * `NAME.LNG.md` beside them.
 */
import {readdir} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {ZhglossError} from '../../core/problem.js'

/** A translation's file name: `NAME.LNG.md`. */
export const translationName = /\.[a-z]{2,3}(-[A-Za-z0-9]+)?\.md$/

/**
 * The articles of a folder: `*.md` that are not translations.
 *
 * @param folder the folder.
 * @param cwd the working folder, to make paths relative.
 * @returns the article paths, sorted.
 * @throws ZhglossError when the folder is missing or has no articles.
 */
export async function findArticles(folder: string, cwd: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    throw new ZhglossError([
      {
        file: relative(cwd, folder) || '.',
        message: 'no articles folder here; name the articles to build (zhgloss build FILE.md) or create articles/',
        rule: 'articles-missing',
        severity: 'error'
      }
    ])
  }
  const articles = names.filter(isArticleName).sort()
  if (articles.length === 0) {
    throw new ZhglossError([
      {
        file: relative(cwd, folder),
        message: 'no .md articles in this folder; add one or name the articles to build',
        rule: 'articles-missing',
        severity: 'error'
      }
    ])
  }
  return articles.map((name) => relative(cwd, join(folder, name)))
}

/**
 * Whether a file name is an article (not a translation, not a README).
 *
 * @param name the file name.
 * @returns true for `NAME.md`.
 */
export function isArticleName(name: string): boolean {
  return name.endsWith('.md') && !translationName.test(name) && name !== 'README.md'
}
