/** The reader's CSS: light and dark, phone to wide screen, ruby-friendly line height. */
export const readerStyle = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfb; --accent: #0b57a4; --tip-bg: #ffffff; --tip-border: #8a8a8a; --muted: #555; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e3; --bg: #15171a; --accent: #8cc4ff; --tip-bg: #23262b; --tip-border: #777; --muted: #b8b8b8; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; color: var(--fg); background: var(--bg);
  font-family: system-ui, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 2.1; overflow-wrap: anywhere; }
rt { font-size: 0.6em; color: var(--muted); }
table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
th, td { border: 1px solid var(--tip-border); padding: 0.2rem 0.5rem; }
pre { overflow-x: auto; }
a { color: var(--accent); }
[data-term] { text-decoration: underline dotted var(--accent); text-underline-offset: 0.3em; cursor: help; }
[data-term]:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.zg-tip { position: absolute; z-index: 10; max-width: min(22rem, calc(100vw - 1rem)); padding: 0.5rem 0.75rem; line-height: 1.5;
  background: var(--tip-bg); color: var(--fg); border: 1px solid var(--tip-border); border-radius: 0.4rem; box-shadow: 0 2px 8px rgb(0 0 0 / 25%); }
.zg-tip[hidden] { display: none; }
.zg-tip > span { display: block; }
.zg-tip-head { font-weight: bold; display: inline !important; }
.zg-tip-pinyin { display: inline !important; color: var(--muted); }
.zg-tip-gloss { font-weight: 600; }
.zg-tip-note, .zg-tip-forms { font-size: 0.9em; color: var(--muted); }
`
