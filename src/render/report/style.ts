/**
 * The CSS of the check page: findings list, side-by-side blocks, marks on
 * the words; light and dark; print-friendly.
 */
export const checkStyle = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfb; --panel: #f1f0ea; --line: #b5b5b0; --muted: #545454; --accent: #0b57a4;
  --error: #b3261e; --error-bg: #fde2df; --warning: #7a5200; --warning-bg: #fff0c2; --term: #d8e8fb; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e3; --bg: #15171a; --panel: #22252a; --line: #55585e; --muted: #bdbdb6; --accent: #8cc4ff;
    --error: #ff8f85; --error-bg: #4a1f1c; --warning: #ffd46b; --warning-bg: #43380f; --term: #1d3a5c; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 90rem; padding: 1rem; color: var(--fg); background: var(--bg); line-height: 1.7;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
a { color: var(--accent); }
h1 { font-size: 1.4rem; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.summary { color: var(--muted); margin: 0 0 1rem; }
.count-error { color: var(--error); font-weight: 600; }
.count-warning { color: var(--warning); font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: var(--panel); }
.severity-error { color: var(--error); font-weight: 600; }
.severity-warning { color: var(--warning); font-weight: 600; }
.pairs { display: grid; grid-template-columns: 1fr 1fr; border-top: 1px solid var(--line); }
.pairs > .side-head { font-weight: 600; background: var(--panel); padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--line); }
.pair { display: contents; }
.pair > div { padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); }
.pair > div + div { border-left: 1px solid var(--line); }
.pair.has-findings > div { background: color-mix(in srgb, var(--error-bg) 35%, transparent); }
.single { grid-template-columns: 1fr; }
.kind { display: block; font-size: 0.75rem; color: var(--muted); }
.kind-heading { font-weight: 700; }
.empty { color: var(--muted); font-style: italic; }
.term { background: var(--term); border-radius: 0.2rem; }
mark { color: inherit; border-radius: 0.2rem; }
mark.error { background: var(--error-bg); outline: 2px solid var(--error); }
mark.warning { background: var(--warning-bg); outline: 2px dashed var(--warning); }
mark.pin { padding: 0 0.2rem; font-size: 0.8rem; }
mark:target, .pair:target > div { box-shadow: 0 0 0 3px var(--accent); }
@media (max-width: 44rem) { .pairs { grid-template-columns: 1fr; } .pair > div + div { border-left: 0; } }
@media print { .pair > div { break-inside: avoid; } }
`
