// The inline style sheet of the HTML report: readable on a screen, and on
// paper (@media print: no backgrounds, cards kept whole, links' pages shown).
#pragma once

namespace moacheck::report {

inline constexpr const char* kHtmlStyle = R"css(
:root { --ink:#1f2328; --muted:#59636e; --line:#d8dee4; --paper:#fff; --wash:#f6f8fa;
  --error:#b42318; --error-bg:#fef3f2; --warning:#9a6700; --warning-bg:#fff8c5;
  --info:#0969da; --info-bg:#ddf4ff; --pass:#1a7f37; --pass-bg:#dafbe1; }
* { box-sizing: border-box; }
body { margin:0; background:var(--wash); color:var(--ink);
  font: 16px/1.55 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
article.report { background:var(--paper); border:1px solid var(--line); border-radius:10px;
  padding: 32px 40px; margin-bottom: 32px; }
header .kicker { text-transform:uppercase; letter-spacing:.08em; font-size:13px; color:var(--muted); margin:0; }
h1 { font-size: 30px; line-height:1.2; margin: 4px 0 6px; }
h2 { font-size: 22px; margin: 36px 0 12px; padding-bottom:6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 18px; margin: 24px 0 8px; }
.meta { color:var(--muted); margin:0; font-size:14px; }
.verdict { display:flex; flex-wrap:wrap; gap:10px; margin: 16px 0; }
.badge { display:inline-block; border-radius: 999px; padding: 3px 12px; font-weight: 600; font-size: 14px; }
.badge.error { background:var(--error-bg); color:var(--error); border:1px solid var(--error); }
.badge.warning { background:var(--warning-bg); color:var(--warning); border:1px solid var(--warning); }
.badge.info { background:var(--info-bg); color:var(--info); border:1px solid var(--info); }
.badge.pass { background:var(--pass-bg); color:var(--pass); border:1px solid var(--pass); }
.badge.na { background:var(--wash); color:var(--muted); border:1px solid var(--line); }
.badge.unknown { background:var(--paper); color:var(--ink); border:1px dashed var(--muted); }
.card.unknown { border-left-style: dashed; border-left-color: var(--muted); }
.banner { border:1px solid var(--warning); background: var(--warning-bg); padding: 10px 16px;
  border-radius: 8px; margin: 12px 0 4px; }
.banner p { margin: 4px 0; }
.badge.note { background:var(--wash); color:var(--info); border:1px solid var(--info); }
ul.powers { padding-left: 22px; } ul.powers li { margin: 4px 0; }
.numbers { display:grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px; margin:0; }
.numbers div { border:1px solid var(--line); border-radius:8px; padding: 10px 14px; background:var(--wash); }
.numbers dt { font-size: 13px; color: var(--muted); }
.numbers dd { margin: 2px 0 0; font-weight: 600; }
.numbers dd.unstated { color: var(--muted); font-weight: 400; font-style: italic; }
.provisions { display:grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.provisions h4 { margin: 0 0 4px; font-size: 15px; }
.provisions ul { margin: 0; padding-left: 20px; font-size: 15px; }
.provisions .absent h4 { color: var(--error); }
.provisions .included h4 { color: var(--pass); }
ol.top li { margin: 8px 0; }
a.cite { color: var(--info); text-decoration: none; white-space: nowrap; font-size: 14px; }
a.cite:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align:left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--wash); }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
.card { border:1px solid var(--line); border-left: 6px solid var(--line); border-radius: 8px;
  padding: 14px 18px; margin: 14px 0; break-inside: avoid; page-break-inside: avoid; }
.card.error { border-left-color: var(--error); } .card.warning { border-left-color: var(--warning); }
.card.info { border-left-color: var(--info); } .card.pass { border-left-color: var(--pass); }
.card h3 { margin: 0 0 4px; font-size: 17px; }
.card .rule { color: var(--muted); font-size: 13px; margin: 0 0 10px; }
.card dl { display:grid; grid-template-columns: 150px 1fr; gap: 4px 12px; margin: 0; }
.card dt { color: var(--muted); font-size: 14px; }
.card dd { margin: 0; }
blockquote { margin: 10px 0 0; padding: 8px 14px; background: var(--wash); border-left: 3px solid var(--line);
  font-family: "DejaVu Serif", Georgia, serif; }
blockquote .cite { display:block; margin-top: 4px; font-family: "DejaVu Sans", sans-serif; }
details { margin: 16px 0; border:1px solid var(--line); border-radius: 8px; padding: 8px 14px; }
summary { cursor: pointer; font-weight: 600; }
ul.outline { list-style: none; padding-left: 0; font-size: 14px; }
ul.outline ul { list-style: none; padding-left: 20px; }
footer { margin-top: 36px; padding-top: 12px; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }
footer code { word-break: break-all; }
.error-record { border:1px solid var(--error); background: var(--error-bg); padding: 12px 16px; border-radius: 8px; }
@media print {
  body { background: none; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  article.report { border: none; padding: 0; page-break-after: always; }
  .badge, .numbers div, th, blockquote { background: none !important; }
  a.cite { color: var(--ink); }
  h2, h3 { page-break-after: avoid; }
  details { border: none; padding: 0; }
}
)css";

}  // namespace moacheck::report
