// The report's one stylesheet, inline in the page: system fonts only, colours
// from the charts' colour-blind-safe palette, and print rules that give a
// clean black-and-white PDF (no navigation, sections on new pages, tables
// that repeat their headers).
#include "report/html_sections.h"

namespace candor::html {

const char* stylesheet() {
  return R"css(
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d7de; --blue: #0072B2; --orange: #E69F00;
        --vermillion: #D55E00; --purple: #CC79A7; --sky: #56B4E9; --paper: #ffffff; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #f6f7f9; font: 14px/1.45 "DejaVu Sans", Verdana, Arial, sans-serif; }
main { max-width: 1060px; margin: 0 auto; padding: 24px 32px 48px; background: var(--paper); }
header.report h1 { font-size: 26px; margin: 8px 0 4px; }
header.report .subtitle { color: var(--muted); margin: 0 0 12px; }
nav.contents { background: #eef3f8; border: 1px solid var(--rule); padding: 8px 14px; margin: 12px 0 24px; }
nav.contents ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; }
h2 { font-size: 21px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin: 36px 0 12px; }
h3 { font-size: 16px; margin: 22px 0 8px; }
h4 { font-size: 13px; margin: 12px 0 4px; }
a { color: var(--blue); }
code, .hash { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
pre { white-space: pre-wrap; word-break: break-all; background: #f4f4f4; padding: 6px; font-size: 12px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 16px; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.verdict { border-left: 6px solid var(--vermillion); background: #fbf1ea; padding: 10px 14px; margin: 14px 0; }
.verdict.ready { border-left-color: var(--blue); background: #eaf2f8; }
.verdict p { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; }
table.compact { width: auto; min-width: 50%; }
table.compact th[scope=row] { background: #f7f8fa; font-weight: normal; color: var(--muted); white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
td.time { white-space: nowrap; font-size: 12px; }
tr.group th { background: #f2f4f7; font-weight: bold; }
tr.group.depth-0 th { background: #e3e8ee; font-size: 14px; }
tr.depth-1 td.node-id { padding-left: 14px; }
tr.depth-2 td.node-id { padding-left: 24px; }
tr.depth-3 td.node-id, tr.depth-4 td.node-id { padding-left: 34px; }
td.node-id { white-space: nowrap; }
.help { color: var(--muted); font-size: 12px; }
.none { color: var(--muted); font-style: italic; }
.missing { color: var(--vermillion); font-style: italic; }
.not-assessed { font-style: italic; color: #444; background: #fff; border: 1px dashed #8a8a8a; padding: 0 4px;
                white-space: nowrap; }
.refs a { white-space: nowrap; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; white-space: nowrap;
         border: 1px solid transparent; }
.st-conforming { background: var(--blue); color: #fff; }
.st-minor { background: var(--orange); color: #111; }
.st-major { background: var(--vermillion); color: #fff; font-weight: bold; border: 2px double #fff; outline: 1px solid var(--vermillion); }
.st-not-applicable { background: #d9d9d9; color: #111; }
.st-disputed { background: var(--purple); color: #111; border-style: dotted; border-color: #555; }
.st-not-assessed { background: #fff; color: #444; border: 1px dashed #8a8a8a; font-style: italic; }
.gap.overstated { color: var(--vermillion); font-weight: bold; }
.gap.understated { color: var(--blue); }
.band { font-size: 12px; padding: 0 5px; border: 1px solid var(--rule); border-radius: 3px; }
.band-high { border-color: var(--blue); }
.band-low { border-color: var(--vermillion); }
figure { margin: 16px 0 28px; }
figure svg.chart { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 6px; }
svg a:hover > *, svg a:focus > * { opacity: 0.8; }
article.process-detail { border-top: 1px solid var(--rule); padding-top: 4px; margin-top: 16px; }
:target { outline: 3px solid var(--orange); outline-offset: 2px; }
tbody.evidence { border-top: 2px solid var(--rule); }
tr.payload-row td { background: #fafbfc; }
.payload h4 { margin-top: 6px; }
.payload table.compact { min-width: 0; }
footer.report { margin-top: 40px; padding-top: 10px; border-top: 2px solid var(--ink); color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  nav.contents { display: none; }
  section { break-before: page; }
  section#summary { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr, tbody.evidence, .verdict { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  table { font-size: 8.5pt; }
  :target { outline: none; }
}
)css";
}

}  // namespace candor::html
