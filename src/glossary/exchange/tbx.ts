/**
 * The glossary as TBX-Basic (TBX v3, ISO 30042, DCA style): one
 * conceptEntry per entry, a langSec for Chinese and one per gloss language,
 * a termSec per form or rendering with its administrativeStatus. What
 * TBX-Basic has no category for (pinyin, readings, matcher settings, a
 * proper noun, do-not-translate) travels in notes written `key: value`, on
 * the term where CAT tools show them, so that export then import loses
 * nothing and the file validates against the TBX-Basic dialect.
 */
import type {GlossaryResources} from '../types.js'
import {firstHanForm, formStatus} from './statuses.js'
import {isRecord} from '../../core/records.js'
import {languagesOf, zhListFields} from './terms-file.js'
import {element, serializeXml, type XmlElement} from './xml.js'
import {listOf, statusNames, tbxNamespace, tbxPartOfSpeech, tbxPartsOfSpeech} from './tbx-names.js'

export {glossaryFromTbx} from './tbx-read.js'
export {tbxNamespace} from './tbx-names.js'

/**
 * Write the glossary as TBX-Basic.
 *
 * @param resources the glossary resources as on disk.
 * @returns the TBX document.
 */
export function glossaryToTbx(resources: GlossaryResources): string {
  const glossLanguages = languagesOf(resources).filter((lang) => lang !== 'zh')
  const concepts = Object.entries(resources.zh.terms).map(([id, entry]) => {
    const children: XmlElement[] = [element('descrip', {type: 'subjectField'}, entry.category)]
    if (entry.models !== undefined) children.push(element('note', {}, `models: ${String(entry.models)}`))
    if (entry.boundary !== undefined) children.push(element('note', {}, `boundary: ${entry.boundary}`))
    if (entry.modelPattern !== undefined) children.push(element('note', {}, `modelPattern: ${entry.modelPattern}`))
    for (const field of zhListFields) {
      const list = entry[field]
      if (list !== undefined) children.push(element('note', {}, `${field}: ${list.join(' | ')}`))
    }
    children.push(zhLangSec(entry.forms, entry.pinyin, entry.readings ?? {}, entry.partOfSpeech))
    const partOfSpeech =
      entry.partOfSpeech ?? (['company', 'person', 'organization', 'media', 'product'].includes(entry.category) ? 'properNoun' : 'noun')
    for (const lang of glossLanguages) {
      const gloss = resources[lang]?.terms[id]
      if (isRecord(gloss)) children.push(glossLangSec(lang, gloss, partOfSpeech))
    }
    return element('conceptEntry', {id}, children)
  })
  const header = element('tbxHeader', {}, [
    element('fileDesc', {}, [
      element('titleStmt', {}, [element('title', {}, 'zhgloss glossary')]),
      element('sourceDesc', {}, [
        element(
          'p',
          {},
          'Chinese terms of AI chips with pinyin and their renderings; notes written "key: value" carry zhgloss fields that TBX-Basic has no data category for.'
        )
      ])
    ])
  ])
  return serializeXml(
    element('tbx', {type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: tbxNamespace}, [
      header,
      element('text', {}, [element('body', {}, concepts)])
    ])
  )
}

/** The Chinese langSec: the pinyin, then one termSec per form. */
function zhLangSec(
  forms: readonly string[],
  pinyin: string | undefined,
  readings: Readonly<Record<string, string>>,
  partOfSpeech: string | undefined
): XmlElement {
  const children: XmlElement[] = pinyin === undefined ? [] : [element('note', {}, `pinyin: ${pinyin}`)]
  forms.forEach((form, index) => {
    const status = formStatus(forms, index)
    const termChildren = [element('term', {}, form)]
    if (partOfSpeech !== undefined) termChildren.push(element('termNote', {type: 'partOfSpeech'}, tbxPartOfSpeech(partOfSpeech)))
    if (status === 'variant') termChildren.push(element('termNote', {type: 'termType'}, 'variant'))
    termChildren.push(
      element('termNote', {type: 'administrativeStatus'}, status === 'preferred' ? statusNames.preferred : statusNames.admitted)
    )
    const reading = readings[form]
    if (reading !== undefined) termChildren.push(element('note', {}, `reading: ${reading}`))
    // Notes on the term itself are what CAT tools show beside it.
    if (pinyin !== undefined && form === firstHanForm(forms)) termChildren.push(element('note', {}, `pinyin: ${pinyin}`))
    if (partOfSpeech !== undefined && !tbxPartsOfSpeech.has(partOfSpeech) && status === 'preferred') {
      termChildren.push(element('note', {}, `partOfSpeech: ${partOfSpeech}`))
    }
    children.push(element('termSec', {}, termChildren))
  })
  return element('langSec', {'xml:lang': 'zh'}, children)
}

/** A gloss language's langSec: definition and flags, then gloss, accepted and forbidden renderings. */
function glossLangSec(lang: string, gloss: Record<string, unknown>, partOfSpeech: string): XmlElement {
  const children: XmlElement[] = []
  if (typeof gloss['note'] === 'string') children.push(element('descrip', {type: 'definition'}, gloss['note']))
  for (const flag of ['doNotTranslate', 'ignoreCase'] as const) {
    if (typeof gloss[flag] === 'boolean') children.push(element('note', {}, `${flag}: ${String(gloss[flag])}`))
  }
  if (typeof gloss['severity'] === 'string') children.push(element('note', {}, `severity: ${gloss['severity']}`))
  if (Array.isArray(gloss['inflections'])) children.push(element('note', {}, `inflections: ${listOf(gloss['inflections']).join(' | ')}`))
  const termSec = (term: string, status: keyof typeof statusNames): XmlElement =>
    element('termSec', {}, [
      element('term', {}, term),
      element('termNote', {type: 'partOfSpeech'}, tbxPartOfSpeech(partOfSpeech)),
      element('termNote', {type: 'administrativeStatus'}, statusNames[status]),
      ...(gloss['doNotTranslate'] === true && status !== 'forbidden' ? [element('note', {}, 'doNotTranslate: true')] : [])
    ])
  children.push(termSec(String(gloss['gloss'] ?? ''), 'preferred'))
  for (const rendering of listOf(gloss['accepted'])) children.push(termSec(rendering, 'admitted'))
  for (const rendering of listOf(gloss['forbidden'])) children.push(termSec(rendering, 'forbidden'))
  return element('langSec', {'xml:lang': lang}, children)
}
