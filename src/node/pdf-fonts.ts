/**
 * Which fonts Chromium printed as Type 3 pictures. Skia embeds a font with
 * TrueType outlines as a real CID font, but one with CFF outlines (Noto CJK,
 * Source Han) or a synthesized bold as Type 3 glyph drawings: the PDF grows
 * by a megabyte and its text copies badly. A handout that comes out so
 * was printed without the fonts its print style asks for.
 */
import type {Problem} from '../core/problem.js'
import {printFontPackages} from '../render/handout/fonts.js'

/**
 * The font families of the Type 3 fonts in a PDF as Chromium writes it
 * (each font's dictionary and descriptor uncompressed).
 *
 * @param pdf the PDF's bytes.
 * @returns the families, each once, in order of first use; empty when there is no Type 3 font.
 */
export function type3Families(pdf: Uint8Array): string[] {
  const text = new TextDecoder('latin1').decode(pdf)
  const objects = new Map<string, string>()
  for (const match of text.matchAll(/(\d+)\s+0\s+obj\b([\s\S]*?)endobj/g)) objects.set(match[1] ?? '', match[2] ?? '')
  const families = new Set<string>()
  for (const body of objects.values()) {
    if (!/\/Subtype\s*\/Type3\b/.test(body)) continue
    const descriptor = /\/FontDescriptor\s+(\d+)\s+0\s+R/.exec(body)?.[1]
    const family = /\/FontFamily\s*\(([^)]*)\)/.exec(objects.get(descriptor ?? '') ?? '')?.[1]
    families.add(family ?? 'unnamed')
  }
  return [...families]
}

/**
 * The warning for a handout whose PDF holds Type 3 fonts, if it does.
 *
 * @param pdf the PDF's bytes.
 * @param shown the PDF's path, as shown to the user.
 * @returns the warning, or undefined when every font is embedded as a font.
 */
export function type3Warning(pdf: Uint8Array, shown: string): Problem | undefined {
  const families = type3Families(pdf)
  if (families.length === 0) return undefined
  return {
    file: shown,
    message: `the Chinese text was printed in ${families.join(', ')}, which Chromium embeds as Type 3 pictures (a large file whose text copies badly): install the TrueType fonts the handout prints with (apt-get install -y ${printFontPackages}) and build again`,
    rule: 'pdf-type3-fonts',
    severity: 'warning'
  }
}
