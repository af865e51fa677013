/**
 * XLIFF as CAT tools export it: 1.2 (`trans-unit` with `source` and
 * `target`) and 2.x (`unit` with `segment`s of `source` and `target`).
 * Inline codes (`ph`, `bpt`, `ept`, `it`, `x`, `sc`, `ec`) are left out of
 * the text; inline markup (`g`, `mrk`, `pc`) keeps its text.
 */
import {readXml} from './xml.js'
import {SegmentFileError, type SegmentPair, type SegmentText} from './segment.js'

const capture = new Set(['source', 'target'])
const skip = new Set(['ph', 'bpt', 'ept', 'it', 'x', 'bx', 'ex', 'sc', 'ec', 'sm', 'em', 'cp', 'sub'])
const empty: SegmentText = {text: '', pieces: []}

/**
 * Read the segment pairs of an XLIFF file.
 *
 * @param text the file.
 * @returns the pairs in file order; a unit of several segments gives one pair each (`unit/segment`).
 * @throws SegmentFileError where the file is no XLIFF or not well-formed.
 */
export function readXliff(text: string): SegmentPair[] {
  const pairs: SegmentPair[] = []
  let source: SegmentText | undefined
  let target: SegmentText | undefined
  let version: string | undefined
  let segmentIndex = 0
  readXml(text, {capture, skip}, (event) => {
    if (event.name === 'xliff') version = event.attributes['version']
    // Text inside alt-trans (1.2 matches) or a second source in seg-source is not the segment.
    if (event.path.includes('alt-trans') || event.path.includes('seg-source') || event.path.includes('originalData')) return
    if (event.name === 'source') source = event.content
    else if (event.name === 'target') target = event.content
    else if (event.name === 'segment') {
      segmentIndex++
      pairs.push({id: event.attributes['id'] ?? String(segmentIndex), source: source ?? empty, target: target ?? empty})
      source = undefined
      target = undefined
    } else if (event.name === 'unit' || event.name === 'trans-unit') {
      const id = event.attributes['id'] ?? String(pairs.length + 1)
      if (event.name === 'trans-unit' && source) pairs.push({id, source, target: target ?? empty})
      else if (event.name === 'unit') relabel(pairs, segmentIndex, id)
      source = undefined
      target = undefined
      segmentIndex = 0
    }
  })
  if (version === undefined) throw new SegmentFileError('no <xliff version="…"> root: export the file as XLIFF 1.2 or 2.x', 1, 1)
  return pairs
}

/** Name the segments of a unit `unit/segment` (or the unit's id for a unit of one segment). */
function relabel(pairs: SegmentPair[], count: number, unit: string): void {
  const segments = pairs.slice(pairs.length - count)
  segments.forEach((pair, index) => {
    pair.id = count === 1 ? unit : `${unit}/${pair.id || String(index + 1)}`
  })
}
