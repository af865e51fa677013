/**
 * Cases the fuzzer found, kept as they were shrunk, so that each stays fixed.
 */
import {describe, expect, it} from 'vitest'
import type {FuzzCase} from './support/arbitraries.js'
import {checkInvariants} from './support/fuzz-invariants.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {ownText} from './support/text.js'

/** A glossary of one entry per list of forms, for the cases below. */
function glossaryOf(entries: Record<string, {forms: string[]; models?: boolean; boundary?: 'segment' | 'none'}>): FuzzCase['glossary'] {
  const zh: Record<string, unknown> = {}
  const en: Record<string, unknown> = {}
  for (const [id, entry] of Object.entries(entries)) {
    zh[id] = {pinyin: 'pīnyīn', category: 'technology', ...entry}
    en[id] = {gloss: `gloss of ${id}`, note: 'note with <b>markup</b> & </script>'}
  }
  return {
    resources: {zh: {terms: zh}, en: {terms: en}} as unknown as GlossaryResources,
    forms: Object.values(entries).flatMap((entry) => entry.forms)
  }
}

describe('fuzz regressions', () => {
  it('should not count ruby annotations as white space in the text rule (seed 843196854)', async () => {
    const glossary = glossaryOf({t1: {forms: ['𪚥英英算是', '來電'], models: true}})
    await checkInvariants({glossary, markdown: '𪚥英英算是芯![芯](img.png)\n\nhttps://example.com/芯片\n\n'}, ['reader'])
    expect(ownText('<p><ruby>算是<rp>(</rp><rt>suàn</rt><rp>)</rp></ruby>芯</p>')).toBe('算是芯')
  })

  it('should not blame the output for noncharacters the article itself holds (seed 425382507)', async () => {
    const glossary = glossaryOf({t1: {forms: ['GPU']}})
    await checkInvariants({glossary, markdown: '```\n\ufdd0😀\n```\n\n[ref]: https://example.com "**😀**"\n\n'})
  })

  it('should take a model number on the next line of a wrapped text as the series name’s (seed -186229172)', async () => {
    const glossary = glossaryOf({t5: {forms: ['英昇Ascend', 'Nvidia'], models: true, boundary: 'none'}})
    await checkInvariants({glossary, markdown: '- [ ] 英昇Ascend\r\nH20<b>粗</b>\n\n'}, ['fragment'])
  })
})
