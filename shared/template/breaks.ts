// A figure a page shows against its column's identity (see identity.ts): when they disagree the
// cell gets a numbered mark and the sheet a footnote naming the finding behind it. The numbers
// are given in the order the marks are made; one finding (or one set of them) has one number.
import type { Capital, Measure } from '../claim';
import type { Flag } from '../reconcile/flag';
import { MEASURE_LABEL } from '../i18n/vi';
import { columnId } from '../sheet/columns';
import type { SheetRow } from '../sheet/sheet';
import { rowsUnder } from '../sheet/tree';
import { TPL_NOTE } from '../i18n/template';
import { dong, formatMoney } from '../money';
import type { Item } from './lists';
import { findingsAt, identityBreak, isIdentity } from './identity';
import type { FigurePlaceholder } from './syntax';
import { type FillContext, figureOf, placeNode } from './values';

export interface Break {
  shown: number;
  identity: number;
  findings: Flag[];
  /** who the figure is about, for a footnote with no finding: "DA4 · năm 2024" */
  node: string;
}

/** The break of a money figure of an identity measure, of one year (a period's figures have
 * no column formula on the page). */
export function figureBreak(p: FigurePlaceholder, ctx: FillContext, item: Item | null): Break | null {
  if (!isIdentity(p.measure)) return null;
  const money = (measure: FigurePlaceholder['measure']) => {
    const f = figureOf({ ...p, measure }, ctx, item);
    return f?.kind === 'money' ? f.dong : null;
  };
  const at = placeNode(p, ctx, item);
  if (!at || at.from !== at.to) return null;
  const b = identityBreak(p.measure, money(p.measure), money);
  if (!b) return null;
  const nodes = new Set(rowsUnder(ctx.tree, at.node).map((r) => r.key.node));
  const findings = findingsAt(ctx.flags?.() ?? [], { origin: at.origin, year: at.from, nodes, unit: at.unit, capital: p.capital, measure: p.measure });
  return { ...b, findings, node: at.node };
}

/** The sheet's footnotes, numbered as the marks are made. */
export class Footnotes {
  private readonly byKey = new Map<string, { no: number; text: string }>();

  /** The mark's number for a break. */
  mark(b: Break, measureLabel: string, year: number): number {
    const key = b.findings.length ? b.findings.map((f) => f.id).sort().join('\n') : `${b.node}|${measureLabel}|${b.shown}|${b.identity}`;
    let note = this.byKey.get(key);
    if (!note) {
      const text = b.findings.length
        ? b.findings.map((f) => (f.explained ? TPL_NOTE.explained(f.message, f.explained) : f.message)).join(' ')
        : TPL_NOTE.noFinding(b.node, measureLabel, year, formatMoney(dong(b.shown), 'dong'), formatMoney(dong(b.identity), 'dong'));
      this.byKey.set(key, (note = { no: this.byKey.size + 1, text }));
    }
    return note.no;
  }

  lines(): string[] {
    return [...this.byKey.values()].map((n) => TPL_NOTE.line(n.no, n.text));
  }
}

/** The breaks of a year's sheet as the grid shows it, printed (Bảng tính) or exported (Bảng tính
 * như trên màn hình): the operands are the row's own cells, the findings those of the rows under
 * it (asked for only once a figure breaks: a full check is not free). One per page, so that its
 * marks and footnotes are numbered together. */
export class SheetBreaks {
  readonly notes = new Footnotes();
  private readonly under: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(rows: readonly SheetRow[], private readonly at: { origin?: string; year: number; flags?: () => readonly Flag[] }) {
    this.under = subtrees(rows);
  }

  /** The footnote number of a row's figure that breaks its column's formula, or null. */
  mark(r: SheetRow, m: Measure, capital: Capital | null, shown: number): number | null {
    if (!isIdentity(m)) return null;
    const money = (op: Measure) => {
      const c = r.cells[columnId(op, capital)];
      return c?.kind === 'money' ? c.dong : null;
    };
    const b = identityBreak(m, shown, money);
    if (!b) return null;
    const { origin, year, flags } = this.at;
    const findings = origin
      ? findingsAt(flags?.() ?? [], { origin, year, nodes: this.under.get(r.id) ?? new Set([r.node]), unit: r.unit, capital, measure: m })
      : [];
    return this.notes.mark({ ...b, findings, node: r.code }, MEASURE_LABEL[m], year);
  }
}

/** For each row, its node and those of the rows under it (as far as the rows shown go). */
function subtrees(rows: readonly SheetRow[]): Map<string, Set<string>> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    for (let at: SheetRow | undefined = r; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      const set = out.get(at.id) ?? new Set<string>();
      set.add(r.node);
      out.set(at.id, set);
    }
  }
  return out;
}
