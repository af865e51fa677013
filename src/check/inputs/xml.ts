/**
 * Read the text of chosen elements of an XML file in order, inline markup
 * kept as text and inline codes left out, with file offsets: what XLIFF and
 * TMX readers share.
 */
import {SaxesParser} from 'saxes'
import {SegmentFileError, type SegmentText} from './segment.js'

/** An element met while reading, with its attributes and, when captured, its text. */
export interface XmlEvent {
  /** Local name (no prefix). */
  name: string
  attributes: Record<string, string>
  /** Local names of the open ancestors, outermost first. */
  path: readonly string[]
  /** The element's text, for captured elements. */
  content?: SegmentText
  line: number
  column: number
}

/** What to read. */
export interface CaptureOptions {
  /** Elements whose whole text is wanted (source, target, seg). */
  capture: ReadonlySet<string>
  /** Inline codes whose content is no text of the segment (ph, bpt, ept, it). */
  skip: ReadonlySet<string>
}

/**
 * Read an XML text, calling back at each element's end.
 *
 * @param text the file.
 * @param options what to capture and skip.
 * @param onClose called at each element's end, with its text when captured.
 * @throws SegmentFileError where the file is not well-formed XML.
 */
export function readXml(text: string, options: CaptureOptions, onClose: (event: XmlEvent) => void): void {
  const parser = new SaxesParser({position: true, xmlns: false})
  const body = text.replace(/^\ufeff/, '')
  const shift = text.length - body.length
  const stack: Array<XmlEvent & {captured?: SegmentText; skipped: boolean}> = []
  let failure: SegmentFileError | undefined
  parser.on('error', (error) => {
    failure ??= new SegmentFileError(
      `not well-formed XML (${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}): fix the file or export it again from the translation tool`,
      parser.line,
      parser.column + 1
    )
  })
  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/, '')
    const attributes: Record<string, string> = {}
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = String(value)
    const parent = stack.at(-1)
    const event = {name, attributes, path: stack.map((item) => item.name), line: parser.line, column: parser.column, skipped: false}
    const captured = options.capture.has(name) ? {text: '', pieces: []} : parent?.captured
    stack.push({...event, ...(captured ? {captured} : {}), skipped: (parent?.skipped ?? false) || options.skip.has(name)})
    if (tag.isSelfClosing) close()
  })
  const close = (): void => {
    const event = stack.pop()
    if (!event) return
    const {captured, skipped: _skipped, ...rest} = event
    onClose(options.capture.has(event.name) && captured ? {...rest, content: captured} : rest)
  }
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) close()
  })
  const addText = (chunk: string): void => {
    const top = stack.at(-1)
    if (!top?.captured || top.skipped) return
    top.captured.pieces.push({from: top.captured.text.length, offset: shift + parser.position - chunk.length - 1})
    top.captured.text += chunk
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.write(body).close()
  if (failure) throw failure
}
