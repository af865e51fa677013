/**
 * The reader's CSS for terms and pinyin. Ruby keeps the line: a term's
 * pinyin overhangs its characters (it takes no width of its own), so the
 * characters keep their normal advance; over all text, each character sits
 * in a cell of one width with its syllable centred over it. Pinyin is never
 * smaller than 10 px. Pinyin and underline have the same default: the first
 * occurrence in each section.
 */
export const readingStyle = `
/* Terms: how many are underlined is the density setting (default: first in each section). */
/* A term is one unit: its ruby must not break across lines. */
[data-term] { cursor: help; border-radius: 0.2rem; white-space: nowrap; }
:root:is(:not([data-density]), [data-density="section"]) [data-term][data-first-section] > ruby,
:root:is(:not([data-density]), [data-density="section"]) [data-term][data-first-section],
:root[data-density="article"] [data-term][data-first], :root[data-density="article"] [data-term][data-first] > ruby,
:root[data-density="all"] [data-term], :root[data-density="all"] [data-term] > ruby { text-decoration: underline dotted var(--accent) 0.1em; text-underline-offset: 0.25em; }
[data-term]:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
[data-term].zg-hit { background: var(--hit); }
[data-term].zg-current { outline: 2px solid var(--accent); outline-offset: 2px; }
.zg-linked { background: var(--linked); border-radius: 0.2rem; }
.zg-fn { display: none; }

/* A term's pinyin: over the characters, centred, overhanging both sides rather than spreading them. */
[data-term] > ruby { display: inline-block; position: relative; line-height: 1; text-indent: 0; }
[data-term] > ruby > rt { display: none; position: absolute; left: 50%; bottom: 100%; transform: translateX(-50%); margin-bottom: 0.1em;
  white-space: nowrap; font-size: max(10px, 0.6em); }
[data-term] > ruby > rp { display: none; }
:root:not([data-text-pinyin="on"]):is(:not([data-pinyin]), [data-pinyin="section"]) [data-term][data-first-section] > ruby > rt,
:root:not([data-text-pinyin="on"])[data-pinyin="first"] [data-term][data-first] > ruby > rt,
:root:not([data-text-pinyin="on"])[data-pinyin="all"] [data-term] > ruby > rt { display: block; }

/* Pinyin over all text: one cell per character, the syllable centred over it; the term's own word pinyin steps aside. */
.zg-keep { white-space: nowrap; }
.zg-py { display: inline-block; position: relative; width: 2em; text-align: center; line-height: 1; text-indent: 0; }
.zg-py > rt { display: none; position: absolute; left: 50%; bottom: 100%; transform: translateX(-50%); margin-bottom: 0.1em;
  white-space: nowrap; font-size: max(10px, 0.5em); }
:root[data-text-pinyin="on"] .zg-py > rt { display: block; }
:root:not([data-text-pinyin="on"]) .zg-py { display: inline; width: auto; }
:root[data-text-pinyin="on"] [data-term] > ruby { display: inline; }
:root[data-text-pinyin="on"] main { line-height: 2.8; }
/* Thousands of cells: blocks off screen are skipped in layout and paint, so a frame costs what is on screen, not the whole article. */
:root[data-text-pinyin="on"] main :is(p, li, h1, h2, h3, h4, h5, h6, blockquote, dd) { content-visibility: auto; contain-intrinsic-size: auto 8em; }
@media print { main * { content-visibility: visible !important; } }
:root[data-tones="on"] :is(.zg-t1, .zg-py.zg-t1 > rt) { color: var(--t1); }
:root[data-tones="on"] :is(.zg-t2, .zg-py.zg-t2 > rt) { color: var(--t2); }
:root[data-tones="on"] :is(.zg-t3, .zg-py.zg-t3 > rt) { color: var(--t3); }
:root[data-tones="on"] :is(.zg-t4, .zg-py.zg-t4 > rt) { color: var(--t4); }
`

/**
 * For a long article only: blocks off screen are skipped in layout and
 * paint until they come near, so the page opens at the cost of what is on
 * screen, not of the whole article (a 2 MB article's page took three times
 * as long to load without it). A short article does without: a block parsed
 * into view is laid out at a placeholder height for a frame, and the rows
 * under it move.
 */
export const longArticleStyle = `
main :is(p, li, blockquote, dd) { content-visibility: auto; contain-intrinsic-size: auto 6em; }
`
