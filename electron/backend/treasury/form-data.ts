// What the Treasury's forms are filled with, from the book: her lines as she mapped them to the
// Treasury's codes, her books' figures to the period's last day (the year's own at 31/12, else
// those she dated to that very day) and to the day before it began, and the Treasury's statement
// of the period where she read one in. shared/treasury/sdkp-forms.ts lays them out.
import { BOOKS_ORIGIN, type Capital, type ClaimKey, type MoneyMeasure } from '../../../shared/claim';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import type { Dong } from '../../../shared/money';
import { settingsOfYear } from '../../../shared/settings';
import { type TreasuryPeriod, dayBefore, endsTheYear, parseTreasuryPeriod, periodStart } from '../../../shared/treasury/period';
import type { FormId, TreasuryForm } from '../../../shared/treasury/form';
import { type CarryForm, type Figures, type FormLine, type PeriodForm, type UnitLines, form01a, form02a, form04 } from '../../../shared/treasury/sdkp-forms';
import { type MappedLine, type TreasuryKey, codesOfKey } from '../../../shared/treasury/mapping';
import { UserError } from '../user-error';
import type { ServiceContext } from '../service/handlers';
import { treeOf } from '../book/tree-of-book';
import { lineId, treasuryOriginId } from './statement-claims';

const PERIOD_MEASURES: MoneyMeasure[] = ['carry_in', 'allocated', 'adjusted', 'disbursed'];
const CARRY_MEASURES: MoneyMeasure[] = ['carry_in', 'allocated', 'adjusted', 'disbursed', 'cancelled'];

export function periodForm(service: ServiceContext, program: string, period: TreasuryPeriod): PeriodForm {
  const book = service.book;
  const tree = treeOf(book, program);
  const byLine = new Map<string, { node: string; capital: Capital; keys: TreasuryKey[] }>();
  for (const [key, line] of mappedLines(book)) {
    if (!tree.byId.has(line.node)) continue;
    const id = lineId(line.node, line.capital);
    const was = byLine.get(id) ?? { node: line.node, capital: line.capital, keys: [] };
    byLine.set(id, { ...was, keys: [...was.keys, key] });
  }
  if (byLine.size === 0) throw new UserError(TREASURY_MSG.noMapping);
  const start = periodStart(period);
  const statement = book.tables.origins().find((o) => o.id === treasuryOriginId(period)) ?? null;
  const treasury = statement ? treasuryFigures(service, program, period) : new Map<string, Figures>();
  const lines = [...byLine.values()]
    .sort((a, b) => (tree.indexOf.get(a.node) ?? 0) - (tree.indexOf.get(b.node) ?? 0) || a.capital.localeCompare(b.capital))
    .map((l): FormLine => {
      const books = booksTo(service, program, l, period.year, endsTheYear(period) ? null : period.end);
      return {
        codes: codesOf(l.keys), name: tree.byId.get(l.node)!.label, capital: l.capital, books,
        before: start.endsWith('-01-01') ? {} : complete(books, booksTo(service, program, l, period.year, dayBefore(start))),
        treasury: statement ? treasury.get(lineId(l.node, l.capital)) ?? {} : null,
      };
    });
  const lock = book.tables.treasuryLock(program, period.id);
  return {
    period, start, lines, statement: statement && TREASURY_MSG.statementOf(period.label),
    lock: lock && !lock.reopened ? { at: lock.at, by: lock.by } : null, unit: unitOf(service, period.year),
  };
}

/** Her projects, each capital type with figures in the year, for 04-SDKP/ĐVDT. */
export function carryForm(service: ServiceContext, program: string, year: number): CarryForm {
  const book = service.book;
  const tree = treeOf(book, program);
  const sectors = new Map<string, string>();
  for (const [key, line] of mappedLines(book)) sectors.set(lineId(line.node, line.capital), codesOfKey(key).sector);
  const lines = tree.rows.filter((r) => r.kind === 'project').flatMap((r) => (['SN', 'DT'] as const).map((capital) => ({
    name: r.label, capital, sector: sectors.get(lineId(r.key.node, capital)) ?? '',
    figures: booksTo(service, program, { node: r.key.node, capital }, year, null, CARRY_MEASURES),
  }))).filter((l) => Object.values(l.figures).some((v) => v !== 0));
  const catalog = book.tables.catalogs().find((c) => c.program === program);
  return { year, program: catalog?.name ?? program, lines, unit: unitOf(service, year) };
}

