/**
 * Print handouts to look at while working on their style: each article's
 * handout.html and handout.pdf into a folder, without the rest of the build.
 * Rasterize the PDFs with `pdftoppm -r 60 -png FOLDER/NAME.pdf FOLDER/NAME`
 * to see the pages as a teacher would.
 *
 * Run: npm run handout-preview -- OUT [--paper letter] [--pinyin all] [--density all] [--bilingual] [--ui zh] [ARTICLE.md ...]
 * (it builds, bundles this script with scripts/bundle-node.mjs, which points
 * the in-page scripts at their built copies, and runs it).
 */
import {mkdir, readFile, readdir, stat, writeFile} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {parseArgs} from 'node:util'
import {findChromium, launchChromium} from '../src/node/chromium.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {countPages, printPdf} from '../src/node/pdf.js'
import {analyzeArticle} from '../src/article/analyze.js'
import {renderHandout} from '../src/render/handout/page.js'
import {handoutSettings} from '../src/render/handout/settings.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    paper: {type: 'string'},
    pinyin: {type: 'string'},
    density: {type: 'string'},
    bilingual: {type: 'boolean'},
    ui: {type: 'string', default: 'en'},
    glossary: {type: 'string', default: 'glossary'}
  }
})
const [out, ...named] = positionals
if (!out) {
  process.stderr.write(
    'usage: handout-preview OUT [--paper letter] [--pinyin all] [--density all] [--bilingual] [--ui zh] [ARTICLE.md ...]\n'
  )
  process.exit(2)
}
const executable = findChromium(process.env)
if (!executable) {
  process.stderr.write('handout-preview: no Chromium; install it (apt-get install -y chromium) or set CHROMIUM_PATH\n')
  process.exit(2)
}
const glossary = await loadGlossary(values.glossary)
const settings = handoutSettings({...values, glossaryName: values.glossary})
const articles =
  named.length > 0 ? named : (await readdir('articles')).filter((name) => /^[^.]+\.md$/.test(name)).map((name) => join('articles', name))
const browser = await launchChromium(executable)
await mkdir(out, {recursive: true})
try {
  for (const path of articles) {
    const name = basename(path, '.md')
    const article = await analyzeArticle(await readFile(path, 'utf8'), {glossary, path})
    const translationPath = path.replace(/\.md$/, '.en.md')
    const translation = await stat(translationPath).then(
      async () => analyzeArticle(await readFile(translationPath, 'utf8'), {glossary, path: translationPath}),
      () => undefined
    )
    const html = renderHandout(article, {...settings, glossary, ui: values.ui, ...(translation ? {translation} : {})})
    const pdf = await printPdf(browser, html, settings.paper ? {paper: settings.paper} : {})
    await writeFile(join(out, `${name}.html`), html)
    await writeFile(join(out, `${name}.pdf`), pdf)
    process.stdout.write(`${join(out, name)}.pdf: ${countPages(pdf)} pages\n`)
  }
} finally {
  await browser.close()
}
