// What the checks read: the figures of every origin and year (one evaluator each), and the
// figures of a period (a claim about 2022-2024 is checked against the years it spans).
import { CAPITALS, type Claim, type MoneyMeasure, type Origin } from '../claim';
import { type Dong, dongOrNull } from '../money';
import { type Rate, computeRate } from '../rate';
import type { Tree } from '../sheet/tree';
import type { Cell } from '../figures/cell';
import type { CellNo } from '../figures/cell-no';
import { FigureEvaluator } from '../figures/evaluator';
import { sum } from '../figures/sum';
import { completenessOf } from './completeness';
import { Succession } from '../units';
import type { RuleId } from './rules';

export type Value = { kind: 'money'; dong: Dong } | { kind: 'rate'; rate: Rate };

/** A stated claim, the place a check starts from. */
export interface Site {
  claim: Claim;
  cell: Cell;
  /** the cell's number, null when its row is not in the tree */
  key: CellNo | null;
  origin: Origin;
}

/** The most stated claims a finding lists as what its expected value was made of. A total over
 * a thousand lines would list them all, and the walk down to them would cost as much as the check;
 * a flag names enough for her to find the line that is off, and the rest are in the grid. */
export const CONTRIBUTORS_SHOWN = 20;

export interface Finding {
  rule: RuleId;
  found: Value;
  expected: Value;
  /** the stated claims the expected value was made of */
  involved: Claim[];
  counterpart?: Origin;
  /** the difference is explained by rounding (a rate cut instead of rounded, whole triệu) */
  rounding?: boolean;
  /** a rate taken on the year's plan: the document gives no way to its available money */
  onPlan?: boolean;
}

export interface PeriodFigure {
  value: Value | null;
  involved: Claim[];
}

const ADDITIVE: readonly MoneyMeasure[] = ['allocated', 'adjusted', 'disbursed', 'cancelled'];

export class ReconcileContext {
  private readonly evaluators = new Map<string, Map<number, FigureEvaluator>>();
  private readonly originsById: Map<string, Origin>;
  private readonly besides = new Map<string, Origin[]>();
  /** The evaluator asked for last: a site's checks ask for one evaluator again and again (a full
   * check, a dozen times per claim), and two hash lookups each time were a good part of it. */
  private lastOrigin: string | null = null;
  private lastYear = 0;
  private lastEvaluator: FigureEvaluator | null = null;

  constructor(
    readonly tree: Tree,
    origins: readonly Origin[],
    /** the stated claims of other origins with the same key (period and cell) as this site */
    readonly sameKey: (site: Site) => readonly Claim[],
    /** the claim one origin states at a period and cell, if any */
    private readonly statedClaim: (origin: string, from: number, to: number, cell: Cell) => Claim | undefined = () => undefined,
    /** units that ended and the units that took them over: the year chain follows them */
    readonly succession: Succession = new Succession([]),
  ) {
    this.originsById = new Map(origins.map((o) => [o.id, o]));
  }

  origin(id: string): Origin {
    return this.originsById.get(id) ?? { id, kind: 'report', label: id, complete: false };
  }

  /** Every origin but one: what a stated figure of that one is compared with. */
  originsBesides(id: string): readonly Origin[] {
    let others = this.besides.get(id);
    if (!others) {
      others = [...this.originsById.values()].filter((o) => o.id !== id);
      this.besides.set(id, others);
    }
    return others;
  }

  evaluator(originId: string, year: number): FigureEvaluator {
    if (originId === this.lastOrigin && year === this.lastYear) return this.lastEvaluator!;
    const ev = this.lookUpEvaluator(originId, year);
    this.lastOrigin = originId;
    this.lastYear = year;
    this.lastEvaluator = ev;
    return ev;
  }

  private lookUpEvaluator(originId: string, year: number): FigureEvaluator {
    let byYear = this.evaluators.get(originId);
    if (!byYear) {
      byYear = new Map();
      this.evaluators.set(originId, byYear);
    }
    let ev = byYear.get(year);
    if (!ev) {
      ev = new FigureEvaluator(this.tree, completenessOf(this.origin(originId)));
      byYear.set(year, ev);
    }
    return ev;
  }

