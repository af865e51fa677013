import {describe, expect, it} from 'vitest'
import {createGlossary} from '../src/glossary/create.js'
import {ZhglossError} from '../src/core/problem.js'
import {analyzeArticle} from '../src/article/analyze.js'

const glossary = createGlossary({
  zh: {terms: {nvidia: {forms: ['英伟达'], pinyin: 'Yīngwěidá', category: 'company'}}},
  en: {terms: {nvidia: {gloss: 'Nvidia'}}}
})

/** What analyzing an article throws, or undefined. */
async function thrown(markdown: string): Promise<unknown> {
  try {
    await analyzeArticle(markdown, {glossary, path: 'deep.md'})
    return undefined
  } catch (error) {
    return error
  }
}

describe('deeply nested articles', () => {
  it('should report emphasis nested past the stack as a problem naming the file', async () => {
    const error = await thrown(`${'*'.repeat(5000)}英伟达${'*'.repeat(5000)}`)
    expect(error).toBeInstanceOf(ZhglossError)
    expect(error instanceof ZhglossError ? error.problems[0] : undefined).toMatchObject({file: 'deep.md', rule: 'article-too-deep'})
  })

  it('should report block quotes nested past the stack the same way', async () => {
    const error = await thrown(`${'> '.repeat(5000)}英伟达\n`)
    expect(error).toBeInstanceOf(ZhglossError)
  })
})