/** The year's own figures (`date` null), or those she stated to that day. */
function booksTo(service: ServiceContext, program: string, l: { node: string; capital: Capital }, year: number, date: string | null, measures = PERIOD_MEASURES): Figures {
  const out: Figures = {};
  for (const measure of measures) {
    const v = booksFigure(service, { program, node: l.node, capital: l.capital, measure }, year, date);
    if (v !== null) out[measure] = v;
  }
  return out;
}

/** Her books' figure of a line, capital and measure: the year's own (`date` null, the engine's,
 * derived where she stated none), or the one she stated to that very day (or none). */
export function booksFigure(service: ServiceContext, at: { program: string; node: string; capital: Capital | null; measure: MoneyMeasure }, year: number, date: string | null): Dong | null {
  if (date === null) {
    const v = service.checks.engine(at.program).figureAt(BOOKS_ORIGIN, year, { rowId: at.node, capital: at.capital, source: null, measure: at.measure });
    return v?.kind === 'money' ? v.dong : null;
  }
  const key: ClaimKey = { origin: BOOKS_ORIGIN, program: at.program, period: { from: year, to: year }, node: at.node, unit: null, capital: at.capital, source: null, measure: at.measure };
  const dated = service.book.claims.ofFigure(key).find((c) => c.key.origin === BOOKS_ORIGIN && c.asOf === date);
  return dated ? (dated.value as Dong) : null;
}

/** Figures to the day before, when she has each measure there that she has at the period's end:
 * a "trong kỳ" worked out from a figure she never stated would be a guess. */
function complete(atEnd: Figures, before: Figures): Figures | null {
  return Object.keys(atEnd).every((m) => m in before) ? before : null;
}

function treasuryFigures(service: ServiceContext, program: string, period: TreasuryPeriod): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const c of service.book.claims.select({ program, origin: treasuryOriginId(period), year: period.year })) {
    const id = lineId(c.key.node, c.key.capital);
    out.set(id, { ...out.get(id), [c.key.measure]: c.value as Dong });
  }
  return out;
}

/** Several Treasury codes on one line of hers: each part's values, once each. */
function codesOf(keys: readonly TreasuryKey[]): FormLine['codes'] {
  const part = (p: 'source' | 'sector' | 'program') => [...new Set(keys.map((k) => codesOfKey(k)[p]).filter(Boolean))].join(', ');
  return { source: part('source'), sector: part('sector'), ndkt: '', program: part('program') };
}

/** The keys she mapped, as keys. */
function mappedLines(book: ServiceContext['book']): [TreasuryKey, MappedLine][] {
  return Object.entries(book.tables.treasuryMap() ?? {}) as [TreasuryKey, MappedLine][];
}

function unitOf(service: ServiceContext, year: number): UnitLines {
  const s = settingsOfYear(service.book.tables.settings(), year);
  return { unitName: s.unitName || s.title, unitCode: s.unitCode, chapter: s.treasury?.chapter ?? '', budgetLevel: s.treasury?.budgetLevel ?? '', office: s.treasury?.office ?? '' };
}


/** A form of the Treasury's for a period (04-SDKP: the period's year), laid out. */
export function treasuryForm(service: ServiceContext, program: string, id: FormId, period: TreasuryPeriod): TreasuryForm {
  if (id === '04-sdkp') return form04(carryForm(service, program, period.year));
  const data = periodForm(service, program, period);
  return id === '01a-sdkp' ? form01a(data) : form02a(data);
}

export function treasuryPeriodOf(text: string): TreasuryPeriod {
  const period = parseTreasuryPeriod(text);
  if (!period) throw new UserError(TREASURY_MSG.badPeriod(text));
  return period;
}