  /** A money figure of one origin and year, and (lazily) the stated claims it was made of. */
  /** `involved`: where the claims it comes from are gathered, or null when only the figure is wanted. */
  private yearFigure(originId: string, year: number, cell: Cell, involved: Claim[] | null): Dong | null {
    const ev = this.evaluator(originId, year);
    const key = ev.cellKey(cell);
    const value = key === null ? null : ev.moneyAt(key);
    if (value !== null && involved) involved.push(...ev.contributorsAt(key!, CONTRIBUTORS_SHOWN));
    return value;
  }

  /** A money figure of a period as the origin gives it: its own stated figure for the whole
   * period when it states one (a rate is checked on the document's own figures), else what its
   * years add up to. */
  periodMoney(originId: string, from: number, to: number, cell: Cell, withInvolved = true): PeriodFigure {
    const stated = this.statedClaim(originId, from, to, cell);
    if (stated && stated.key.measure !== 'rate') return { value: { kind: 'money', dong: stated.value as Dong }, involved: [stated] };
    return this.periodFigure(originId, from, to, cell, withInvolved);
  }

  /** A measure over years [from, to]: sums for flows, the first year's carry-in, the last
   * year's carry-out, and available = carry-in + Σ allocated + Σ adjusted. `withInvolved`:
   * gather the claims it comes from (a flag shows them; a report only prints the figure, and
   * gathering them was most of a report's filling). */
  periodFigure(originId: string, from: number, to: number, cell: Cell, withInvolved = true): PeriodFigure {
    const involved: Claim[] = [];
    // an origin that lists every line of its tables says nothing of a year it has no table for
    for (let y = from; y <= to; y++) if (this.evaluator(originId, y).isEmpty()) return { value: null, involved };
    const gather = withInvolved ? involved : null;
    const at = (year: number, measure: MoneyMeasure) => this.yearFigure(originId, year, { ...cell, measure }, gather);
    // a period sums whole years: a gap reads as 0 only where the origin lists every line of that table
    const listed = (measure: MoneyMeasure) => listsEveryLine(this.origin(originId), { ...cell, measure });
    const across = (measure: MoneyMeasure) => sumYears(from, to, (y) => at(y, measure), listed(measure));
    const m = cell.measure;
    let value: Dong | null;
    if (m === 'carry_in') value = at(from, 'carry_in');
    else if (m === 'carry_out') value = at(to, 'carry_out');
    else if (m === 'available') value = periodAvailable(at(from, 'carry_in'), across('allocated'), across('adjusted'), listed('allocated'));
    else if (m === 'rate') {
      const d = across('disbursed');
      const a = periodAvailable(at(from, 'carry_in'), across('allocated'), across('adjusted'), listed('allocated'));
      const rate = d !== null && a !== null ? computeRate(d, a) : null;
      return { value: rate ? { kind: 'rate', rate } : null, involved };
    } else value = ADDITIVE.includes(m) ? across(m) : null;
    return { value: value === null ? null : { kind: 'money', dong: value }, involved };
  }
}

/** An origin that lists every line of the table holding this figure: complete, and its scope (if
 * it has one) names the measure, the capital type (both, for a Cộng) and the source. */
function listsEveryLine(origin: Origin, cell: Pick<Cell, 'capital' | 'source' | 'measure'>): boolean {
  const scope = origin.scope;
  if (!origin.complete || !scope) return origin.complete;
  const capitals = cell.capital === null ? scope.capitals.length === CAPITALS.length : scope.capitals.includes(cell.capital);
  const sources = !scope.sources || (cell.source !== null && scope.sources.includes(cell.source));
  return cell.measure !== 'rate' && scope.measures.includes(cell.measure) && capitals && sources;
}

function sumYears(from: number, to: number, valueOf: (year: number) => Dong | null, missingIsZero: boolean): Dong | null {
  const values: (Dong | null)[] = [];
  for (let y = from; y <= to; y++) values.push(valueOf(y));
  return sum(values, missingIsZero);
}

function periodAvailable(carryIn: Dong | null, allocated: Dong | null, adjusted: Dong | null, missingIsZero: boolean): Dong | null {
  if (allocated === null && !missingIsZero) return null;
  if (carryIn === null && allocated === null && adjusted === null) return null;
  return dongOrNull((carryIn ?? 0) + (allocated ?? 0) + (adjusted ?? 0));
}
