/**
 * Hostile input: articles pasted from the web and glossaries edited by hand
 * must never run anything, change the page, pollute prototypes or hang.
 * One test per vector; the page is checked with an HTML parser, and the
 * reader is loaded in Chromium to see that no script of theirs runs.
 */
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createGlossary, type Glossary} from '../src/glossary/create.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {isSafeUrl} from '../src/plugin/safe-urls.js'
import {ZhglossError} from '../src/core/problem.js'
import {analyzeArticle} from '../src/article/analyze.js'
import {renderArticle} from '../src/render/render-article.js'
import {chromiumPath, skipBrowser} from './support/browser.js'
import {activeContent, baselineOf, type Baseline} from './support/fuzz-inert.js'
import {bareHtml, ownText} from './support/text.js'

/** A glossary whose text tries everything: markup, quotes, `</script>`, i18next syntax. */
const hostileResources = {
  zh: {
    terms: {
      chip: {forms: ['芯片', '"芯片"', '芯片</script>'], pinyin: 'xīnpiàn', category: 'concept'},
      wafer: {forms: ['晶圆', '<b>晶圆</b>'], pinyin: 'jīngyuán', category: 'concept'},
      nvidia: {forms: ['英伟达', "N'vidia"], pinyin: 'Yīngwěidá', category: 'company'}
    }
  },
  en: {
    terms: {
      chip: {gloss: '<img src=x onerror=alert(1)>', note: '</script><script>alert(1)</script>'},
      wafer: {gloss: '" onmouseover="alert(1)" x="', note: "' onfocus='alert(1)' autofocus x='"},
      nvidia: {gloss: '{{x}} $t(chip.gloss) <!--', note: '<svg onload=alert(1)>]]>'}
    }
  }
} as const

let project: Glossary
let hostile: Glossary
let baseline: Baseline

beforeAll(async () => {
  project = await loadGlossary('glossary')
  hostile = createGlossary(structuredClone(hostileResources) as unknown as GlossaryResources)
  baseline = baselineOf(await renderArticle('英伟达的芯片。', {glossary: project, format: 'reader'}))
})

/** Build the reader page and say what in it could run or change the page. */
async function problemsOf(markdown: string, glossary: Glossary = project): Promise<string[]> {
  const page = await renderArticle(markdown, {glossary, format: 'reader'})
  const fragment = await renderArticle(markdown, {glossary, format: 'fragment'})
  expect(ownText(page)).toBe(ownText(bareHtml(markdown)))
  return [...activeContent(page, baseline), ...activeContent(fragment, baseline)]
}

