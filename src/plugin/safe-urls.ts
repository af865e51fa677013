/**
 * `remarkSafeUrls`: drop link and image addresses whose scheme could run
 * code or smuggle a document (`javascript:`, `vbscript:`, `data:` other than
 * plain images, any scheme not known to be safe). The link text and image
 * description stay, so the article's text is unchanged; only the address goes.
 */
import type {Definition, Image, Link, Root} from 'mdast'
import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'

/** Schemes a link may point to. */
const linkSchemes = new Set(['http', 'https', 'mailto', 'tel'])

/** Schemes an image may load from (`data:` only for raster images, checked apart). */
const imageSchemes = new Set(['http', 'https'])

/** Inline images that cannot hold script. */
const safeImageData = /^data:image\/(?:png|gif|jpeg|webp|avif);/i

/**
 * Neutralize unsafe addresses in links, images and link definitions.
 *
 * @returns the transformer.
 */
export const remarkSafeUrls: Plugin<[], Root> = () => (tree: Root) => {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') dropUnsafe(node, false)
    else if (node.type === 'image') dropUnsafe(node, true)
  })
}

/** Remove the address of a node when it is unsafe; remark-rehype then writes no `href`/`src`. */
function dropUnsafe(node: Link | Image | Definition, image: boolean): void {
  if (isSafeUrl(node.url, image)) return
  node.url = ''
  if (node.type === 'definition') return
  node.data = {...node.data, hProperties: {...node.data?.hProperties, [image ? 'src' : 'href']: null}}
}

/**
 * Whether an address is safe to put in a page, read the way a browser reads
 * it: tabs and line breaks inside are ignored, control characters and spaces
 * at the ends are trimmed, and a scheme is what comes before the first colon
 * when no `/`, `?` or `#` comes first.
 *
 * @param url the address as written.
 * @param image whether it is an image source.
 * @returns true for relative addresses and allowed schemes.
 */
export function isSafeUrl(url: string, image: boolean): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  const colon = cleaned.indexOf(':')
  const boundary = cleaned.search(/[/?#]/)
  if (colon === -1 || (boundary !== -1 && boundary < colon)) return true
  const scheme = cleaned.slice(0, colon).toLowerCase()
  if (!/^[a-z][a-z0-9+.-]*$/.test(scheme)) return true
  if (image) return imageSchemes.has(scheme) || (scheme === 'data' && safeImageData.test(cleaned))
  return linkSchemes.has(scheme)
}
