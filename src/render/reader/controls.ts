/**
 * The reader's controls: reading options (pinyin, tone colours, English,
 * translation, underline density) and the term index with its stepper. They
 * are in the page as served, so that the article does not move when the
 * script starts; the page reads well with the defaults they show.
 */
import type {Element, ElementContent} from 'hast'
import type {TFunction} from 'i18next'
import type {Glossary} from '../../glossary/create.js'
import {fold} from '../../matcher/index.js'
import {added} from '../common/page.js'
import type {UsedEntry} from './terms.js'
import {glossText, withoutModel} from '../common/terms.js'

/** What the controls show. */
export interface ControlsOptions {
  t: TFunction
  /** Whether there is a translation to show or hide. */
  translation: boolean
}

/**
 * The reading options.
 *
 * @param options strings and whether a translation exists.
 * @returns the `<details>` element.
 */
export function optionsPanel(options: ControlsOptions): Element {
  const {t} = options
  return added('details', {className: ['zg-options']}, [
    added('summary', {}, [t('options')]),
    added('div', {className: ['zg-options-body']}, [
      choice('pinyin', t('pinyin'), {section: t('pinyinSection'), first: t('pinyinFirst'), all: t('pinyinAll'), none: t('pinyinNone')}),
      toggle('textPinyin', t('textPinyin'), false),
      toggle('tones', t('tones'), false),
      toggle('english', t('english'), true),
      toggle('copyPinyin', t('copyPinyin'), false),
      ...(options.translation
        ? [choice('translation', t('translation'), {shown: t('translationShown'), hidden: t('translationHidden')})]
        : []),
      choice('density', t('density'), {section: t('densitySection'), article: t('densityArticle'), all: t('densityAll')}),
      choice('size', t('size'), {100: t('size100'), 115: t('size115'), 130: t('size130'), 150: t('size150')})
    ])
  ])
}

/**
 * The term index: every entry of the article with its count; choosing one
 * steps through its occurrences.
 *
 * @param entries the entries in order of appearance.
 * @param glossary the glossary.
 * @param lang the gloss language.
 * @param t the strings.
 * @returns the `<details>` element.
 */
export function termIndex(entries: readonly UsedEntry[], glossary: Glossary, lang: string, t: TFunction): Element {
  return added('details', {className: ['zg-index']}, [
    added('summary', {}, [`${t('index')} (${t('indexCount', {count: entries.length})})`]),
    added(
      'ul',
      {},
      entries.map((used) => {
        const written = used.variants[0] ? withoutModel(used.variants[0].text, used.variants[0].model) : used.entry.preferred
        const gloss = glossText(glossary, used.entry.id, undefined, lang)
        // H200 is glossed H200: saying it twice tells the reader nothing.
        const sameAsWritten = fold(gloss) === fold(written)
        return added('li', {}, [
          added('button', {type: 'button', dataIndex: used.entry.id}, [
            added('span', {lang: 'zh', className: ['zg-index-term']}, [written]),
            ' ',
            added('span', {className: ['zg-index-gloss'], lang}, sameAsWritten ? [] : [gloss]),
            ' ',
            added('span', {className: ['zg-count']}, [t('occurrences', {count: used.count})])
          ])
        ])
      })
    )
  ])
}

/**
 * The bar that appears while stepping through a term's occurrences.
 *
 * @param t the strings.
 * @returns the bar, hidden until a term is chosen.
 */
export function stepper(t: TFunction): Element {
  return added(
    'div',
    {className: ['zg-stepper'], hidden: true, dataTemplate: t('position', {term: '{term}', current: '{current}', total: '{total}'})},
    [
      added('button', {type: 'button', className: ['zg-step'], dataStep: '-1', ariaLabel: t('previous')}, ['‹']),
      added('span', {className: ['zg-step-label'], role: 'status'}, []),
      added('button', {type: 'button', className: ['zg-step'], dataStep: '1', ariaLabel: t('next')}, ['›']),
      added('button', {type: 'button', className: ['zg-step-close'], ariaLabel: t('close')}, ['×'])
    ]
  )
}

/**
 * A select among named values; the first is the default.
 *
 * @param setting the setting's name (`data-setting`).
 * @param label what the control is called.
 * @param values the values and how each is called.
 * @returns the labelled select.
 */
function choice(setting: string, label: string, values: Record<string, string>): Element {
  const options: ElementContent[] = Object.entries(values).map(([value, text], i) => added('option', {value, selected: i === 0}, [text]))
  return added('label', {className: ['zg-choice']}, [added('span', {}, [label]), added('select', {dataSetting: setting}, options)])
}

/**
 * An on/off checkbox.
 *
 * @param setting the setting's name (`data-setting`).
 * @param label what the control is called.
 * @param on whether it is on by default.
 * @returns the labelled checkbox.
 */
function toggle(setting: string, label: string, on: boolean): Element {
  return added('label', {className: ['zg-toggle']}, [
    added('input', {type: 'checkbox', dataSetting: setting, checked: on}),
    added('span', {}, [label])
  ])
}
