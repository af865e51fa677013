/**
 * The vocabulary of an article, for study outside the handout:
 * `vocabulary.tsv`, which Anki imports as it is, by the file headers of its
 * import documentation (separator, html, notetype, deck, guid and tags
 * columns): the front is the Chinese alone; the back its pinyin, gloss and
 * note; the guid is the entry's, so the same term in another article updates
 * one note instead of making a second card; and
 * `vocabulary.csv` (RFC 4180, header row, UTF-8 with a byte order mark so
 * that spreadsheets read the Chinese as UTF-8).
 */
import type {Glossary} from '../glossary/create.js'
import type {Article} from '../article/analyze.js'
import {termRows, type TermRow} from './common/rows.js'
import {writeCsv} from '../core/csv.js'
import type {Dictionary} from '../dictionary/types.js'
import {bandOf} from '../dictionary/lookup.js'
import {fold} from '../matcher/index.js'

/** Options of the vocabulary files. */
export interface VocabularyOptions {
  glossary: Glossary
  /** The article's name, used as its tag. */
  name: string
  /** Gloss language. (default: `'en'`) */
  lang?: string
  /** The dictionary whose frequency list gives each term's band. (default: none, no band) */
  dictionary?: Dictionary | undefined
}

/** The deck every zhgloss card goes to; an article's cards to a sub-deck named after it. */
export const deckName = 'zhgloss'

/** The CSV's columns, in order. */
export const csvColumns = ['number', 'term', 'other_forms', 'pinyin', 'gloss', 'note', 'occurrences', 'id', 'category', 'band'] as const

/**
 * The file headers Anki reads before the notes.
 *
 * @param deck the deck to import into.
 * @returns the header lines.
 */
function ankiHeaders(deck: string): string[] {
  return ['#separator:tab', '#html:true', '#notetype:Basic', `#deck:${deck.replace(/[\r\n]+/g, ' ')}`, '#guid column:1', '#tags column:4']
}

/**
 * Render `vocabulary.tsv`: Anki's file headers, then one note a line: guid, front, back, tags.
 *
 * @param article the analyzed article.
 * @param options glossary, article name and gloss language.
 * @returns the file's text.
 */
export function renderVocabularyTsv(article: Article, options: VocabularyOptions): string {
  const rows = termRows(article, options.glossary, options.lang)
  const tag = tagOf(options.name)
  const lines = rows.map((row) =>
    [guidOf(row.id, options.lang), escapeHtml(row.written), back(row), tagsOf(row, tag, options.dictionary)].map(tsvField).join('\t')
  )
  return [...ankiHeaders(`${deckName}::${tag}`), ...lines].map((line) => `${line}\n`).join('')
}

/**
 * One deck for a whole output folder: the notes of every article's
 * `vocabulary.tsv`, each entry once (its tags merged), in the deck `zhgloss`.
 *
 * @param files the articles' `vocabulary.tsv` texts.
 * @returns the folder's `vocabulary.tsv`.
 */
export function mergeVocabularyTsv(files: readonly string[]): string {
  const notes = new Map<string, {fields: string[]; tags: Set<string>}>()
  for (const text of files) {
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue
      const fields = line.split('\t')
      const guid = fields[0] ?? ''
      const tags = (fields[3] ?? '').split(' ').filter(Boolean)
      const note = notes.get(guid)
      if (note) for (const tag of tags) note.tags.add(tag)
      else notes.set(guid, {fields, tags: new Set(tags)})
    }
  }
  const lines = [...notes.values()].map(({fields, tags}) => [...fields.slice(0, 3), [...tags].join(' ')].join('\t'))
  return [...ankiHeaders(deckName), ...lines].map((line) => `${line}\n`).join('')
}

/**
 * A note's guid: the entry's id (and the gloss language, other than English), the same in every article.
 *
 * @param id the entry id.
 * @param lang the gloss language. (default: `'en'`)
 * @returns the guid.
 */
export function guidOf(id: string, lang = 'en'): string {
  return lang === 'en' ? `zhgloss-${id}` : `zhgloss-${id}-${lang}`
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
    row.category,
    bandOfTerm(row.written, options.dictionary)
  ])
  return writeCsv([[...csvColumns], ...records], {byteOrderMark: true})
}

/**
 * A term's frequency band, 1 (among the 1,000 most frequent words) to 6
 * (rare or unlisted), by the dictionary's word-frequency list.
 *
 * @param written the term as written (traditional is read as simplified).
 * @param dictionary the dictionary, if any.
 * @returns the band, or an empty string without a dictionary.
 */
export function bandOfTerm(written: string, dictionary: Dictionary | undefined): string {
  if (!dictionary) return ''
  const key = fold(written)
  dictionary.load(key)
  return String(bandOf(dictionary.rank(key)))
}

/** A card's tags: the article, the category and, with a dictionary, the band (`band-3`), so that Anki can filter by level. */
function tagsOf(row: TermRow, tag: string, dictionary: Dictionary | undefined): string {
  const band = bandOfTerm(row.written, dictionary)
  return band === '' ? `${tag} ${row.category}` : `${tag} ${row.category} band-${band}`
}

/**
 * The back of a card: pinyin, gloss and note, one a line (HTML, as the file declares).
 *
 * @param row the term.
 * @returns `Yīngwěidá<br>Nvidia<br>US chip designer…`, without the parts the term lacks.
 */
function back(row: TermRow): string {
  return [row.pinyin, row.gloss, row.note]
    .filter((part) => part !== '')
    .map((part) => escapeHtml(part.replace(/[\t\r\n]+/g, ' ')))
    .join('<br>')
}

/**
 * Escape text for a field Anki reads as HTML.
 *
 * @param text the text.
 * @returns the text with `&`, `<`, `>` escaped.
 */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
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
