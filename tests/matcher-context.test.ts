import {describe, expect, it} from 'vitest'
import {cueInPieces, cueWordsBefore, fold, foldContext, foldContextBefore, foldTail} from '../src/matcher/index.js'

/** Blank characters around the join, in every arrangement a block and an article can bring. */
const pieces = ['', ' ', '\t', '\n', '\r', '\r\n', ' \n ', '\t\r\n\t', '\n\n', '　', ' \r ']

describe('a heading context folded once for the article', () => {
  it('equals folding the block and the article joined, whatever blanks meet at the join', () => {
    for (const blockEnd of pieces) {
      for (const articleStart of pieces) {
        for (const articleEnd of ['', '\n', ' \n 尾']) {
          const block = `美国出口管制 A${blockEnd}`
          const article = `${articleStart}英伟达 H200\n 芯片  \t\n出口${articleEnd}`
          expect(foldContextBefore(block, foldTail(article)), JSON.stringify([block, article])).toBe(foldContext(`${block}\n${article}`))
        }
      }
    }
  })

  it('handles a block or an article made only of blanks', () => {
    for (const block of ['', ' \n', '\r']) {
      for (const article of ['', ' ', '\n \n', '正文']) {
        expect(foldContextBefore(block, foldTail(article))).toBe(foldContext(`${block}\n${article}`))
      }
    }
  })
})

describe('cue words of a heading and the article', () => {
  it('finds a cue in the block, in the article or across the join, as in the joined text', () => {
    const article = foldTail(' \n芯片出口 管制\n\n英伟达')
    for (const block of ['美国 ', '美国出', '英伟达H200\n', '']) {
      const joined = foldContext(`${block}\n 芯片出口 管制\n\n英伟达`)
      const cues = cueWordsBefore(
        () => block,
        () => article
      )
      for (const cue of ['美国', '国芯', '出芯片', '口管', '口 管', '达', 'h200芯', '台积电', '制英']) {
        expect(cues.has(cue), JSON.stringify([block, cue])).toBe(joined.includes(cue))
      }
    }
  })
})

describe('cue words of a heading, the article read piece by piece', () => {
  it('gives the answers of the joined text, whether a cue is in one piece, across pieces or nowhere', () => {
    const pieces = [' \n芯片', '出口 ', '\n管制\n\n', '英伟达', 'H200 ', '\t\n模型']
    const article = pieces.join('')
    for (const block of ['美国 ', '英伟达H200\n', '']) {
      const joined = foldContext(`${block}\n${article}`)
      const cues = cueWordsBefore(
        () => block,
        () => foldTail(article),
        cueInPieces(pieces[Symbol.iterator]())
      )
      for (const cue of ['美国', '出口', '口管', '制英', '达h200', 'h200模型', '模型', '台积电', 'h200']) {
        expect(cues.has(cue), JSON.stringify([block, cue])).toBe(joined.includes(cue))
      }
    }
  })

  it('leaves the whole article unfolded when a piece holds the cue, and reads no further than that piece', () => {
    let read = 0
    const pieces = (function* () {
      for (const piece of ['算力', '大模型训练', '其他']) {
        read++
        yield piece
      }
    })()
    let folded = 0
    const cues = cueWordsBefore(
      () => '训练与推理',
      () => {
        folded++
        return foldTail('算力大模型训练其他')
      },
      cueInPieces(pieces)
    )
    expect(cues.has('模型')).toBe(true)
    expect([folded, read]).toEqual([0, 2])
    expect(cues.has('推理')).toBe(true)
    expect(cues.has('数据')).toBe(false)
    expect([folded, read]).toEqual([1, 3])
  })
})

describe('fold of a long text', () => {
  it('folds code unit by code unit as for a short one, lone surrogates and all', () => {
    const unit = '臺灣ＡＢＣ Nvidia\uD840\uDC00\uD800x　'
    const long = unit.repeat(2000)
    expect(long.length).toBeGreaterThan(8192)
    expect(fold(long)).toBe(fold(unit).repeat(2000))
  })
})
