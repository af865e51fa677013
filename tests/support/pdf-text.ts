/**
 * Read the text layer of a PDF as Chromium writes it, page by page: enough
 * of PDF to follow the page tree, inflate content streams, and map glyph
 * codes to text through each font's ToUnicode CMap (and `/ActualText` where
 * Chromium gives one). Not a general PDF reader: no object streams, no
 * encryption, no cross-reference parsing.
 */
import {inflateSync} from 'node:zlib'

/** One indirect object: its dictionary text and its stream, if any. */
interface PdfObject {
  dict: string
  stream: Uint8Array | undefined
}

/** Glyph code → text, with the code length in bytes. */
interface ToUnicode {
  bytes: number
  map: Map<number, string>
}

/**
 * The text of every page, in page order; each text run ends with a newline.
 *
 * @param pdf the PDF's bytes.
 * @returns one string per page.
 */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const objects = readObjects(pdf)
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dict))
  const root = catalog ? ref(catalog.dict, 'Pages') : undefined
  if (root === undefined) throw new Error('no page tree in this PDF')
  return pageIds(objects, root).map((id) => pageText(objects, id))
}

function readObjects(pdf: Uint8Array): Map<number, PdfObject> {
  const text = Buffer.from(pdf).toString('latin1')
  const objects = new Map<number, PdfObject>()
  const header = /(\d+)\s+0\s+obj\b/g
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length
    const end = text.indexOf('endobj', start)
    const streamAt = text.indexOf('stream', start)
    if (streamAt !== -1 && streamAt < end) {
      const dict = text.slice(start, streamAt)
      const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? Number.NaN)
      const dataStart = streamAt + 6 + (text[streamAt + 6] === '\r' ? 2 : 1)
      const raw = Buffer.from(text.slice(dataStart, dataStart + length), 'latin1')
      objects.set(Number(match[1]), {dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw})
      header.lastIndex = text.indexOf('endobj', dataStart + length)
    } else {
      objects.set(Number(match[1]), {dict: text.slice(start, end), stream: undefined})
      header.lastIndex = end
    }
  }
  return objects
}

function ref(dict: string, key: string): number | undefined {
  const found = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict)
  return found ? Number(found[1]) : undefined
}

function pageIds(objects: Map<number, PdfObject>, id: number): number[] {
  const dict = objects.get(id)?.dict ?? ''
  if (!/\/Type\s*\/Pages\b/.test(dict)) return [id]
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? ''
  return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((kid) => pageIds(objects, Number(kid[1])))
}

function pageText(objects: Map<number, PdfObject>, id: number): string {
  const page = objects.get(id)?.dict ?? ''
  const resourcesId = ref(page, 'Resources')
  const resources = resourcesId === undefined ? page : (objects.get(resourcesId)?.dict ?? '')
  const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? ''
  const fonts = new Map<string, ToUnicode>()
  for (const [, name, fontId] of fontDict.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) {
    const cmapId = ref(objects.get(Number(fontId))?.dict ?? '', 'ToUnicode')
    const cmap = cmapId === undefined ? undefined : objects.get(cmapId)?.stream
    if (name && cmap) fonts.set(name, parseCMap(Buffer.from(cmap).toString('latin1')))
  }
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page)?.[1] ?? ''
  const streams = [...contents.matchAll(/(\d+)\s+0\s+R/g)].map((match) =>
    Buffer.from(objects.get(Number(match[1]))?.stream ?? []).toString('latin1')
  )
  return runText(streams.join('\n'), fonts)
}

function parseCMap(cmap: string): ToUnicode {
  const range = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap)
  const bytes = range?.[1] ? range[1].length / 2 : 2
  const map = new Map<number, string>()
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(code ?? '', 16), utf16(target ?? ''))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const first = parseInt(low ?? '', 16)
      const last = parseInt(high ?? '', 16)
      const targets = (target ?? '').startsWith('[')
        ? [...(target ?? '').matchAll(/<([0-9A-Fa-f]+)>/g)].map((item) => utf16(item[1] ?? ''))
        : undefined
      const base = targets ? 0 : parseInt((target ?? '').slice(1, -1), 16)
      for (let code = first; code <= last; code++)
        map.set(code, targets ? (targets[code - first] ?? '') : String.fromCodePoint(base + code - first))
    }
  }
  return {bytes, map}
}

function utf16(hex: string): string {
  const units: number[] = []
  for (let index = 0; index + 4 <= hex.length; index += 4) units.push(parseInt(hex.slice(index, index + 4), 16))
  return String.fromCharCode(...units)
}

/** Walk a content stream: fonts set by `Tf`, text shown by `Tj`/`TJ`, replaced by `/ActualText` spans. */
function runText(content: string, fonts: Map<string, ToUnicode>): string {
  const token = /\/[^\s/<>[\]()]+|<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[-+]?\d*\.?\d+|[A-Za-z'"*]+/g
  let out = ''
  let font: ToUnicode | undefined
  const operands: string[] = []
  const marked: Array<{actual: string | undefined; before: number}> = []
  let pendingActual: string | undefined
  for (const [item] of content.matchAll(token)) {
    if (/^[A-Za-z'"*]+$/.test(item)) {
      if (item === 'Tf') font = fonts.get((operands.at(-2) ?? '').slice(1))
      else if (item === 'Tj' || item === "'" || item === '"') out += decode(operands.at(-1) ?? '', font)
      else if (item === 'TJ')
        out += operands
          .filter((operand) => operand.startsWith('<') || operand.startsWith('('))
          .map((operand) => decode(operand, font))
          .join('')
      else if (item === 'ET') out += '\n'
      else if (item === 'BDC' || item === 'BMC') {
        marked.push({actual: pendingActual, before: out.length})
        pendingActual = undefined
      } else if (item === 'EMC') {
        const span = marked.pop()
        if (span?.actual !== undefined) out = out.slice(0, span.before) + span.actual
      }
      operands.length = 0
      continue
    }
    if (operands.at(-1) === '/ActualText' && item.startsWith('<') && item !== '<<')
      pendingActual = utf16(item.slice(1, -1).replace(/\s/g, '').replace(/^FEFF/i, ''))
    operands.push(item)
  }
  return out
}

function decode(operand: string, font: ToUnicode | undefined): string {
  const bytes = operand.startsWith('<')
    ? Buffer.from(operand.slice(1, -1).replace(/\s/g, ''), 'hex')
    : Buffer.from(unescapeLiteral(operand.slice(1, -1)), 'latin1')
  const width = font?.bytes ?? 1
  let text = ''
  for (let index = 0; index + width <= bytes.length; index += width) {
    const code = width === 2 ? bytes.readUInt16BE(index) : (bytes[index] ?? 0)
    text += font?.map.get(code) ?? ''
  }
  return text
}

function unescapeLiteral(literal: string): string {
  return literal.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, code: string) => {
    const simple: Record<string, string> = {n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\'}
    return simple[code] ?? String.fromCharCode(parseInt(code, 8))
  })
}
