/**
 * The glossary as TBX-Basic (TBX v3, ISO 30042, DCA style): one
 * conceptEntry per entry, a langSec for Chinese and one per gloss language,
 * a termSec per form or rendering with its administrativeStatus. What
 * TBX-Basic has no category for (pinyin, readings, matcher settings) travels
 * in notes written `key: value`, so that export then import loses nothing.
 */
import type {GlossaryResources} from '../types.js'
import type {Problem} from '../../core/problem.js'
import {createImportBuilder, validateImport, type ImportResult} from './import-builder.js'
import {firstHanForm, formStatus} from './statuses.js'
import {isRecord} from '../../core/records.js'
import {languagesOf} from './terms-file.js'
import {element, parseXml, serializeXml, type XmlElement} from './xml.js'

/** The TBX v3 namespace. */
export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2'

const statusNames = {preferred: 'preferredTerm-admn-sts', admitted: 'admittedTerm-admn-sts', forbidden: 'deprecatedTerm-admn-sts'} as const

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
    if (partOfSpeech !== undefined) termChildren.push(element('termNote', {type: 'partOfSpeech'}, partOfSpeech))
    if (status === 'variant') termChildren.push(element('termNote', {type: 'termType'}, 'variant'))
    termChildren.push(
      element('termNote', {type: 'administrativeStatus'}, status === 'preferred' ? statusNames.preferred : statusNames.admitted)
    )
    const reading = readings[form]
    if (reading !== undefined) termChildren.push(element('note', {}, `reading: ${reading}`))
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
  const termSec = (term: string, status: keyof typeof statusNames): XmlElement =>
    element('termSec', {}, [
      element('term', {}, term),
      element('termNote', {type: 'partOfSpeech'}, partOfSpeech),
      element('termNote', {type: 'administrativeStatus'}, statusNames[status])
    ])
  children.push(termSec(String(gloss['gloss'] ?? ''), 'preferred'))
  for (const rendering of listOf(gloss['accepted'])) children.push(termSec(rendering, 'admitted'))
  for (const rendering of listOf(gloss['forbidden'])) children.push(termSec(rendering, 'forbidden'))
  return element('langSec', {'xml:lang': lang}, children)
}

/**
 * Read a glossary from TBX.
 *
 * @param text the TBX document.
 * @param file the file's name, for problems.
 * @returns the resources and the line of each entry, or the problems, each at its line.
 */
export function glossaryFromTbx(text: string, file: string): ImportResult | {problems: Problem[]} {
  const parsed = parseXml(text)
  if ('error' in parsed)
    return {
      problems: [{file, ...parsed.error, message: `not well-formed XML: ${parsed.error.message}`, rule: 'import-syntax', severity: 'error'}]
    }
  const problems: Problem[] = []
  const fail = (at: XmlElement | number, message: string): void => {
    const line = typeof at === 'number' ? at : at.line
    problems.push({file, line, column: 1, message, rule: 'import-row', severity: 'error'})
  }
  const {root} = parsed
  if (root.name !== 'tbx' || root.attributes['xmlns'] !== tbxNamespace) {
    return {
      problems: [
        {
          file,
          line: root.line,
          column: 1,
          message: `the root element must be <tbx xmlns="${tbxNamespace}"> (TBX v3), not <${root.name}${root.attributes['xmlns'] ? ` xmlns="${root.attributes['xmlns']}"` : ''}>`,
          rule: 'import-syntax',
          severity: 'error'
        }
      ]
    }
  }
  const body = childrenNamed(root, 'text').flatMap((text) => childrenNamed(text, 'body'))
  const builder = createImportBuilder(file)
  for (const concept of body.flatMap((part) => childrenNamed(part, 'conceptEntry'))) readConcept(concept, builder, fail)
  const result = builder.finish()
  // Rows and the glossary's own rules are both checked, so that one import run lists every problem.
  problems.push(...('problems' in result ? result.problems : validateImport(result, file)))
  return problems.length > 0 ? {problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))} : result
}

type Fail = (at: XmlElement | number, message: string) => void

/** Add one conceptEntry to the glossary being built. */
function readConcept(concept: XmlElement, builder: ReturnType<typeof createImportBuilder>, fail: Fail): void {
  const id = concept.attributes['id']
  if (id === undefined) return fail(concept, '<conceptEntry> needs an id attribute: the entry id (lower-case letters, digits and hyphens)')
  const notes = notesOf(concept)
  const category = childrenNamed(concept, 'descrip')
    .find((item) => item.attributes['type'] === 'subjectField')
    ?.text.trim()
  const langSecs = childrenNamed(concept, 'langSec')
  const zh = langSecs.filter((section) => section.attributes['xml:lang'] === 'zh')
  if (zh.length !== 1)
    return fail(concept, `entry "${id}" needs exactly one <langSec xml:lang="zh"> with its Chinese forms, not ${zh.length}`)
  for (const section of langSecs) {
    const lang = section.attributes['xml:lang']
    if (lang === undefined)
      return fail(section, `a <langSec> of entry "${id}" has no xml:lang attribute; add xml:lang="zh" or the rendering's language`)
    if (lang === 'zh') readZh(id, section, {category, models: notes.get('models'), boundary: notes.get('boundary')}, builder, fail)
    else readGloss(id, lang, section, builder, fail)
  }
}

