/**
 * The library's browser entry bundles for the browser platform with esbuild
 * (so nothing in it imports from Node) and runs in Chromium on an article
 * and a glossary passed as plain objects.
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {build, type Metafile, type Plugin} from 'esbuild'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type * as Library from '../../src/browser.js'
import type {GlossaryResources} from '../../src/glossary/types.js'
import {launchChromium} from '../../src/node/chromium.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'

declare global {
  interface Window {
    /** The library, as the bundle's global. */
    zhgloss: typeof Library
  }
}

/** The reader's in-page script from src/ is the bundle the build writes to lib/ (as in vitest.config.ts). */
const shippedClient: Plugin = {
  name: 'shipped-client',
  setup(build) {
    build.onResolve({filter: /^\.\/client-script\.js$/}, () => ({path: resolve('lib/render/reader/client-script.js')}))
    build.onResolve({filter: /^\.\/line-script\.js$/}, () => ({path: resolve('lib/render/handout/line-script.js')}))
  }
}

/** The bundle, as a script that sets `window.zhgloss`. */
async function bundleBrowserEntry(): Promise<{code: string; metafile: Metafile}> {
  const result = await build({
    entryPoints: ['src/browser.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'zhgloss',
    write: false,
    metafile: true,
    plugins: [shippedClient],
    logLevel: 'silent'
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild wrote no output')
  return {code: output.text, metafile: result.metafile}
}

describe('the browser bundle', () => {
  it('should bundle for the browser platform without any Node module', async () => {
    const {metafile} = await bundleBrowserEntry()
    const inputs = Object.keys(metafile.inputs)
    expect(inputs.some((path) => path.startsWith('src/node/') || path.startsWith('src/cli/'))).toBe(false)
    expect(inputs.filter((path) => path.startsWith('node:'))).toEqual([])
    expect(inputs).toContain('src/plugin/remark-gloss.ts')
  })

  it('should resolve `zhgloss` to the browser entry through the browser condition of package.json exports', async () => {
    const result = await build({
      stdin: {
        contents: "export {createGlossary, remarkGloss, renderArticle} from 'zhgloss'",
        resolveDir: process.cwd(),
        sourcefile: 'user.js'
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent'
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs).toContain('lib/browser.js')
    expect(inputs.filter((path) => path.startsWith('lib/node/') || path === 'lib/index.js')).toEqual([])
  })
})

describe.skipIf(skipBrowser)('the browser bundle in Chromium', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    const {code} = await bundleBrowserEntry()
    browser = await launchChromium(chromiumPath ?? '')
    page = await browser.newPage()
    await page.setContent('<!doctype html><title>bundle</title><body></body>')
    await page.addScriptTag({content: code})
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should mark the terms of an article with a glossary passed as objects', async () => {
    const resources: GlossaryResources = {
      zh: {terms: JSON.parse(await readFile('glossary/zh/terms.json', 'utf8'))},
      en: {terms: JSON.parse(await readFile('glossary/en/terms.json', 'utf8'))}
    }
    const markdown = '# 芯片\n\n英伟达向中国出口H200芯片，台积电负责代工。\n'
    const result = await page.evaluate(
      async ({resources, markdown}) => {
        const library = window.zhgloss
        const glossary = library.createGlossary(resources)
        const fragment = await library.renderArticle(markdown, {glossary, format: 'fragment'})
        const page = await library.renderArticle(markdown, {glossary, format: 'reader'})
        return {fragment, page, gloss: glossary.gloss('tsmc')?.gloss, hasProcess: 'process' in globalThis}
      },
      {resources, markdown}
    )
    expect(result.hasProcess).toBe(false)
    expect(result.gloss).toBe('TSMC')
    expect(result.fragment).toContain('<span class="term" data-term="nvidia">英伟达</span>')
    expect(result.fragment).toContain('<span class="term" data-term="h200">H200</span>')
    expect(result.fragment).toContain('<span class="term" data-term="tsmc">台积电</span>')
    expect(result.page).toMatch(/^<!doctype html>/i)
    expect(result.page).toContain('role="tooltip"')
  })
})
