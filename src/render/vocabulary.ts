/**
 * The vocabulary of an article, for study outside the handout:
 * `vocabulary.tsv`, which Anki imports as it is (front: term and pinyin;
 * back: gloss and note; tags: the article and the term's category), and
 * `vocabulary.csv` (RFC 4180, header row, UTF-8 with a byte order mark so
 * that spreadsheets read the Chinese as UTF-8).
 */
import type {Glossary} from '../glossary/create.js'
import type {Article} from '../article/analyze.js'
import {termRows, type TermRow} from './common/rows.js'

/** Options of the vocabulary files. */
export interface VocabularyOptions {
  glossary: Glossary
  /** The article's name, used as its tag. */
  name: string
  /** Gloss language. (default: `'en'`) */
  lang?: string
}

/** The CSV's columns, in order. */
export const csvColumns = ['number', 'term', 'other_forms', 'pinyin', 'gloss', 'note', 'occurrences', 'id', 'category'] as const

/**
 * Render `vocabulary.tsv`: Anki's file headers, then one note a line.
 *
 * @param article the analyzed article.
 * @param options glossary, article name and gloss language.
 * @returns the file's text.
 */
export function renderVocabularyTsv(article: Article, options: VocabularyOptions): string {
  const rows = termRows(article, options.glossary, options.lang)
  const tag = tagOf(options.name)
  const headers = ['#separator:tab', '#html:false', '#tags column:3']
  const lines = rows.map((row) => [front(row), back(row), `${tag} ${row.category}`].map(tsvField).join('\t'))
  return [...headers, ...lines].map((line) => `${line}\n`).join('')
}

/**
 * Render `vocabulary.csv`.
 *
 * @param article the analyzed article.
 * @param options glossary and gloss language.
 * @returns the file's text, starting with a byte order mark.
 */
export function renderVocabularyCsv(article: Article, options: VocabularyOptions): string {
  const rows = termRows(article, options.glossary, options.lang)
  const records = rows.map((row) => [
    String(row.number),
    row.written,
    row.otherForms.join('; '),
    row.pinyin,
    row.gloss,
    row.note,
    String(row.occurrences),
    row.id,
    row.category
  ])
  return `\uFEFF${[[...csvColumns], ...records].map((record) => `${record.map(csvField).join(',')}\r\n`).join('')}`
}

/**
 * The front of a card: the term as written and its pinyin.
 *
 * @param row the term.
 * @returns `英伟达 (Yīngwěidá)`, or the term alone when it has no pinyin.
 */
function front(row: TermRow): string {
  return row.pinyin ? `${row.written} (${row.pinyin})` : row.written
}

/**
 * The back of a card: the gloss and the note.
 *
 * @param row the term.
 * @returns `Nvidia — US chip designer…`, or the gloss alone.
 */
function back(row: TermRow): string {
  return row.note ? `${row.gloss} — ${row.note}` : row.gloss
}

/**
 * An Anki tag for the article: tags are separated by spaces, so none may hold one.
 *
 * @param name the article's name.
 * @returns the tag.
 */
export function tagOf(name: string): string {
  return name.trim().replace(/\s+/g, '_') || 'article'
}

/**
 * One field of the TSV: on one line, quoted the way Anki's reader expects
 * when it holds a quote, since a field starting with one would open a quoted field.
 *
 * @param value the text.
 * @returns the field.
 */
function tsvField(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ')
  return flat.includes('"') ? `"${flat.replaceAll('"', '""')}"` : flat
}

/**
 * One field of the CSV, quoted where RFC 4180 asks for it.
 *
 * @param value the text.
 * @returns the field.
 */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
