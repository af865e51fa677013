/**
 * fast-check arbitraries for the fuzzed invariants: generated glossaries
 * (forms that nest, share edges, mix scripts and widths) and generated
 * Markdown articles that place those forms everywhere Markdown allows, among
 * raw HTML, entities, astral characters, combining marks and mixed line ends.
 */
import fc from 'fast-check'
import {fold} from '../../src/matcher/index.js'
import type {GlossaryResources} from '../../src/glossary/types.js'

/** Han characters the generated forms and text are made of: common, traditional, and one outside the BMP. */
const hanPool = [...'芯片算力华为海思英伟达台积电晶圆昇腾升飞上中国的是在了和有這為們來說時個體積電臺灣'].concat(['𠀀', '𪚥'])

/** Latin pieces: model numbers, brands, and case and width variants. */
const latinPool = ['H20', 'H200', 'HBM3e', 'CUDA', 'GPU', 'Ascend', 'ai', 'x86', '910C', 'Ｈ２００', 'ｇｐｕ', 'Nvidia']

/** Characters that are not words: emoji, marks, punctuation Markdown reacts to. */
const otherPool = [
  '😀',
  '👩‍💻',
  '🇨🇳',
  'e\u0301',
  '\u0301',
  '\u200b',
  '\u3000',
  '，',
  '。',
  '、',
  '（',
  '）',
  '「',
  '」',
  ' ',
  '*',
  '_',
  '`',
  '[',
  ']',
  '<',
  '>',
  '|',
  '\\',
  '~',
  '#',
  '!',
  '&',
  '"',
  "'",
  '-',
  '+',
  '.',
  ':',
  '/'
]

/** Entities, named, decimal and hexadecimal, some of which are Han characters or forms in disguise. */
const entityPool = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&#x4e2d;',
  '&#33455;',
  '&#x82af;&#x7247;',
  '&copy;',
  '&#0;',
  '&bogus;',
  '&#x1F600;'
]

/** Raw HTML, inline and block, that the bare pipeline drops and zhgloss must drop as well. */
const htmlPool = [
  '<b>粗</b>',
  '<span title="芯片">x</span>',
  '<!-- 芯片 -->',
  '<br>',
  '<a href="javascript:alert(1)">链接</a>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<kbd>H20</kbd>',
  '</div>',
  '<?php ?>'
]

/** A generated glossary: the resources, and every form in it for the text generator to place. */
export interface GeneratedGlossary {
  resources: GlossaryResources
  forms: string[]
}

const hanChar = fc.constantFrom(...hanPool)

/** A form: two to five Han characters, a Latin piece, or a mix of both. */
const formArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.array(hanChar, {minLength: 2, maxLength: 5}).map((chars) => chars.join('')),
  fc.constantFrom(...latinPool).filter((piece) => [...piece].length >= 2),
  fc.tuple(fc.array(hanChar, {minLength: 1, maxLength: 3}), fc.constantFrom(...latinPool)).map(([chars, latin]) => chars.join('') + latin)
)

/** One raw entry before forms are made unique across the glossary. */
const rawEntry = fc.record({
  forms: fc.array(formArbitrary, {minLength: 1, maxLength: 4}),
  models: fc.boolean(),
  boundary: fc.constantFrom('segment', 'none'),
  gloss: fc.string({minLength: 1, maxLength: 12}).filter((text) => /\S/.test(text)),
  note: fc.option(fc.constantFrom('a "quoted" note', 'note with <b>markup</b> & </script>', '注释'), {nil: undefined})
})

/**
 * A glossary of one to twelve entries. Forms are cut from and grown out of
 * each other so that terms nest (华为, 华为海思) and overlap at their edges.
 */