/** Article vectors: each must leave a page with nothing active in it. */
const articleVectors: Array<[string, string]> = [
  ['a javascript: link', '[点我](javascript:alert(1)) 英伟达'],
  [
    'a javascript: link in mixed case with entities and tabs',
    '[a](JaVa&#x53;cript:alert(1)) [b](java&#x09;script:alert(1)) [c](&#106;avascript:alert(1)) [d]( javascript:alert(1))'
  ],
  ['a javascript: link definition used by reference', '[英伟达][r] and [r]\n\n[r]: javascript:alert(1)'],
  ['a javascript: autolink', '<javascript:alert(1)> 与 <vbscript:msgbox(1)>'],
  ['a data: link to an HTML document', '[芯片](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a data: SVG image', '![x](data:image/svg+xml,<svg/onload=alert(1)>) ![y](data:text/html,<script>alert(1)</script>)'],
  ['a raw script block', '<script>alert(1)</script>\n\n英伟达'],
  ['an inline image with onerror', '芯片 <img src=x onerror=alert(1)> 晶圆'],
  ['a raw link around a term', '<a href="javascript:alert(1)" onclick="alert(1)">英伟达</a>'],
  ['an iframe', '<iframe src="javascript:alert(1)" srcdoc="<script>alert(1)</script>"></iframe>\n\n芯片'],
  ['an svg with script and onload', '<svg onload=alert(1)><script>alert(1)</script></svg> 芯片'],
  [
    'a math element hiding an image (mutation XSS)',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'
  ],
  ['a style element that would hide the page', '<style>body{display:none}</style>\n\n芯片'],
  [
    'DOM-clobbering ids and names in raw HTML',
    '<div id="article"></div><form name="getElementById"></form><img name="querySelectorAll" id="zg-tip-nvidia">\n\n英伟达'
  ],
  ['headings and footnotes named like the tool’s ids', '# article\n\n## zg-tip-nvidia\n\n英伟达[^zg-tip-nvidia]\n\n[^zg-tip-nvidia]: 芯片'],
  ['a details element with ontoggle', '<details open ontoggle=alert(1)><summary>芯片</summary></details>'],
  [
    'a base element and a meta refresh',
    '<base href="https://evil.example/">\n<meta http-equiv="refresh" content="0;url=javascript:alert(1)">\n\n芯片'
  ],
  ['an image title that tries to close its attribute', '![芯片](a.png "\\" onerror=\\"alert(1)")'],
  ['a link title that tries to close the tag', '[芯片](https://example.com "\\"><script>alert(1)</script>")'],
  [
    'an HTML comment that tries to break out',
    '<!-- --><script>alert(1)</script> -->\n\n英伟达 <!-- x --!><img src=x onerror=alert(1)> -->'
  ],
  [
    'a noscript and textarea break-out',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>\n\n<textarea></textarea><script>alert(1)</script>'
  ],
  ['entities that spell a script tag', '&lt;script&gt;alert(1)&lt;/script&gt; 芯片 &#60;img src=x onerror=alert(1)&#62;'],
  ['front matter whose title is markup', '---\ntitle: "</title><script>alert(1)</script>"\n---\n\n芯片']
]

describe('hostile article content', () => {
  for (const [name, markdown] of articleVectors) {
    it(`should keep ${name} from running or changing the page`, async () => {
      expect(await problemsOf(markdown)).toEqual([])
    })
  }

  it('should drop only the address of an unsafe link and keep its text', async () => {
    const html = await renderArticle('[点我](javascript:alert(1))', {glossary: project, format: 'fragment'})
    expect(html).toBe('<p><a>点我</a></p>')
  })

  it('should keep safe addresses as written', () => {
    for (const url of ['https://example.com/a?b#c', '/relative:path', 'page.html', '#footnote', 'mailto:a@example.com', './a:b', ''])
      expect(isSafeUrl(url, false)).toBe(true)
    expect(isSafeUrl('data:image/png;base64,AAAA', true)).toBe(true)
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:x', 'java\tscript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd'])
      expect(isSafeUrl(url, false)).toBe(false)
    expect(isSafeUrl('data:image/svg+xml,<svg>', true)).toBe(false)
  })
})

describe('hostile glossary content', () => {
  it('should escape a gloss made of markup', async () => {
    const page = await renderArticle('芯片', {glossary: hostile, format: 'reader'})
    expect(activeContent(page, baseline)).toEqual([])
    expect(page).toContain('&#x3C;img src=x onerror=alert(1)>')
  })

  it('should keep a note holding </script> out of every script', async () => {
    const page = await renderArticle('芯片', {glossary: hostile, format: 'reader'})
    expect(activeContent(page, baseline)).toEqual([])
    expect(page.match(/<script/g)).toHaveLength(baseline.scripts.size)
  })

  it('should keep quotes in a gloss and a note inside their text', async () => {
    expect(await problemsOf('晶圆', hostile)).toEqual([])
  })

  it('should show a gloss with i18next syntax as written, not interpolated', async () => {
    expect(hostile.gloss('nvidia')?.gloss).toBe('{{x}} $t(chip.gloss) <!--')
    expect(await problemsOf('英伟达', hostile)).toEqual([])
  })

  it('should match forms with quotes and markup as plain text and escape them', async () => {
    const markdown = '“"芯片"” 与 芯片\\</script> 与 N\'vidia'
    expect(await problemsOf(markdown, hostile)).toEqual([])
    const fragment = await renderArticle(markdown, {glossary: hostile, format: 'fragment'})
    expect(fragment).toContain('<span class="term" data-term="chip">"芯片"</span>')
  })
})

