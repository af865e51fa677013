import {describe, expect, it} from 'vitest'
import {readerStyle} from '../src/render/reader/style.js'

/** The colour variables of the first rule that sets `--fg` after a marker in the CSS. */
function palette(marker: string): Record<string, string> {
  const from = readerStyle.indexOf(marker)
  const block = readerStyle.slice(from, readerStyle.indexOf('}', readerStyle.indexOf('--fg', from)))
  return Object.fromEntries([...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})/g)].map((match) => [match[1] ?? '', match[2] ?? '']))
}

/** Relative luminance of a #rrggbb colour, as WCAG defines it. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

describe.each([
  ['light', ':root {'],
  ['dark', '@media (prefers-color-scheme: dark)']
])('the reader’s %s colours', (_scheme, marker) => {
  const colours = palette(marker)

  it('should define every colour the text needs', () => {
    for (const name of ['fg', 'bg', 'muted', 'accent', 'hit', 'linked', 'panel', 't1', 't2', 't3', 't4'])
      expect(colours[name], name).toMatch(/^#/)
  })

  // axe skips single characters as too short to judge, so the tone colours are checked here.
  it.each(['fg', 'muted', 'accent', 't1', 't2', 't3', 't4'])('should keep %s at 4.5:1 or more on every background', (name) => {
    for (const background of ['bg', 'hit', 'linked', 'panel']) {
      expect(contrast(colours[name] ?? '', colours[background] ?? ''), `${name} on ${background}`).toBeGreaterThanOrEqual(4.5)
    }
  })
})
