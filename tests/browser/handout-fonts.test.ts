import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyzeArticle} from '../../src/article/analyze.js'
import type {Glossary} from '../../src/glossary/create.js'
import {launchChromium} from '../../src/node/chromium.js'
import {loadGlossary} from '../../src/node/load-glossary.js'
import {printHandouts, printPdf} from '../../src/node/pdf.js'
import {type3Families} from '../../src/node/pdf-fonts.js'
import {renderHandout} from '../../src/render/handout/page.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'

/** Text without white space: lines wrap wherever the layout wants. */
function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Each font of a PDF as pdffonts lists it (name, type), and its text as pdftotext extracts it. */
async function poppler(pdf: Uint8Array): Promise<{fonts: Array<{name: string; type: string; embedded: string}>; text: string}> {
  const folder = await mkdtemp(join(tmpdir(), 'zhgloss-fonts-'))
  try {
    const path = join(folder, 'handout.pdf')
    await writeFile(path, pdf)
    const listing = execFileSync('pdffonts', [path], {encoding: 'utf8'}).split('\n').slice(2).filter(Boolean)
    const fonts = listing.map((line) => {
      const fields = line.trim().split(/\s+/)
      return {name: fields[0] ?? '', type: fields.slice(1, -6).join(' '), embedded: fields.at(-5) ?? ''}
    })
    return {fonts, text: execFileSync('pdftotext', [path, '-'], {encoding: 'utf8'})}
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

describe('type3Families', () => {
  it('should name the family of each Type 3 font, once, and nothing for a PDF of real fonts', () => {
    const pdf = (objects: string[]) => new TextEncoder().encode(`%PDF-1.4\n${objects.join('\n')}\n%%EOF`)
    const type3 = [
      '4 0 obj\n<</Type /Font\n/Subtype /Type3\n/FontDescriptor 9 0 R>>\nendobj',
      '5 0 obj\n<</Type /Font\n/Subtype /Type3\n/FontDescriptor 9 0 R>>\nendobj',
      '9 0 obj\n<</Type /FontDescriptor\n/FontFamily (Noto Sans CJK SC)\n/FontWeight 400>>\nendobj'
    ]
    const trueType = [
      '6 0 obj\n<</Type /Font\n/Subtype /CIDFontType2\n/FontDescriptor 7 0 R>>\nendobj',
      '7 0 obj\n<</FontFamily (AR PL UMing CN)>>\nendobj'
    ]
    expect(type3Families(pdf([...type3, ...trueType]))).toEqual(['Noto Sans CJK SC'])
    expect(type3Families(pdf(trueType))).toEqual([])
  })
})

describe.skipIf(skipBrowser)('handout fonts in the PDF', () => {
  let browser: Browser
  let glossary: Glossary

  beforeAll(async () => {
    glossary = await loadGlossary('glossary')
    browser = await launchChromium(chromiumPath ?? '')
  })

  afterAll(async () => {
    await browser.close()
  })

  for (const [name, face] of [
    ['h200-exports.md', 'UMingCN'],
    ['taiwan-supply-chain.md', 'UMingTW']
  ] as const) {
    it(`should embed ${name}'s fonts as real fonts, none as Type 3, in ${face}, with its Chinese text extractable`, async () => {
      const markdown = readFileSync(join('articles', name), 'utf8')
      const article = await analyzeArticle(markdown, {glossary, path: name})
      const pdf = await printPdf(browser, renderHandout(article, {glossary}))
      const {fonts, text} = await poppler(pdf)
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter((font) => font.type !== 'CID TrueType').map((font) => `${font.name} ${font.type}`)).toEqual([])
      expect(fonts.filter((font) => font.embedded !== 'yes')).toEqual([])
      expect(fonts.some((font) => font.name.endsWith(`+${face}`))).toBe(true)
      expect(type3Families(pdf)).toEqual([])
      const paragraphs = markdown.split('\n').filter((line) => /^\p{Script=Han}/u.test(line))
      expect(paragraphs.length).toBeGreaterThan(2)
      for (const paragraph of paragraphs.slice(0, 3)) expect(squash(text)).toContain(squash(paragraph).slice(0, 16))
    })
  }

  it('should warn, naming the packages to install, when a handout prints with Type 3 fonts, and not otherwise', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'zhgloss-fonts-'))
    try {
      const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
      const handout = renderHandout(article, {glossary})
      // A synthesized bold prints as Type 3 whatever the machine's fonts: the stand-in for a missing TrueType face.
      const bolded = handout.replace('</style>', ':root { font-synthesis: initial !important; } p { font-weight: 700 !important; }</style>')
      for (const [folderName, html] of [
        ['good', handout],
        ['bold', bolded]
      ] as const) {
        await mkdir(join(folder, 'dist', folderName), {recursive: true})
        await writeFile(join(folder, 'dist', folderName, 'handout.html'), html)
      }
      const problems = await printHandouts({out: 'dist', cwd: folder, names: ['good', 'bold'], env: {CHROMIUM_PATH: chromiumPath}})
      expect(problems.map((problem) => [problem.file, problem.rule, problem.severity])).toEqual([
        [join('dist', 'bold', 'handout.pdf'), 'pdf-type3-fonts', 'warning']
      ])
      expect(problems[0]?.message).toContain('apt-get install -y fonts-arphic-uming fonts-wqy-microhei fonts-wqy-zenhei')
      expect(problems[0]?.message).toMatch(/AR PL UMing CN/)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})
