/**
 * The handout's font stacks, on screen and on paper. Chromium embeds fonts
 * with CFF outlines (Noto CJK, Source Han) in a PDF as hundreds of Type 3
 * fonts, whose text copies badly and which weigh a megabyte; fonts with
 * TrueType outlines are embedded as real, searchable CID fonts. So print
 * prefers TrueType Chinese fonts: AR PL UMing (a Ming face, in mainland and
 * Taiwan forms) for the text, WenQuanYi for headings and small print.
 * Neither has a bold face, and a synthesized bold prints as Type 3 too, so
 * print synthesizes none.
 */

/** Screen: the common CJK faces of each system, simplified forms. */
const screenSerif = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Serif", serif'
const screenSans = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", "DejaVu Sans", sans-serif'
/** Screen, traditional glyphs for a traditional article (`lang="zh-Hant"`): Taiwan's forms, not the mainland's. */
const screenSerifHant = '"Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "Noto Serif", serif'
const screenSansHant =
  '"Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", "Noto Sans", "DejaVu Sans", sans-serif'
/** For English lines: a Latin face first, so that quotes and dashes take Latin widths, not full-width CJK ones. */
const screenLatinSans = '"Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'

/** Paper: TrueType faces first; the screen faces stay as the last resort (and the PDF then says what to install). */
const printSerif = `"zg-latin-serif", "AR PL UMing CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", ${screenSerif}`
const printSerifHant = `"zg-latin-serif", "AR PL UMing TW", "AR PL UMing HK", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", ${screenSerifHant}`
const printSans = `"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", ${screenSans}`
const printSansHant = `"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing TW", ${screenSansHant}`
/** English lines on paper: Latin faces, then a TrueType face for the Chinese inside them. */
const printLatinSans = `"Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, "DejaVu Sans", "WenQuanYi Micro Hei", ${screenLatinSans}`
/** Pinyin on paper: a face with every tone mark (Liberation Sans lacks ǎ ǐ ǒ ǔ ǚ), TrueType. */
const printPinyin = `"Noto Sans", "DejaVu Sans", "WenQuanYi Micro Hei", ${screenLatinSans}`

/**
 * Latin letters and digits inside Chinese text, in print: UMing's own are
 * typewriter-like (Blackwell reads B1ackwe11), so a Latin serif sets them;
 * quotes and dashes are left out of the range and stay full-width Chinese.
 */
const latinRange = 'U+0020-007E, U+00A0-00FF, U+0100-024F'

/** The stack the page numbers print in: `@page` margin boxes do not see the root's custom properties. */
export const pageNumberFont = printSans

/** The Chinese font families print needs, and the Debian packages that hold them, for messages. */
export const printFontPackages = 'fonts-arphic-uming fonts-wqy-microhei fonts-wqy-zenhei'

/**
 * The custom properties that carry the font stacks: `--zg-serif` for the
 * text, `--zg-sans` for headings and small print, `--zg-latin` for English
 * lines and `--zg-pinyin` for pinyin; traditional forms for `zh-Hant`, and
 * TrueType faces in print.
 *
 * @param paperOnScreen set the screen in the print faces too, so that lines break on screen as on paper (for line numbers).
 * @returns the CSS.
 */
export function fontProperties(paperOnScreen = false): string {
  const paper = `
  :root { --zg-serif: ${printSerif}; --zg-sans: ${printSans}; --zg-latin: ${printLatinSans}; --zg-pinyin: ${printPinyin}; }
  :root:lang(zh-Hant) { --zg-serif: ${printSerifHant}; --zg-sans: ${printSansHant}; }
  /* These faces have no bold, and Chromium prints a synthesized bold as Type 3 pictures: Chinese print sets emphasis in Hei instead. */
  :root { font-synthesis: none; }
  :is(strong, b):lang(zh) { font-family: var(--zg-sans); }
`
  return `
@font-face { font-family: "zg-latin-serif"; src: local("Liberation Serif"), local("LiberationSerif"); unicode-range: ${latinRange}; }
@font-face { font-family: "zg-latin-serif"; font-weight: 700; src: local("Liberation Serif Bold"), local("LiberationSerif-Bold"); unicode-range: ${latinRange}; }
:root { --zg-serif: ${screenSerif}; --zg-sans: ${screenSans}; --zg-latin: ${screenLatinSans}; --zg-pinyin: var(--zg-sans); }
:root:lang(zh-Hant) { --zg-serif: ${screenSerifHant}; --zg-sans: ${screenSansHant}; }
${paperOnScreen ? paper : `@media print {${paper}}`}
`
}
