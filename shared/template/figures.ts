// Where a filled template takes its figures from: claims of any origin and year, read as the
// grid and the checks read them (one evaluator per origin and year; a period's figure, its rate
// included, is the origin's own figure for the period when it states one, else what its years
// make).
import { type Claim, latestAsOf, type Origin } from '../claim';
import { cellOfClaim } from '../figures/closure';
import type { Cell } from '../figures/cell';
import type { Dong } from '../money';
import { ReconcileContext } from '../reconcile/context';
import type { Reconciler } from '../reconcile/engine';
import type { Rate } from '../rate';
import type { Tree } from '../sheet/tree';

export type FigureValue = { kind: 'money'; dong: Dong } | { kind: 'rate'; rate: Rate };

export interface FigureAsk {
  rowId: string;
  cell: Omit<Cell, 'rowId'>;
  origin: string;
  from: number;
  to: number;
}

/** Where a template's placeholders get their figures. */
export interface FigureSource {
  figure(ask: FigureAsk): FigureValue | null;
}

/** The figures as the open book's reconciliation engine already holds them: every claim of the
 * programme is in it once the window has shown its flags, so an export reads nothing again. */
export class EngineFigures implements FigureSource {
  constructor(private readonly engine: Reconciler) {}

  figure(asked: FigureAsk): FigureValue | null {
    const ask = fromFirstYear(asked, (y) => this.engine.evaluatorOf(asked.origin, y).isEmpty());
    const cell: Cell = { rowId: ask.rowId, ...ask.cell };
    if (ask.from === ask.to) return this.engine.figureAt(ask.origin, ask.from, cell);
    // what the origin states for the period, its rate too: a report quotes the document
    return this.engine.periodAt(ask.origin, ask.from, ask.to, cell).value;
  }
}

/** The figures read from the book as placeholders ask for them, one origin and year at a time. */
export class TemplateFigures implements FigureSource {
  private readonly ctx: ReconcileContext;
  private readonly periods = new Map<string, Claim>();
  /** per origin: the years read, and whether its period claims were */
  private readonly loaded = new Map<string, Set<number | 'periods'>>();

  /** `claimsOf(origin, year)`: one year's claims; with 'periods', its claims about several years. */
  constructor(tree: Tree, origins: readonly Origin[], private readonly claimsOf: (origin: string, year: number | 'periods') => Claim[]) {
    this.ctx = new ReconcileContext(tree, origins, () => [], (o, from, to, cell) => this.periods.get(periodKey(o, from, to, cell)));
  }

  figure(asked: FigureAsk): FigureValue | null {
    for (let y = asked.from; y <= asked.to; y++) this.load(asked.origin, y);
    const ask = fromFirstYear(asked, (y) => this.ctx.evaluator(asked.origin, y).isEmpty());
    if (ask.from !== ask.to) this.load(ask.origin, 'periods');
    const cell: Cell = { rowId: ask.rowId, ...ask.cell };
    if (ask.from === ask.to) {
      const ev = this.ctx.evaluator(ask.origin, ask.from);
      const key = ev.cellKey(cell);
      const f = key === null ? null : ev.figureAt(key);
      if (!f) return null;
      return f.kind === 'money' ? { kind: 'money', dong: f.dong } : { kind: 'rate', rate: f.rate };
    }
    // what the origin states for the period, its rate too: a report quotes the document
    const stated = this.periods.get(periodKey(ask.origin, ask.from, ask.to, cell));
    if (stated) return stated.key.measure === 'rate' ? { kind: 'rate', rate: stated.value as Rate } : { kind: 'money', dong: stated.value as Dong };
    return this.ctx.periodFigure(ask.origin, ask.from, ask.to, cell, false).value;
  }

  /** A year of an origin is read the first time a placeholder asks for it: a report of one year
   * reads that year only, not the whole book. */
  private load(origin: string, part: number | 'periods'): void {
    const done = this.loaded.get(origin) ?? new Set();
    this.loaded.set(origin, done);
    if (done.has(part)) return;
    done.add(part);
    for (const c of latestAsOf(this.claimsOf(origin, part))) {
      const { from, to } = c.key.period;
      if (from !== to) this.periods.set(periodKey(origin, from, to, cellOfClaim(c)), c);
      else this.ctx.evaluator(origin, from).update(cellOfClaim(c), c);
    }
  }
}

/** A period begins with the first year the origin has figures for: a phase of 2021-2025 whose
 * money began in 2022 adds up its years from 2022, as the province's own reports do ("giai đoạn
 * 2021-2024" is 2022 + 2023 + 2024), and its carry-in is 2022's. Years without any figure of the
 * origin before that are not unknowns that blank the whole period; one after it still is. */
function fromFirstYear(ask: FigureAsk, isEmpty: (year: number) => boolean): FigureAsk {
  let from = ask.from;
  while (from < ask.to && isEmpty(from)) from++;
  return from === ask.from ? ask : { ...ask, from };
}

function periodKey(origin: string, from: number, to: number, c: Cell): string {
  return `${origin}|${from}|${to}|${c.rowId}|${c.capital ?? ''}|${c.source ?? ''}|${c.measure}`;
}