export const glossaryArbitrary: fc.Arbitrary<GeneratedGlossary> = fc
  .tuple(fc.array(rawEntry, {minLength: 1, maxLength: 12}), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), {maxLength: 6}))
  .map(([raw, nestings]) => {
    const allForms = raw.flatMap((entry) => entry.forms)
    const extra: string[][] = raw.map(() => [])
    for (const [from, cut, to] of nestings) {
      const source = allForms[from % allForms.length] ?? ''
      const chars = [...source]
      if (chars.length >= 3) extra[to % raw.length]?.push(chars.slice(cut % (chars.length - 1), (cut % (chars.length - 1)) + 2).join(''))
      else extra[to % raw.length]?.push(source + (hanPool[cut % hanPool.length] ?? '芯'))
    }
    const owner = new Set<string>()
    const zh: Record<string, unknown> = {}
    const en: Record<string, unknown> = {}
    const forms: string[] = []
    raw.forEach((entry, index) => {
      const own = [...entry.forms, ...(extra[index] ?? [])].filter((form) => {
        const folded = fold(form)
        if (owner.has(folded)) return false
        owner.add(folded)
        return true
      })
      if (own.length === 0) return
      const id = `t${index}`
      zh[id] = {forms: own, pinyin: 'pīnyīn', category: 'technology', models: entry.models, boundary: entry.boundary}
      en[id] = entry.note === undefined ? {gloss: entry.gloss} : {gloss: entry.gloss, note: entry.note}
      forms.push(...own)
    })
    if (forms.length === 0) {
      zh['t-fallback'] = {forms: ['芯片'], pinyin: 'xīnpiàn', category: 'technology'}
      en['t-fallback'] = {gloss: 'chip'}
      forms.push('芯片')
    }
    return {resources: {zh: {terms: zh}, en: {terms: en}} as unknown as GlossaryResources, forms}
  })

/**
 * A run of inline text: forms of the glossary (sometimes followed by a model
 * number or glued to other forms), Han and Latin text, and the odd characters.
 *
 * @param forms the glossary's forms.
 * @returns the arbitrary.
 */
function textArbitrary(forms: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    {weight: 5, arbitrary: fc.constantFrom(...forms)},
    {weight: 2, arbitrary: fc.constantFrom(...forms).map((form) => `${form}910C`)},
    {weight: 3, arbitrary: hanChar},
    {weight: 2, arbitrary: fc.constantFrom(...latinPool)},
    {weight: 2, arbitrary: fc.constantFrom(...otherPool)},
    {weight: 1, arbitrary: fc.constantFrom(...entityPool)},
    {weight: 1, arbitrary: fc.constantFrom(...htmlPool)},
    {weight: 1, arbitrary: fc.string({maxLength: 3, unit: 'binary'})}
  )
  return fc.array(piece, {minLength: 1, maxLength: 10}).map((pieces) => pieces.join(''))
}

/**
 * Inline Markdown: text wrapped in every inline construct.
 *
 * @param forms the glossary's forms.
 * @returns the arbitrary.
 */
function inlineArbitrary(forms: readonly string[]): fc.Arbitrary<string> {
  const text = textArbitrary(forms)
  const wrapped = fc.oneof(
    {weight: 6, arbitrary: text},
    {weight: 1, arbitrary: text.map((inner) => `*${inner}*`)},
    {weight: 1, arbitrary: text.map((inner) => `**${inner}**`)},
    {weight: 1, arbitrary: text.map((inner) => `~~${inner}~~`)},
    {weight: 1, arbitrary: text.map((inner) => `\`${inner}\``)},
    {weight: 1, arbitrary: text.map((inner) => `[${inner}](https://example.com/${encodeURIComponent(inner)} "${inner}")`)},
    {weight: 1, arbitrary: text.map((inner) => `![${inner}](img.png)`)},
    {weight: 1, arbitrary: text.map((inner) => `[${inner}][ref]`)},
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'https://example.com/芯片',
        '<https://h20.example>',
        'www.example.com',
        'me@example.com',
        '[^1]',
        '[^note]',
        '  \n',
        '\\\n',
        '\\*'
      )
    }
  )
  return fc.array(wrapped, {minLength: 1, maxLength: 5}).map((parts) => parts.join(''))
}

