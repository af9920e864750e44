// A Treasury form (shared/treasury/form.ts) as a sheet to sign: the form's own heading, the table
// with its column numbers and formulas, the total, her footnotes, the unit's signatures and the
// Treasury's confirmation. Figures in đồng, as the Treasury keeps them.
import type { Dong } from '../money';
import type { FormRow, TreasuryForm } from '../treasury/form';
import { formatUnits, toUnits } from './format';
import { type PageCommon, commonOf, printPage } from './page';
import { type Block, type Column, figureWidth, table } from './table';

export interface FormPrint extends PageCommon {
  form: TreasuryForm;
  date: string;
}

export function formSheet(x: FormPrint): string {
  const f = x.form;
  const columns = formColumns(f);
  const total: Block = [{ cls: 'total', cells: [{ text: f.total.label, colspan: f.keyColumns.length, cls: 'center' }, ...f.sums.map(cell)] }];
  const lines: Block[] = [];
  let heading = false;
  for (const r of f.rows) {
    // the Treasury's row stays with the line it speaks of, a section's heading with its first line
    if ((r.kind === 'treasury' || heading) && lines.length) lines.at(-1)!.push(row(r));
    else lines.push([row(r)]);
    heading = r.kind === 'section';
  }
  const blocks = f.total.first ? [total, ...lines] : [...lines, total];
  return printPage({
    ...commonOf(x),
    form: { left: f.unitLines, right: f.formNo },
    title: f.title,
    subtitles: f.subtitles,
    scale: 'dong',
    table: (tail) => table(columns, blocks, tail),
    footnotes: f.footnotes,
    date: x.date,
    parties: [{ heading: f.treasury.heading, note: f.treasury.note, signers: f.treasury.signers.map((s) => ({ ...s, name: '' })) }],
    partiesBeside: true,
  });
}

/** Key columns as narrow as a code, the content wide; a money column as wide as its longest
 * figure (a column her books leave blank stays narrow). */
function formColumns(f: TreasuryForm): Column[] {
  const keys: Column[] = f.keyColumns.map((k, i) => ({ header: k.header, no: k.no, cls: k.wide ? 'name' : 'center', width: k.wide ? 42 : k.words ? 22 : i === 0 ? 8 : 15 }));
  const money: Column[] = f.columns.map((c, i) => {
    const longest = Math.max(0, ...[f.sums, ...f.rows.map((r) => r.figures)].map((fs) => text(fs[i] ?? null).length));
    return { header: c.header, no: c.no, cls: 'num', width: longest ? figureWidth(longest) : 14, ...(c.group && { group: c.group }) };
  });
  return [...keys, ...money];
}

function row(r: FormRow) {
  return { cls: r.kind === 'section' ? 'bold' : r.kind === 'treasury' ? 'treasury' : undefined, cells: [...r.keys.map((k) => ({ text: k })), ...r.figures.map(cell)] };
}

function cell(v: Dong | null) {
  return { text: text(v) };
}

function text(v: Dong | null): string {
  return v === null ? '' : formatUnits(toUnits(v, 'dong'), 'dong');
}
