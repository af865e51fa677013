/**
 * The handout's CSS: a calm page on screen, and on paper A4 or US Letter
 * with page numbers in the bottom margin, headings kept with what follows
 * and table rows never split across pages.
 */

import {fontProperties, pageNumberFont} from './fonts.js'

/** Paper sizes the handout is laid out for. */
export const paperSizes = ['a4', 'letter'] as const

export type PaperSize = (typeof paperSizes)[number]

/** `@page` size and margins by paper: Letter is wider and shorter than A4. */
const pageRules: Record<PaperSize, string> = {
  a4: 'size: A4; margin: 16mm 16mm 18mm;',
  letter: 'size: letter; margin: 0.6in 0.65in 0.75in;'
}

/**
 * The handout's style sheet for a paper size.
 *
 * @param paper the paper size. (default: `'a4'`)
 * @param options whether paragraphs, or lines, are numbered in the margin (lines win).
 * @returns the CSS.
 */
export function handoutStyle(paper: PaperSize = 'a4', options: {numbers?: boolean; lines?: boolean} = {}): string {
  const lines = options.lines === true
  return `${baseStyle(paper, lines)}${classStyle}${lines ? lineStyle(paper) : options.numbers ? numberStyle : ''}`
}

/** The width of the page's text area by paper (the paper less the `@page` margins). */
const textWidths: Record<PaperSize, string> = {a4: '178mm', letter: '7.2in'}

/**
 * Line numbers in the left margin: the page on screen is laid out as on
 * paper (its width, type size and faces), so that the lines the in-page
 * script numbers are the lines printed.
 *
 * @param paper the paper size.
 * @returns the CSS.
 */
function lineStyle(paper: PaperSize): string {
  return `
body { max-width: none; width: ${textWidths[paper]}; margin: 0 auto; padding: 2rem 0 3rem 2.4rem; font-size: 10.5pt; line-height: 2.1; }
@media print { body { margin: 0; padding: 0 0 0 2.4rem; } }
.zg-line-no { position: absolute; width: 0; height: 0; user-select: none; }
.zg-line-no::before { content: attr(data-line); position: absolute; right: calc(var(--zg-indent, 0px) + 0.7rem); top: var(--zg-rise, 0px);
  transform: translateY(-50%); font-family: var(--zg-sans); font-size: 7.5pt; line-height: 1; font-weight: normal; color: var(--muted);
  white-space: nowrap; }
`
}

/** The name line, exercises, answers, traditional fonts and wrapping: what a class needs. */
const classStyle = `
p, li { text-wrap: pretty; }
.zg-name { font-family: var(--zg-sans); font-size: 0.9rem; display: flex; gap: 0.5rem; align-items: baseline; margin: 0.6rem 0 0.2rem; }
.zg-blank { flex: 1; border-bottom: 1px solid var(--fg); min-width: 6rem; }
.zg-blank-short { flex: 0 0 8rem; }
.zg-exercises, .zg-answers { font-family: var(--zg-sans); font-size: 0.92rem; line-height: 1.8; }
.zg-exercises h3 { font-size: 1rem; }
.zg-match { columns: 2; column-gap: 2rem; }
.zg-match li { break-inside: avoid; }
.zg-match .zg-match-gloss { list-style: none; }
.zg-fill li { margin-bottom: 0.5rem; font-family: var(--zg-serif); }
@media print {
  .zg-exercises { break-before: page; }
  .zg-answers { break-before: page; }
}
`

/** Paragraph numbers in the left margin, for "paragraph 3, line 2" in class. */
const numberStyle = `
main { counter-reset: zg-paragraph; }
main > p { counter-increment: zg-paragraph; position: relative; }
main > p::before { content: counter(zg-paragraph); position: absolute; left: -2.2em; width: 1.6em; text-align: right;
  font-family: var(--zg-sans); font-size: 0.7em; color: var(--muted); }
body { padding-left: 2.5rem; }
`

/**
 * The page, type and table rules for a paper size.
 *
 * @param paper the paper size.
 * @param paperOnScreen whether the screen takes the print faces (for line numbers).
 * @returns the CSS.
 */
