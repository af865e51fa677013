/**
 * Read a glossary from TBX (TBX-Basic, DCA style): the counterpart of
 * `glossaryToTbx`, notes written `key: value` read back into the fields they
 * carry.
 */
import type {Problem} from '../../core/problem.js'
import {createImportBuilder, validateImport, type ImportResult} from './import-builder.js'
import {firstHanForm} from './statuses.js'
import {parseXml, type XmlElement} from './xml.js'
import {legacyNamespaces, statusNames, tbxNamespace} from './tbx-names.js'
import {type ZhListField, zhListFields} from './terms-file.js'

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
  const namespace = root.attributes['xmlns'] ?? ''
  if (root.name !== 'tbx' || (namespace !== tbxNamespace && !legacyNamespaces.has(namespace))) {
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
    if (lang === 'zh') {
      const lists = Object.fromEntries(zhListFields.flatMap((field) => (notes.has(field) ? [[field, notes.get(field)]] : [])))
      const modelPattern = notes.get('modelPattern')
      readZh(id, section, {category, models: notes.get('models'), boundary: notes.get('boundary'), modelPattern, lists}, builder, fail)
    } else readGloss(id, lang, section, builder, fail)
  }
}

/** The Chinese langSec: forms in order, the pinyin on the first form in Chinese characters, readings and entry fields. */
function readZh(
  id: string,
  section: XmlElement,
  entry: {
    category: string | undefined
    models: string | undefined
    boundary: string | undefined
    modelPattern: string | undefined
    lists: Partial<Record<ZhListField, string>>
  },
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
    const partOfSpeech = notesOf(termSec).get('partOfSpeech') ?? termNoteOf(termSec, 'partOfSpeech')
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
        ...(preferred && entry.boundary !== undefined ? {boundary: entry.boundary} : {}),
        ...(preferred && entry.modelPattern !== undefined ? {modelPattern: entry.modelPattern} : {}),
        ...(preferred ? {lists: entry.lists} : {})
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
    const severity = notes.get('severity')
    const inflections = notes.get('inflections')
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
            ...(ignoreCase === undefined ? {} : {ignoreCase}),
            ...(severity === undefined ? {} : {severity}),
            ...(inflections === undefined ? {} : {inflections})
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
    const match =
      /^\s*(pinyin|reading|models|boundary|doNotTranslate|ignoreCase|partOfSpeech|modelPattern|modelsAfter|notInside|onlyWith|notWith|severity|inflections):\s?(.*?)\s*$/s.exec(
        note.text
      )
    if (match) notes.set(match[1] ?? '', match[2] ?? '')
  }
  return notes
}
