/**
 * TMX 1.4: `tu` elements with one `tuv` per language. The source language
 * is the header's `srclang` (or the first Chinese variant), the target the
 * first other language, unless asked for.
 */
import {readXml} from './xml.js'
import {SegmentFileError, type SegmentPair, type SegmentText} from './segment.js'

const capture = new Set(['seg'])
const skip = new Set(['bpt', 'ept', 'it', 'ph', 'ut', 'sub'])

/**
 * Read the segment pairs of a TMX file.
 *
 * @param text the file.
 * @param targetLang the translation's language (default: the first language that is not the source's).
 * @returns the pairs in file order, by `tuid` or position.
 * @throws SegmentFileError where the file is no TMX or a unit lacks a side.
 */
export function readTmx(text: string, targetLang?: string): SegmentPair[] {
  const pairs: SegmentPair[] = []
  let sourceLang: string | undefined
  let variants: Array<{lang: string; seg: SegmentText}> = []
  let seg: SegmentText | undefined
  let sawTmx = false
  readXml(text, {capture, skip}, (event) => {
    if (event.name === 'tmx') sawTmx = true
    else if (event.name === 'header') sourceLang = event.attributes['srclang']
    else if (event.name === 'seg') seg = event.content
    else if (event.name === 'tuv') {
      const lang = event.attributes['xml:lang'] ?? event.attributes['lang'] ?? ''
      if (seg) variants.push({lang: lang.toLowerCase(), seg})
      seg = undefined
    } else if (event.name === 'tu') {
      const isSource = (lang: string): boolean =>
        sourceLang && sourceLang !== '*all*' ? lang.startsWith(sourceLang.toLowerCase()) : lang.startsWith('zh')
      const source = variants.find((variant) => isSource(variant.lang))
      const target = variants.find(
        (variant) => !isSource(variant.lang) && (!targetLang || variant.lang.startsWith(targetLang.toLowerCase()))
      )
      if (!source || !target) {
        throw new SegmentFileError(
          `translation unit ${event.attributes['tuid'] ?? pairs.length + 1} lacks a ${source ? 'target' : 'source'} variant: give it a <tuv xml:lang="…"> for each language`,
          event.line,
          event.column
        )
      }
      pairs.push({id: event.attributes['tuid'] ?? String(pairs.length + 1), source: source.seg, target: target.seg})
      variants = []
    }
  })
  if (!sawTmx) throw new SegmentFileError('no <tmx> root: export the translation memory as TMX 1.4', 1, 1)
  return pairs
}
