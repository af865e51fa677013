/**
 * The TBX export checked against the rules of the TBX-Basic dialect (v3,
 * DCA style): the structure its RELAX NG grammar gives and the assertions
 * of its Schematron, written out here as the same tests, since the dialect's
 * files carry no licence that lets the project keep a copy.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {glossaryToTbx} from '../src/glossary/exchange/tbx.js'
import {parseXml, type XmlElement} from '../src/glossary/exchange/xml.js'
import type {GlossaryResources} from '../src/glossary/types.js'

const namespace = 'urn:iso:std:iso:30042:ed:3.0'

/** Values the dialect allows for each termNote type. */
const termNoteValues: Record<string, readonly string[]> = {
  partOfSpeech: ['adjective', 'noun', 'other', 'verb', 'adverb'],
  administrativeStatus: ['admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts', 'preferredTerm-admn-sts'],
  termType: ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'],
  grammaticalGender: ['masculine', 'feminine', 'neuter', 'other']
}

/** Where each descrip type may stand. */
const descripLevels: Record<string, readonly string[]> = {
  subjectField: ['conceptEntry'],
  definition: ['conceptEntry', 'langSec'],
  context: ['termSec']
}

/** Elements the core structure allows beside a level's own children (auxiliary information). */
const auxInfo = new Set(['admin', 'adminGrp', 'descrip', 'descripGrp', 'note', 'ref', 'transacGrp', 'xref'])

/** Every violation of the dialect's rules in a TBX document. */
function violations(text: string): string[] {
  const parsed = parseXml(text)
  if ('error' in parsed) return [`not well-formed: ${parsed.error.message}`]
  const {root} = parsed
  const found: string[] = []
  if (root.name !== 'tbx') found.push('the root is not <tbx>')
  if (root.attributes['type'] !== 'TBX-Basic') found.push('the dialect is not named TBX-Basic')
  if (root.attributes['style'] !== 'dca') found.push("the style is not 'dca'")
  if (root.attributes['xmlns'] !== namespace) found.push(`the namespace is not ${namespace}`)
  const [header, text_] = root.children
  if (header?.name !== 'tbxHeader' || header.children[0]?.name !== 'fileDesc') found.push('<tbxHeader><fileDesc> must come first')
  if (!header?.children[0]?.children.some((child) => child.name === 'sourceDesc')) found.push('<fileDesc> needs a <sourceDesc>')
  const body = text_?.name === 'text' ? text_.children[0] : undefined
  if (body?.name !== 'body') found.push('<text><body> must follow the header')
  for (const concept of body?.children ?? []) checkLevel(concept, 'conceptEntry', 'langSec', found)
  return found
}

/** Check one level (conceptEntry, langSec, termSec) and what it holds. */
function checkLevel(node: XmlElement, name: string, childLevel: string | undefined, found: string[]): void {
  if (node.name !== name) return void found.push(`<${node.name}> where <${name}> belongs`)
  if (name === 'conceptEntry' && !node.attributes['id']) found.push('a conceptEntry lacks its id')
  if (name === 'langSec' && !node.attributes['xml:lang']) found.push('a langSec lacks xml:lang')
  let seenChildLevel = false
  node.children.forEach((child, index) => {
    if (name === 'termSec' && index === 0) {
      if (child.name !== 'term') found.push('a termSec must start with <term>')
      return
    }
    if (child.name === 'termNote') {
      if (name !== 'termSec') found.push('a termNote outside a termSec')
      const allowed = termNoteValues[child.attributes['type'] ?? '']
      if (!allowed) found.push(`termNote type "${child.attributes['type'] ?? ''}" is not a TBX-Basic data category`)
      else if (!allowed.includes(child.text.trim()))
        found.push(`termNote ${child.attributes['type']} "${child.text.trim()}" is not allowed`)
      return
    }
    if (child.name === 'descrip') {
      const levels = descripLevels[child.attributes['type'] ?? '']
      if (!levels?.includes(name)) found.push(`descrip type "${child.attributes['type'] ?? ''}" may not stand in a ${name}`)
    }
    if (childLevel && child.name === childLevel) {
      seenChildLevel = true
      checkLevel(child, childLevel, childLevel === 'langSec' ? 'termSec' : undefined, found)
    } else if (!auxInfo.has(child.name)) found.push(`<${child.name}> may not stand in a ${name}`)
    else if (seenChildLevel) found.push(`<${child.name}> after the ${childLevel}s of a ${name}`)
  })
  if (childLevel && !seenChildLevel) found.push(`a ${name} without any ${childLevel}`)
}

describe('TBX export against the TBX-Basic dialect', () => {
  it('should validate the export of our glossary', async () => {
    const read = async (lang: string): Promise<unknown> => JSON.parse(await readFile(join('glossary', lang, 'terms.json'), 'utf8'))
    const resources = {zh: {terms: await read('zh')}, en: {terms: await read('en')}} as GlossaryResources
    expect(violations(glossaryToTbx(resources))).toEqual([])
  })

  it('should write a proper noun as a noun, and keep pinyin and do-not-translate on the terms', () => {
    const tbx = glossaryToTbx({
      zh: {terms: {cuda: {forms: ['库达', 'CUDA'], pinyin: 'kùdá', category: 'company', partOfSpeech: 'properNoun'}}},
      en: {terms: {cuda: {gloss: 'CUDA', doNotTranslate: true}}}
    })
    expect(violations(tbx)).toEqual([])
    expect(tbx).not.toContain('>properNoun<')
    expect(tbx).toMatch(/<term>库达<\/term>[\s\S]*?<note>pinyin: kùdá<\/note>[\s\S]*?<\/termSec>/)
    expect(tbx).toMatch(/<term>CUDA<\/term>[\s\S]*?<note>doNotTranslate: true<\/note>[\s\S]*?<\/termSec>/)
  })

  it('should catch what the dialect forbids', () => {
    const bad = glossaryToTbx({zh: {terms: {x: {forms: ['某'], category: 'concept'}}}, en: {terms: {x: {gloss: 'x'}}}})
      .replace('>noun<', '>properNoun<')
      .replace('<descrip type="subjectField">', '<descrip type="context">')
    expect(violations(bad)).toEqual([
      'descrip type "context" may not stand in a conceptEntry',
      'termNote partOfSpeech "properNoun" is not allowed'
    ])
  })
})