/**
 * A block of Markdown: every block construct of CommonMark and GFM.
 *
 * @param forms the glossary's forms.
 * @returns the arbitrary.
 */
function blockArbitrary(forms: readonly string[]): fc.Arbitrary<string> {
  const inline = inlineArbitrary(forms)
  const oneLine = inline.map((text) => text.replace(/[\r\n]+/g, ' '))
  return fc.oneof(
    {weight: 6, arbitrary: inline},
    {weight: 1, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), oneLine).map(([level, text]) => `${'#'.repeat(level)} ${text}`)},
    {weight: 1, arbitrary: oneLine.map((text) => `${text}\n===`)},
    {weight: 1, arbitrary: inline.map((text) => `> ${text.replace(/\n/g, '\n> ')}`)},
    {weight: 1, arbitrary: fc.array(oneLine, {minLength: 1, maxLength: 3}).map((items) => items.map((item) => `- ${item}`).join('\n'))},
    {
      weight: 1,
      arbitrary: fc
        .array(oneLine, {minLength: 1, maxLength: 3})
        .map((items) => items.map((item, index) => `${index + 1}. ${item}`).join('\n'))
    },
    {
      weight: 1,
      arbitrary: fc
        .array(oneLine, {minLength: 1, maxLength: 2})
        .map((items) => items.map((item, index) => `- [${index % 2 ? 'x' : ' '}] ${item}`).join('\n'))
    },
    {weight: 1, arbitrary: fc.tuple(fc.constantFrom('', 'js', 'text'), inline).map(([lang, code]) => `\`\`\`${lang}\n${code}\n\`\`\``)},
    {weight: 1, arbitrary: inline.map((code) => `    ${code.replace(/\n/g, ' ')}`)},
    {
      weight: 1,
      arbitrary: fc
        .tuple(oneLine, oneLine, oneLine, oneLine)
        .map(([a, b, c, d]) => `| ${cell(a)} | ${cell(b)} |\n| --- | :-: |\n| ${cell(c)} | ${cell(d)} |`)
    },
    {weight: 1, arbitrary: oneLine.map((text) => `[^1]: ${text}`)},
    {weight: 1, arbitrary: oneLine.map((text) => `[ref]: https://example.com "${text.replace(/"/g, '')}"`)},
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '---',
        '***',
        '<div>\n芯片 H20\n</div>',
        '<table><tr><td>华为</td></tr></table>',
        '<!--\n英伟达\n-->',
        '<script>\nalert(1)\n</script>',
        '<style>p{}</style>'
      )
    }
  )
}

/** A table cell cannot hold an unescaped pipe or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')
}

/**
 * A whole article: optional front matter, blocks separated by blank lines
 * written with LF, CRLF or CR, so that line ends mix within one file.
 *
 * @param forms the glossary's forms.
 * @returns the arbitrary.
 */
export function markdownArbitrary(forms: readonly string[]): fc.Arbitrary<string> {
  const block = blockArbitrary(forms)
  const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')
  return fc
    .tuple(
      fc.option(
        fc.constantFrom(
          '---\ntitle: 芯片\n---',
          '---\ntitle: "<script>alert(1)</script>"\n__proto__: {polluted: true}\n---',
          '---\n: bad yaml [\n---'
        ),
        {nil: undefined}
      ),
      fc.array(fc.tuple(block, lineEnd, lineEnd), {minLength: 1, maxLength: 6})
    )
    .map(
      ([matter, blocks]) =>
        (matter === undefined ? '' : `${matter}\n`) +
        blocks.map(([text, first, second]) => text.replace(/\n/g, first) + first + second).join('')
    )
}

/** A generated glossary together with an article written for it. */
export interface FuzzCase {
  glossary: GeneratedGlossary
  markdown: string
}

/** A glossary and an article that uses its forms. */
export const fuzzCaseArbitrary: fc.Arbitrary<FuzzCase> = glossaryArbitrary.chain((glossary) =>
  markdownArbitrary(glossary.forms).map((markdown) => ({glossary, markdown}))
)