/** The Chinese langSec: forms in order, the pinyin on the first form in Chinese characters, readings and entry fields. */
function readZh(
  id: string,
  section: XmlElement,
  entry: {category: string | undefined; models: string | undefined; boundary: string | undefined},
  builder: ReturnType<typeof createImportBuilder>,
  fail: Fail
): void {
  const pinyin = notesOf(section).get('pinyin')
  const terms = childrenNamed(section, 'termSec')
  const forms = terms.map((termSec) => termOf(termSec))
  const pinyinForm = firstHanForm(forms.filter((form): form is string => form !== undefined))
  let pinyinGiven = false
  for (const [index, termSec] of terms.entries()) {
    const form = forms[index]
    if (form === undefined) {
      fail(termSec, `a <termSec> of entry "${id}" (zh) has no <term>; add the form`)
      continue
    }
    const status = termNoteOf(termSec, 'administrativeStatus')
    if (status !== statusNames.preferred && status !== statusNames.admitted) {
      fail(
        termSec,
        `the Chinese form "${form}" of entry "${id}" needs administrativeStatus ${statusNames.preferred} (the first form) or ${statusNames.admitted}, not ${status === undefined ? 'none' : `"${status}"`}`
      )
      continue
    }
    const preferred = status === statusNames.preferred
    const givesPinyin = pinyin !== undefined && !pinyinGiven && (form === pinyinForm || (pinyinForm === undefined && preferred))
    if (givesPinyin) pinyinGiven = true
    const partOfSpeech = termNoteOf(termSec, 'partOfSpeech')
    const reading = notesOf(termSec).get('reading')
    builder.addForm(
      id,
      form,
      termSec.line,
      {
        preferred,
        ...(givesPinyin && pinyin !== undefined ? {pinyin} : {}),
        ...(reading === undefined ? {} : {reading}),
        ...(preferred && entry.category !== undefined ? {category: entry.category} : {}),
        ...(preferred && partOfSpeech !== undefined ? {partOfSpeech} : {}),
        ...(preferred && entry.models !== undefined ? {models: entry.models} : {}),
        ...(preferred && entry.boundary !== undefined ? {boundary: entry.boundary} : {})
      },
      fail
    )
  }
}

/** A gloss language's langSec: definition and flags on the preferred rendering, then accepted and forbidden ones. */
function readGloss(id: string, lang: string, section: XmlElement, builder: ReturnType<typeof createImportBuilder>, fail: Fail): void {
  const notes = notesOf(section)
  const definition = childrenNamed(section, 'descrip')
    .find((item) => item.attributes['type'] === 'definition')
    ?.text.trim()
  const byName: Record<string, 'preferred' | 'admitted' | 'forbidden'> = {
    [statusNames.preferred]: 'preferred',
    [statusNames.admitted]: 'admitted',
    [statusNames.forbidden]: 'forbidden',
    'supersededTerm-admn-sts': 'forbidden'
  }
  for (const termSec of childrenNamed(section, 'termSec')) {
    const term = termOf(termSec)
    if (term === undefined) {
      fail(termSec, `a <termSec> of entry "${id}" (${lang}) has no <term>; add the rendering`)
      continue
    }
    const written = termNoteOf(termSec, 'administrativeStatus')
    const status = written === undefined ? undefined : byName[written]
    if (status === undefined) {
      fail(
        termSec,
        `the rendering "${term}" of entry "${id}" needs administrativeStatus ${Object.values(statusNames).join(', ')}, not ${written === undefined ? 'none' : `"${written}"`}`
      )
      continue
    }
    const doNotTranslate = notes.get('doNotTranslate')
    const ignoreCase = notes.get('ignoreCase')
    builder.addRendering(
      id,
      lang,
      term,
      status,
      termSec.line,
      status === 'preferred'
        ? {
            ...(definition === undefined ? {} : {note: definition}),
            ...(doNotTranslate === undefined ? {} : {doNotTranslate}),
            ...(ignoreCase === undefined ? {} : {ignoreCase})
          }
        : {},
      fail
    )
  }
}

/** Child elements with a name. */
function childrenNamed(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((child) => child.name === name)
}

/** The text of a termSec's term, unless blank. */
function termOf(termSec: XmlElement): string | undefined {
  const term = childrenNamed(termSec, 'term')[0]?.text
  return term === undefined || term.trim() === '' ? undefined : term
}

/** The text of a termSec's termNote of a type. */
function termNoteOf(termSec: XmlElement, type: string): string | undefined {
  return childrenNamed(termSec, 'termNote')
    .find((note) => note.attributes['type'] === type)
    ?.text.trim()
}

/** Notes written `key: value`; other notes are a translator's own and are left alone. */
function notesOf(node: XmlElement): Map<string, string> {
  const notes = new Map<string, string>()
  for (const note of childrenNamed(node, 'note')) {
    const match = /^\s*(pinyin|reading|models|boundary|doNotTranslate|ignoreCase):\s?(.*?)\s*$/s.exec(note.text)
    if (match) notes.set(match[1] ?? '', match[2] ?? '')
  }
  return notes
}

/** The strings of a list field (accepted, forbidden). */
function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
