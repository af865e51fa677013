import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {renderArticle} from '../src/render/render-article.js'
import {bareHtml, ownText} from './support/text.js'

/** Set UPDATE_FIXTURES=1 to write the expected outputs anew. */
const update = process.env['UPDATE_FIXTURES'] === '1'
const root = 'tests/fixtures/markdown'

let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary('tests/fixtures/glossary')
})

describe('fixtures', () => {
  for (const name of readdirSync(root)) {
    it(`should render ${name} as expected`, async () => {
      const input = readFileSync(join(root, name, 'input.md'), 'utf8')
      const expectedPath = join(root, name, 'output.html')
      const actual = await renderArticle(input, {glossary, format: 'fragment'})
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, actual)
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
      expect(ownText(actual)).toBe(ownText(bareHtml(input)))
    })
  }
})
