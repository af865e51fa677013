/**
 * What the reader says about a term: a tooltip per way it is written (term as
 * written, pinyin, gloss, note, other forms) and, for print, the glossary at
 * the end that the footnote numbers refer to.
 */
import type {Element, ElementContent} from 'hast'
import type {Glossary} from '../../glossary/create.js'
import {hasHan} from '../../glossary/create.js'
import {readingOf} from '../../glossary/reading.js'
import type {Entry} from '../../glossary/types.js'
import {fold} from '../../matcher/index.js'
import {added} from '../common/page.js'
import type {TermVariant, UsedEntry} from './terms.js'
import {glossText, withoutModel} from '../common/terms.js'

/** What describing terms needs. */
export interface DescribeOptions {
  glossary: Glossary
  /** Gloss language. */
  lang: string
  /** The reader's interface strings. */
  t: (key: string) => string
}

/**
 * The tooltip of one variant: hidden until the script shows it.
 *
 * @param variant the term as written.
 * @param options glossary, language, strings.
 * @returns the `role="tooltip"` element.
 */
export function tooltip(variant: TermVariant, options: DescribeOptions): Element {
  const {entry} = variant
  const gloss = options.glossary.gloss(entry.id, options.lang)
  const base = withoutModel(variant.text, variant.model)
  const others = entry.forms.filter((form) => fold(form) !== fold(base))
  const more = [
    ...(gloss?.note ? [added('span', {className: ['zg-tip-note']}, [gloss.note])] : []),
    ...(others.length > 0 ? [otherForms(others, options.t)] : [])
  ]
  // The description a screen reader gives is the short part (term, pinyin, gloss); the note is read on request (Enter).
  return added('div', {className: ['zg-tip'], hidden: true, lang: gloss?.lang ?? options.lang}, [
    added('div', {role: 'tooltip', id: variant.tipId, className: ['zg-tip-short']}, [
      added('span', {className: ['zg-tip-head']}, [
        added('span', {lang: 'zh', className: ['zg-tip-term']}, [variant.text]),
        ...readingLine(entry, base)
      ]),
      added('span', {className: ['zg-tip-gloss']}, [glossText(options.glossary, entry.id, variant.model, options.lang)])
    ]),
    ...(more.length > 0 ? [added('div', {className: ['zg-tip-more']}, more)] : [])
  ])
}

/**
 * The glossary printed at the end: every entry of the article, numbered as
 * its footnote, with everything its tooltips show. Hidden on screen.
 *
 * @param entries the entries in order of appearance.
 * @param options glossary, language, strings.
 * @returns the section.
 */
export function printGlossary(entries: readonly UsedEntry[], options: DescribeOptions): Element {
  return added('section', {className: ['zg-print-glossary'], ariaLabelledBy: ['zg-glossary-heading']}, [
    added('h2', {id: 'zg-glossary-heading'}, [options.t('glossary')]),
    added('p', {}, [options.t('glossaryIntro')]),
    added(
      'ol',
      {},
      entries.map((used) => glossaryItem(used, options))
    )
  ])
}

/**
 * One entry of the printed glossary: the ways it is written here, pinyin, gloss(es), note, other forms.
 *
 * @param used the entry as used in the article.
 * @param options glossary, language, strings.
 * @returns the `<li>`, numbered as its footnote.
 */
function glossaryItem(used: UsedEntry, options: DescribeOptions): Element {
  const {entry} = used
  const gloss = options.glossary.gloss(entry.id, options.lang)
  const written = unique(used.variants.map((variant) => withoutModel(variant.text, variant.model)))
  const glosses = unique(used.variants.map((variant) => glossText(options.glossary, entry.id, variant.model, options.lang)))
  const others = entry.forms.filter((form) => !written.some((text) => fold(text) === fold(form)))
  const readings = unique(written.flatMap((text) => readingOf(entry, text) ?? []))
  return added('li', {id: `zg-note-${entry.id}`, value: used.note}, [
    added('span', {lang: 'zh', className: ['zg-tip-term']}, [written.join(' · ')]),
    ...(readings.length > 0 ? [' ', added('span', {className: ['zg-tip-pinyin']}, [readings.join(' · ')])] : []),
    ' — ',
    added('span', {className: ['zg-tip-gloss'], lang: gloss?.lang ?? options.lang}, [glosses.join(', ')]),
    ...(gloss?.note ? ['. ', added('span', {className: ['zg-tip-note'], lang: gloss.lang}, [gloss.note])] : []),
    ...(others.length > 0 ? [' ', otherForms(others, options.t)] : [])
  ])
}

/**
 * The pinyin after the headword. A term written in Latin letters (NVIDIA)
 * shows the Chinese headword with its pinyin instead, so that a reader still
 * learns the Chinese name.
 *
 * @param entry the entry.
 * @param base the term as written, without model number.
 * @returns the content to put after the headword (empty when there is no pinyin at all).
 */
function readingLine(entry: Entry, base: string): Array<ElementContent | string> {
  const reading = readingOf(entry, base)
  if (reading !== undefined) return [' ', added('span', {className: ['zg-tip-pinyin'], lang: 'zh-Latn-pinyin'}, [reading])]
  const headword = entry.forms.find(hasHan)
  const headReading = headword === undefined ? undefined : readingOf(entry, headword)
  if (headword === undefined || headReading === undefined) return []
  return [
    ' ',
    added('span', {lang: 'zh'}, [headword]),
    ' ',
    added('span', {className: ['zg-tip-pinyin'], lang: 'zh-Latn-pinyin'}, [headReading])
  ]
}

/**
 * The line naming the other forms of an entry (又作 / Also written).
 *
 * @param others the forms not written here.
 * @param t the strings.
 * @returns the line.
 */
function otherForms(others: readonly string[], t: (key: string) => string): Element {
  return added('span', {className: ['zg-tip-forms']}, [`${t('alsoWritten')}: `, added('span', {lang: 'zh'}, [others.join(' · ')])])
}

/**
 * The items without repeats, in first-seen order.
 *
 * @param items strings.
 * @returns each once.
 */
function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}