function baseStyle(paper: PaperSize, paperOnScreen: boolean): string {
  return `${fontProperties(paperOnScreen)}
:root { color-scheme: light; --fg: #1a1a1a; --muted: #585858; --rule: #b9b6ad; --accent: #9b2218; --tint: #f3f1ea; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 44rem; padding: 2rem 1.25rem 3rem; color: var(--fg); background: #fff;
  font-family: var(--zg-serif); font-size: 1.05rem; line-height: 1.95; overflow-wrap: anywhere; }
.zg-head { border-bottom: 2px solid var(--fg); padding-bottom: 0.6rem; margin-bottom: 1.25rem; }
.zg-head h1 { font-size: 1.6rem; line-height: 1.4; margin: 0 0 0.4rem; }
.zg-meta, .zg-made, .zg-howto { font-family: var(--zg-sans); font-size: 0.8rem; line-height: 1.5; color: var(--muted); margin: 0.15rem 0; }
.zg-head p { text-align: left; }
.zg-meta span + span::before { content: " · "; }
h2 { font-size: 1.25rem; line-height: 1.6; margin: 1.5rem 0 0.3rem; }
h3 { font-size: 1.08rem; line-height: 1.6; margin: 1.1rem 0 0.2rem; }
h1, h2, h3, h4, h5, h6 { font-family: var(--zg-sans); break-after: avoid; page-break-after: avoid; }
p { margin: 0.45rem 0; text-align: justify; orphans: 2; widows: 2; }
ul, ol { padding-left: 1.6rem; }
/* Ruby that keeps the line: a term's pinyin overhangs its characters instead of spreading them. */
[data-term] > ruby { display: inline-block; position: relative; line-height: 1; white-space: nowrap; text-indent: 0; }
rt { font-family: var(--zg-pinyin); font-size: 0.6em; font-weight: normal; color: #3d3d3d; letter-spacing: 0; }
[data-term] > ruby > rt, .zg-py > rt { position: absolute; left: 50%; bottom: 100%; transform: translateX(-50%); margin-bottom: 0.1em;
  line-height: 1.1; white-space: nowrap; }
ruby > rp { display: none; }
/* Pinyin over all text: one cell per character, its syllable centred over it; punctuation keeps its place. */
.zg-keep { white-space: nowrap; }
.zg-py { display: inline-block; position: relative; width: 2em; text-align: center; line-height: 1; text-indent: 0; }
.zg-py > rt { font-size: 0.58em; }
:has(> .zg-py) { text-align: left; line-height: 2.6; }
.zg-ref { font-family: var(--zg-sans); font-size: 0.6em; font-weight: 700; color: var(--accent); margin-left: 0.08em; line-height: 0; }
.zg-ref a { color: inherit; text-decoration: none; }
[data-term].zg-marked { text-decoration: underline 0.06em #c98f87; text-underline-offset: 0.3em; text-decoration-skip-ink: none; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-family: var(--zg-sans); font-size: 0.85rem; line-height: 1.5; }
th, td { border: 1px solid var(--rule); padding: 0.25rem 0.45rem; vertical-align: top; text-align: left; }
thead th { background: var(--tint); font-weight: 700; }
tr, li, blockquote, pre, .zg-translation { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
/* A caption or lead-in line stays on the page of the table or list it introduces. */
:is(p, blockquote):has(+ table, + ul, + ol) { break-after: avoid; page-break-after: avoid; }
pre, code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.85em; }
blockquote { margin: 0.6rem 0; padding-left: 0.9rem; border-left: 3px solid var(--rule); color: #333; }
.zg-translation { font-family: "Noto Serif", "Liberation Serif", "Times New Roman", Georgia, serif; font-size: 0.92rem; line-height: 1.45; color: #333; text-align: left;
  margin: 0.15rem 0 0.9rem; padding-left: 0.8rem; border-left: 3px solid #d6d0c2; }
.zg-translation > * { margin: 0.2rem 0; text-align: left; }
.zg-translation h1, .zg-translation h2, .zg-translation h3, .zg-translation h4 { font-family: inherit; font-size: 0.95rem; font-style: italic; margin: 0 0 0.4rem; }
.zg-translation table { font-size: 0.78rem; }
.zg-rendering { font-weight: 700; color: var(--fg); }
.zg-glossary { margin-top: 2.5rem; }
.zg-glossary h2 { border-bottom: 1px solid var(--fg); padding-bottom: 0.2rem; }
.zg-glossary table { table-layout: fixed; font-size: 0.74rem; line-height: 1.4; overflow-wrap: break-word; }
.zg-glossary td:first-child { text-align: right; font-variant-numeric: tabular-nums; }
.zg-glossary th { padding-left: 0.3rem; padding-right: 0.3rem; }
/* A form moves to the next line whole, and wraps inside only when longer than the column. */
.zg-glossary .zg-form { display: inline-block; }
.zg-col-number { width: 5%; }
.zg-col-term { width: 15%; }
.zg-col-pinyin { width: 17%; }
.zg-col-gloss { width: 20%; }
.zg-col-note { width: 43%; }
.zg-with-forms .zg-col-forms { width: 13%; }
.zg-with-forms .zg-col-note { width: 30%; }
.zg-glossary .zg-term { font-family: var(--zg-serif); font-size: 1.05em; font-weight: 700; }
.zg-glossary .zg-note { color: #333; }
.zg-head p:lang(en), .zg-glossary :lang(en), .zg-glossary th:lang(en) { font-family: var(--zg-latin); }
.zg-glossary :lang(zh-Latn) { font-family: var(--zg-pinyin); }
.zg-empty { font-family: var(--zg-sans); color: var(--muted); }
@page { ${pageRules[paper]}
  @bottom-center { content: counter(page) " / " counter(pages); font-family: ${pageNumberFont}; font-size: 8.5pt; color: #666; } }
@media screen and (max-width: 40rem) {
  .zg-glossary { overflow-x: auto; }
  .zg-glossary table { min-width: 38rem; }
}
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; line-height: 2.1; }
  a { color: inherit; text-decoration: none; }
  /* The glossary starts on the article's last page when there is room; its heading stays with the table. */
  .zg-glossary { margin-top: 1.5rem; }
  .zg-glossary h2 { break-after: avoid; }
  /* Print synthesizes no bold, so a bold Latin term would stand out from its Chinese neighbours. */
  .zg-glossary .zg-term { font-weight: normal; }
}
`
}
