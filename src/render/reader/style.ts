/**
 * The reader's CSS: light and dark, phone to wide screen, system CJK fonts,
 * room for ruby, and print. The settings the script keeps are attributes of
 * the root element (`data-pinyin`, `data-density`…); with no attribute (no
 * script yet) the defaults apply, so every rule below names the default too.
 */
import {readingStyle} from './style-reading.js'

export const readerStyle = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfb; --panel: #f1f0ea; --accent: #0b57a4; --line: #8a8a8a; --muted: #545454;
  --hit: #fff0a8; --linked: #e3eefc; --shadow: rgb(0 0 0 / 22%);
  --t1: #c0271d; --t2: #276b2a; --t3: #1859b0; --t4: #7a2a9c; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e3; --bg: #15171a; --panel: #22252a; --accent: #8cc4ff; --line: #7a7a7a; --muted: #bdbdb6;
    --hit: #473800; --linked: #1d3a5c; --shadow: rgb(0 0 0 / 60%);
    --t1: #ff8f85; --t2: #8fd694; --t3: #8cc4ff; --t4: #d9a8ff; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; color: var(--fg); background: var(--bg);
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  line-height: 2.4; overflow-wrap: anywhere; }
:lang(zh-Hant) body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", "WenQuanYi Micro Hei", sans-serif; }
:root:not([data-translation="hidden"]) body:has([data-setting="translation"]) { max-width: 88rem; }
h1, h2, h3 { line-height: 1.6; }
main :is(h1, h2, h3, h4) { line-height: 2.1; }
main h2 { font-size: 1.35rem; margin: 1.2em 0 0.3em; }
main h3 { font-size: 1.12rem; margin: 1em 0 0.2em; }
main p, main ul, main ol { margin: 0.4em 0; }
a { color: var(--accent); }
table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
th, td { border: 1px solid var(--line); padding: 0.2rem 0.5rem; }
pre { overflow-x: auto; }
rt { line-height: 1.1; color: var(--muted); font-weight: normal; }
:root[data-size="115"] { font-size: 115%; }
:root[data-size="130"] { font-size: 130%; }
:root[data-size="150"] { font-size: 150%; }

/* Header and controls. */
.zg-header h1 { margin: 0.5rem 0 0; font-size: 1.6rem; }
@media (max-width: 40rem) { .zg-header h1 { font-size: 1.3rem; } main h2 { font-size: 1.2rem; } }
.zg-en-title { margin: 0; color: var(--muted); line-height: 1.5; }
.zg-bar { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0 1rem; line-height: 1.5; }
.zg-bar[hidden] { display: none; }
.zg-bar details { background: var(--panel); border-radius: 0.4rem; padding: 0.35rem 0.75rem; }
.zg-bar details[open] { flex-basis: 100%; }
.zg-bar summary { cursor: pointer; font-weight: 600; }
.zg-options-body { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0.5rem 0; }
.zg-choice, .zg-toggle { display: inline-flex; align-items: center; gap: 0.4rem; }
select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 0.3rem; padding: 0.1rem 0.4rem; }
button { cursor: pointer; }
.zg-index ul { list-style: none; margin: 0.5rem 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.3rem; }
.zg-index button { width: 100%; text-align: left; display: flex; gap: 0.4rem; align-items: baseline; line-height: 1.35; padding: 0.25rem 0.45rem; }
.zg-index-gloss { flex: 1; color: var(--muted); }
.zg-count { color: var(--muted); font-size: 0.9em; }
.zg-stepper { position: fixed; left: 50%; bottom: 0.75rem; transform: translateX(-50%); z-index: 20; display: flex; align-items: center; gap: 0.5rem;
  max-width: calc(100vw - 1rem); padding: 0.3rem 0.6rem; line-height: 1.5; background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; box-shadow: 0 2px 8px var(--shadow); }
.zg-stepper[hidden] { display: none; }
.zg-step-label { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
@media (max-width: 40rem) { .zg-stepper { width: calc(100vw - 1rem); } .zg-index ul { grid-template-columns: 1fr; } }
.zg-skip { position: absolute; left: 0.5rem; top: -10rem; z-index: 30; padding: 0.3rem 0.6rem; background: var(--bg); border: 1px solid var(--accent); border-radius: 0.3rem; }
.zg-skip:focus { top: 0.5rem; }
.zg-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.zg-hint { position: fixed; left: 50%; bottom: 0.75rem; transform: translateX(-50%); z-index: 15; width: min(30rem, calc(100vw - 1rem));
  display: flex; gap: 0.6rem; align-items: center; padding: 0.5rem 0.75rem; line-height: 1.45; background: var(--panel); border: 1px solid var(--line);
  border-radius: 0.5rem; box-shadow: 0 2px 8px var(--shadow); }
.zg-hint[hidden] { display: none; }
.zg-hint button { flex: none; }
.zg-step, .zg-step-close { min-width: 2.2rem; min-height: 2.2rem; }

${readingStyle}
/* The translation: block beside block on a wide screen, below it on a narrow one, or hidden. */
.zg-row { margin: 0 0 0.25rem; }
.zg-row > div > :first-child { margin-top: 0.6rem; }
.zg-en { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.65; border-left: 3px solid var(--panel); padding-left: 0.75rem; }
.zg-en:empty { display: none; }
.zg-en h2, .zg-en h3 { line-height: 1.4; font-size: 1.1rem; }
.zg-rendering { text-decoration: underline dotted var(--line) 0.08em; text-underline-offset: 0.2em; }
:root[data-translation="hidden"] .zg-en { display: none; }
@media (min-width: 64rem) {
  :root:not([data-translation="hidden"]) .zg-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2.5rem; }
  :root:not([data-translation="hidden"]) .zg-en { border-left: 0; padding-left: 0; }
}

/* Tooltips. */
.zg-tip { position: absolute; z-index: 10; max-width: min(22rem, calc(100vw - 1rem)); max-height: calc(100vh - 16px); overflow-y: auto; padding: 0.5rem 0.75rem; line-height: 1.5; font-size: 0.95rem;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 0.4rem; box-shadow: 0 2px 10px var(--shadow); }
.zg-tip[hidden] { display: none; }
.zg-tip :is(.zg-tip-short, .zg-tip-more) > span { display: block; }
.zg-tip-term { font-weight: bold; font-size: 1.15em; }
.zg-tip-pinyin { color: var(--muted); }
.zg-tip-gloss { font-weight: 600; }
.zg-tip-note, .zg-tip-forms { font-size: 0.92em; color: var(--muted); margin-top: 0.2rem; }
:root[data-english="off"] :is(.zg-tip-gloss, .zg-tip-note, .zg-index-gloss) { display: none; }

/* The glossary is for paper; on screen the tooltips say the same. */
.zg-print-glossary { display: none; }

@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #777; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .zg-bar, .zg-stepper, .zg-tips, .zg-hint, .zg-skip { display: none !important; }
  [data-term] { text-decoration: none !important; background: none !important; }
  @page { margin: 18mm 16mm; }
  .zg-fn { display: inline; font-size: 0.65em; vertical-align: super; line-height: 0; margin-left: 0.1em; color: var(--muted); }
  .zg-print-glossary { display: block; break-before: page; line-height: 1.6; }
  .zg-print-glossary li { margin-bottom: 0.4rem; break-inside: avoid; }
  .zg-print-glossary :is(.zg-tip-gloss, .zg-tip-note) { display: inline !important; }
  .zg-row { break-inside: avoid; }
}
`
