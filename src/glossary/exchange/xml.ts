/**
 * A small XML tree for TBX: parse with saxes (well-formedness errors with
 * their line and column), serialize with every text and attribute escaped.
 */
import {SaxesParser} from 'saxes'

/** An element: name as written, attributes, child elements, own text, place. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own text (not its children's), as read. */
  text: string
  line: number
  column: number
}

/**
 * Make an element to serialize.
 *
 * @param name the tag name.
 * @param attributes its attributes (undefined values are left out).
 * @param content child elements, or text.
 * @returns the element.
 */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  content: XmlElement[] | string = []
): XmlElement {
  const defined: Record<string, string> = {}
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) defined[key] = value
  return {
    name,
    attributes: defined,
    children: typeof content === 'string' ? [] : content,
    text: typeof content === 'string' ? content : '',
    line: 0,
    column: 0
  }
}

/**
 * Serialize a document: XML declaration, then the root indented by two spaces.
 *
 * @param root the root element.
 * @returns the XML text, ending in a newline.
 */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root, '')}\n`
}

/** One element, indented; an element with only text stays on one line. */
function serializeElement(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value, true)}"`)
    .join('')
  if (node.children.length === 0)
    return node.text === ''
      ? `${indent}<${node.name}${attributes}/>`
      : `${indent}<${node.name}${attributes}>${escapeXml(node.text, false)}</${node.name}>`
  const inner = node.children.map((child) => serializeElement(child, `${indent}  `)).join('\n')
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`
}

/**
 * Escape text for XML content or attribute values.
 *
 * @param text the text.
 * @param attribute whether it goes in an attribute (quotes and line breaks escaped too).
 * @returns the escaped text.
 */
export function escapeXml(text: string, attribute: boolean): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
  return attribute ? escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') : escaped
}

/**
 * Parse an XML document into a tree.
 *
 * @param text the XML text.
 * @returns the root element, or where and why the text is not well-formed XML.
 */
export function parseXml(text: string): {root: XmlElement} | {error: {line: number; column: number; message: string}} {
  const parser = new SaxesParser({position: true})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: {line: number; column: number; message: string} | undefined
  parser.on('error', (error) => {
    const match = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(error.message)
    failure ??= match
      ? {line: Number(match[1]), column: Number(match[2]), message: match[3] ?? error.message}
      : {line: parser.line, column: parser.column + 1, message: error.message}
  })
  parser.on('opentagstart', (tag) => {
    const node: XmlElement = {name: tag.name, attributes: {}, children: [], text: '', line: parser.line, column: parser.column}
    stack.at(-1)?.children.push(node)
    if (!root) root = node
    stack.push(node)
  })
  parser.on('opentag', (tag) => {
    const node = stack.at(-1)
    if (!node) return
    for (const [key, value] of Object.entries(tag.attributes)) node.attributes[key] = typeof value === 'string' ? value : value.value
    if (tag.isSelfClosing) stack.pop()
  })
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop()
  })
  parser.on('text', (chunk) => {
    const node = stack.at(-1)
    if (node) node.text += chunk
  })
  parser.on('cdata', (chunk) => {
    const node = stack.at(-1)
    if (node) node.text += chunk
  })
  parser.write(text.replace(/^\ufeff/, '')).close()
  if (failure) return {error: failure}
  if (!root) return {error: {line: 1, column: 1, message: 'the file has no XML element'}}
  return {root}
}
