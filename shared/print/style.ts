// The print stylesheet of every sheet. NĐ 30/2020/NĐ-CP: Times New Roman (Liberation Serif has
// its metrics where it is not installed), A4, tables landscape, margins top and bottom 20-25 mm,
// left 30-35 mm (the binding side), right 15-20 mm; pages numbered at the top centre from the
// second page on. No script and no external resource: the document prints the same anywhere.
export const PAGE_MARGINS = { top: 20, right: 15, bottom: 20, left: 30 } as const;

// Liberation Serif 2.x (fonts-liberation2) has every Vietnamese letter; 1.07 does not, and its
// gaps would be filled from a sans font letter by letter, so DejaVu Serif comes before any sans
const FONT = '"Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif", serif';
const M = PAGE_MARGINS;

export const PRINT_CSS = `
@page {
  size: A4 landscape;
  margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm;
  @top-center { content: "Trang " counter(page) "/" counter(pages); font: 11pt ${FONT}; vertical-align: bottom; padding-bottom: 4mm; }
}
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 12pt/1.25 ${FONT}; color: #000; }
.heading { width: 100%; border-collapse: collapse; margin-bottom: 5mm; }
.heading td { vertical-align: top; text-align: center; padding: 0; }
.heading .agency { width: 42%; }
.heading .motto { width: 58%; }
.agency .parent { text-transform: uppercase; }
.agency .unit { font-weight: bold; text-transform: uppercase; }
.rule-short { width: 30%; margin: 1.2mm auto 0; border-top: 0.6pt solid #000; }
.motto .nation { font-weight: bold; }
.motto .slogan { font-weight: bold; font-size: 13pt; display: inline-block; border-bottom: 0.6pt solid #000; padding-bottom: 0.6mm; }
.form-code { font-size: 11pt; margin-top: 2mm; }
h1 { font-size: 14pt; font-weight: bold; text-align: center; text-transform: uppercase; margin: 2mm 0 1mm; }
.subtitle { text-align: center; font-weight: bold; margin: 0; }
.subtitle.plain { font-weight: normal; font-style: italic; }
.scale-line { text-align: right; font-style: italic; margin: 2mm 0 1mm; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10pt; line-height: 1.2; }
table.grid > * > tr > th, table.grid > * > tr > td { border: 0.6pt solid #000; padding: 0.8mm 1mm; vertical-align: middle; }
table.grid > thead > tr > th { font-weight: bold; text-align: center; }
/* a header that may break inside is never repeated: Chromium repeats an unbreakable one */
table.grid thead { display: table-header-group; break-inside: avoid; }
/* a table of more measures than one page holds goes on in parts, each on a page of its own */
p.part { font-weight: bold; margin: 2mm 0 1mm; }
p.part ~ p.part { break-before: page; }
table.grid tr.colno th { font-weight: normal; font-style: italic; font-size: 0.9em; padding: 0.3mm 1mm; }
table.grid tbody { break-inside: avoid; }
table.grid tr { break-inside: avoid; }
table.grid td.num { text-align: right; white-space: nowrap; }
table.grid td.center { text-align: center; }
table.grid td.name { overflow-wrap: anywhere; hyphens: manual; }
table.grid td.note { font-size: 0.95em; overflow-wrap: anywhere; }
table.grid tr.bold td { font-weight: bold; }
table.grid tr.total td { font-weight: bold; }
table.grid td.computed { font-style: italic; }
table.grid td.off { font-weight: bold; }
table.grid tr.group td { font-weight: bold; background: #eee; text-align: left; }
.footnotes { font-size: 10pt; font-style: italic; margin: 2mm 0 0; padding: 0; list-style: none; }
.closing { break-inside: avoid; margin-top: 4mm; }
table.grid tr.tail > td { border: none; padding: 0; font-size: 12pt; text-align: left; }
.signers td.date-line { font-style: italic; padding-bottom: 1mm; white-space: nowrap; }
.signers { width: 100%; border-collapse: collapse; table-layout: fixed; }
.signers td { text-align: center; vertical-align: top; padding: 0 2mm; }
.signers .who { font-weight: bold; text-transform: uppercase; }
.signers .how { font-style: italic; font-size: 11pt; }
.signers .space { height: 24mm; }
.signers .name { font-weight: bold; }
.check-code { margin: 6mm 0 0; font-size: 8pt; color: #444; text-align: left; }
.party { font-weight: bold; text-align: center; margin: 5mm 0 1mm; text-transform: uppercase; }
.form-heading td.form-left { text-align: left; width: 60%; font-size: 11pt; }
.form-heading td.form-right { text-align: right; width: 40%; }
.form-heading .form-no { font-weight: bold; }
.form-heading .form-act { font-style: italic; font-size: 10pt; }
.signers.beside td.party-head { vertical-align: bottom; padding-bottom: 1mm; }
.signers.beside .party { margin: 0; }
.signers.beside td.beside-date { text-align: right; }
.signers.beside .who, .signers.beside .how { font-size: 10.5pt; }
.party-note { text-align: center; font-style: italic; font-size: 11pt; margin: 0 0 1mm; }
table.grid tr.treasury td { font-style: italic; }
.empty { text-align: center; font-style: italic; margin: 6mm 0; }
@media screen {
  html { background: #7d8590; }
  body { width: 297mm; min-height: 210mm; margin: 6mm auto; background: #fff;
    padding: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; box-shadow: 0 1px 6px rgba(0,0,0,.4); }
}
`;