/** A glossary on disk whose zh/terms.json is the given text. */
async function glossaryFolder(zh: string, en = '{}'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zhgloss-hostile-'))
  await mkdir(join(dir, 'zh'))
  await mkdir(join(dir, 'en'))
  await writeFile(join(dir, 'zh', 'terms.json'), zh)
  await writeFile(join(dir, 'en', 'terms.json'), en)
  return dir
}

/** The problems a glossary is refused with. */
function refusal(build: () => unknown): ZhglossError {
  try {
    build()
  } catch (error) {
    if (error instanceof ZhglossError) return error
    throw error
  }
  throw new Error('the glossary was accepted')
}

/** Everything `Object.prototype` has, to compare before and after. */
function prototypeState(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort()
}

describe('glossary ids and prototype pollution', () => {
  const before = prototypeState()
  const folders: string[] = []

  afterAll(async () => {
    await Promise.all(folders.map((dir) => rm(dir, {recursive: true, force: true})))
  })

  for (const id of ['__proto__', 'constructor', 'prototype', '芯片', 'café', 'Upper', 'toString']) {
    it(`should refuse the id ${JSON.stringify(id)} and name it`, () => {
      const zh = JSON.parse(
        `{"terms": {${JSON.stringify(id)}: {"forms": ["芯片"], "pinyin": "xīnpiàn", "category": "concept", "polluted": true}}}`
      )
      const en = JSON.parse(`{"terms": {${JSON.stringify(id)}: {"gloss": "chip", "polluted": true}}}`)
      const error = refusal(() => createGlossary({zh, en} as GlossaryResources))
      expect(error.problems.some((problem) => problem.entry === id && problem.message.includes(JSON.stringify(id)))).toBe(true)
      expect(prototypeState()).toEqual(before)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    })
  }

  it('should refuse __proto__ in files on disk and leave Object.prototype alone', async () => {
    const dir = await glossaryFolder(
      '{"__proto__": {"forms": ["芯片"], "category": "concept", "polluted": true}}',
      '{"__proto__": {"gloss": "x", "polluted": true}}'
    )
    folders.push(dir)
    const error = await loadGlossary(dir).then(
      () => undefined,
      (failure: unknown) => failure
    )
    expect(error).toBeInstanceOf(ZhglossError)
    expect(String((error as Error).message)).toMatch(/zh\/terms\.json:1:2: .*"__proto__"/)
    expect(prototypeState()).toEqual(before)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('should refuse a gloss language called __proto__ given to createGlossary', () => {
    const resources = JSON.parse(
      '{"zh": {"terms": {"chip": {"forms": ["芯片"], "pinyin": "x", "category": "concept"}}}, "en": {"terms": {"chip": {"gloss": "chip"}}}, "__proto__": {"terms": {"polluted": true}}}'
    )
    let glossary: Glossary | undefined
    try {
      glossary = createGlossary(resources)
    } catch (error) {
      expect(error).toBeInstanceOf(ZhglossError)
    }
    expect(glossary?.languages ?? []).not.toContain('__proto__')
    expect(prototypeState()).toEqual(before)
    expect(({} as Record<string, unknown>)['terms']).toBeUndefined()
  })

  it('should ignore __proto__, constructor and prototype keys in front matter', async () => {
    const markdown =
      '---\ntitle: 芯片\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nprototype: x\n---\n\n芯片'
    const article = await analyzeArticle(markdown, {glossary: project})
    expect(article.matter.title).toBe('芯片')
    expect(Object.getPrototypeOf(article.matter)).toBe(Object.prototype)
    expect(Object.hasOwn(article.matter, '__proto__')).toBe(false)
    await renderArticle(markdown, {glossary: project, format: 'reader'})
    expect(prototypeState()).toEqual(before)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('degenerate glossaries', () => {
  /** Resources with one entry per form list. */
  function resources(entries: ReadonlyArray<readonly string[]>): GlossaryResources {
    const zh: Record<string, unknown> = {}
    const en: Record<string, unknown> = {}
    entries.forEach((forms, index) => {
      zh[`e${index}`] = {forms, pinyin: 'x', category: 'concept'}
      en[`e${index}`] = {gloss: `gloss ${index}`}
    })
    return {zh: {terms: zh}, en: {terms: en}} as unknown as GlossaryResources
  }

  it('should refuse a one-character form with the reason and the entry', () => {
    const error = refusal(() => createGlossary(resources([['芯']])))
    expect(error.problems).toEqual([expect.objectContaining({entry: 'e0', rule: 'form-too-short'})])
    expect(error.message).toContain('single character')
  })

  it('should refuse a form of white space with the reason', () => {
    const error = refusal(() => createGlossary(resources([['  ']])))
    expect(error.problems[0]?.entry).toBe('e0')
  })

  it('should mark a form that matches almost everything without hanging', async () => {
    const glossary = createGlossary(resources([['的是'], ['aa'], ['是的是的是的']]))
    const text = `${'的是'.repeat(50_000)} ${'a'.repeat(100_000)}`
    const started = performance.now()
    const spans = glossary.matcher.match(text)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(spans.length).toBeGreaterThan(0)
    const html = await renderArticle(text.slice(0, 20_000), {glossary, format: 'fragment'})
    expect(ownText(html)).toBe(ownText(bareHtml(text.slice(0, 20_000))))
  })

  it('should take forms that are prefixes and suffixes of each other without a blow-up', () => {
    const glossary = createGlossary(resources(Array.from({length: 200}, (_, index) => [`a${'b'.repeat(index + 1)}`])))
    const started = performance.now()
    const spans = glossary.matcher.match(`a${'b'.repeat(200)} `.repeat(500))
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(spans).toHaveLength(500)
  })

  it('should accept 100,000 entries and match with them', () => {
    const many = Array.from({length: 100_000}, (_, index) => [`型号${index.toString(36)}号`, `X${index}Y`])
    const started = performance.now()
    const glossary = createGlossary(resources(many))
    const spans = glossary.matcher.match('这是型号2s号，那是X99999Y。')
    expect(performance.now() - started).toBeLessThan(60_000)
    expect(spans.map((span) => span.id)).toEqual(['e100', 'e99999'])
  }, 120_000)
})

describe.skipIf(skipBrowser)('hostile input in Chromium', () => {
  it('should run no script of the article or the glossary in the reader', async () => {
    const {launchChromium} = await import('../src/node/chromium.js')
    const markdown = `${articleVectors.map(([, vector]) => vector).join('\n\n')}\n\n芯片 晶圆 英伟达 "芯片"`
    const page = await renderArticle(markdown, {glossary: hostile, format: 'reader'})
    const browser = await launchChromium(chromiumPath ?? '')
    try {
      const tab = await browser.newPage()
      const dialogs: string[] = []
      const errors: string[] = []
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      tab.on('pageerror', (error) => errors.push(error.message))
      await tab.setContent(page, {waitUntil: 'load'})
      const terms = tab.locator('[data-term]')
      const count = await terms.count()
      expect(count).toBeGreaterThan(3)
      for (let index = 0; index < count; index++) {
        await terms.nth(index).focus()
        await terms.nth(index).hover()
      }
      await tab.waitForTimeout(200)
      const state = await tab.evaluate(() => ({
        main: document.getElementById('article')?.tagName,
        hidden: getComputedStyle(document.body).display,
        gloss: [...document.querySelectorAll('[role="tooltip"]')].map((tip) => tip.textContent ?? '').join('\n'),
        images: document.images.length
      }))
      expect(dialogs).toEqual([])
      expect(errors).toEqual([])
      expect(state.main).toBe('MAIN')
      expect(state.hidden).not.toBe('none')
      expect(state.gloss).toContain('<img src=x onerror=alert(1)>')
      expect(state.gloss).toContain('" onmouseover="alert(1)" x="')
    } finally {
      await browser.close()
    }
  }, 60_000)
})
