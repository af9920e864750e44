// Đối chiếu với Kho bạc (issue 32): the Treasury's statement read into a `treasury` origin as of the
// period's end, its codes mapped to her lines (set once, kept), set against her books to the same
// date, and the periods listed with their state. Each import and each mapping is one action.
import type { MoneyMeasure, Origin } from '../../../shared/claim';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import { CAPITAL_LABEL } from '../../../shared/i18n/vi';
import { report } from '../../../shared/reconcile/report';
import type { Flag } from '../../../shared/reconcile/flag';
import { type TreasuryMap, parseTreasuryKey } from '../../../shared/treasury/mapping';
import type { TreasuryLock } from '../../../shared/treasury/lock';
import { type TreasuryPeriod, endsTheYear, parseTreasuryPeriod } from '../../../shared/treasury/period';
import { UserError } from '../user-error';
import { knownNodes } from '../book/tree-of-book';
import { readStatementFile } from '../treasury/read-statement';
import { refuseOtherPeriod, refuseOtherUnit } from '../treasury/refusals';
import { booksFigure, treasuryPeriodOf } from '../treasury/form-data';
import { claimsOf, lineId, mapRows, treasuryOriginId } from '../treasury/statement-claims';
import type { GroupHandlers, ServiceContext } from './handlers';

export function treasuryCalls(service: ServiceContext): GroupHandlers<'treasury'> {
  return {
    importTreasury: async ({ program, period: text, fileName, data, sheet, dryRun, reopenLocked }) => {
      const book = service.book;
      const period = periodOf(text);
      // the signed Treasury figures are not replaced behind the lock: she is asked first
      const lock = book.tables.treasuryLock(program, period.id);
      const reopens = lock !== null && !lock.reopened && !dryRun;
      if (reopens && !reopenLocked) throw new UserError(TREASURY_MSG.lockedImport(lock.label, lock.at, lock.by), 'reopenLocked');
      const statement = await readStatementFile(Buffer.from(data, 'base64'), fileName, sheet);
      refuseOtherUnit(book, statement);
      refuseOtherPeriod(statement, period);
      const rows = mapRows(book, program, statement);
      const claims = claimsOf(rows, program, period, statement);
      const origin: Origin = { id: originId(period), kind: 'treasury', label: TREASURY_MSG.originLabel(period.label), complete: false };
      if (!dryRun) {
        const label = TREASURY_MSG.originLabel(period.label) + (reopens ? TREASURY_MSG.reopenedLabel(period.label) : '');
        book.edit({ name: 'importTreasury', label }, (e) => {
          if (reopens) e.treasuryLock({ ...lock, reopened: { at: new Date().toISOString(), label } });
          e.putOrigin(origin);
          for (const c of book.claims.select({ program, origin: origin.id })) e.clearClaim(c.key);
          for (const c of claims) e.putClaim(c);
          // the lines its contents named become hers to keep: the next statement reads the same
          const learned = Object.fromEntries(rows.filter((r) => !r.set).map((r) => [r.key, r.line]));
          if (Object.keys(learned).length) e.treasuryMap({ ...(book.tables.treasuryMap() ?? {}), ...learned });
        });
      }
      return {
        period: viewOf(period), origin: origin.id, sheet: statement.sheet, written: !dryRun,
        rows: rows.map((r) => ({ key: r.key, at: r.row.at, content: r.row.content, node: r.line.node, capital: r.line.capital, mapped: r.set, figures: r.row.figures })),
        claims: claims.length,
      };
    },
    treasuryCheck: ({ program, period: text }) => {
      const { period, rows, flags } = reconcile(service, program, periodOf(text));
      return { period: viewOf(period), rows, flags: flags.flags, counts: flags.counts };
    },
    lockTreasury: ({ program, period: text, by }) => {
      const book = service.book;
      const { period, rows, flags } = reconcile(service, program, periodOf(text));
      const settings = book.tables.settings();
      const lock: TreasuryLock = {
        program, period: period.id, end: period.end, label: period.label, at: new Date().toISOString(),
        by: by?.trim() || settings.signers.head.name || settings.signers.preparer.name,
        rows: rows.map(({ node, capital, measure, treasury, books }) => ({ node, capital, measure, treasury, books })),
        explanations: Object.fromEntries(flags.flags.filter((f) => f.explained !== null).map((f) => [f.id, f.explained!])),
      };
      book.edit({ name: 'lockTreasury', label: TREASURY_MSG.lockLabel(period.label) }, (e) => e.treasuryLock(lock));
      return { period: viewOf(period), at: lock.at, by: lock.by, rows: rows.length, differences: rows.filter((r) => r.difference !== 0).length };
    },
    treasuryList: ({ program }) => ({ periods: periodsOf(service, program) }),
    mapTreasury: ({ program, key: text, node, capital }) => {
      const book = service.book;
      const key = parseTreasuryKey(text);
      if (key === null) throw new UserError(TREASURY_MSG.badKey(text));
      if (node !== null && !knownNodes(book, program).has(node)) throw new UserError(TREASURY_MSG.unknownLine(node));
      const { [key]: _was, ...rest } = book.tables.treasuryMap() ?? {};
      const map: TreasuryMap = node === null ? rest : { ...rest, [key]: { node, capital: capital ?? 'SN' } };
      book.edit({ name: 'mapTreasury', label: node === null ? TREASURY_MSG.unmappedDone(key) : TREASURY_MSG.mapped(key, node, CAPITAL_LABEL[capital ?? 'SN']) }, (e) => e.treasuryMap(map));
      return { map };
    },
  };
}

const viewOf = (p: TreasuryPeriod) => ({ id: p.id, label: p.label, end: p.end });

/** The statement of a period against her books to the same date, line by line, and its flags. */
function reconcile(service: ServiceContext, program: string, period: TreasuryPeriod) {
  const book = service.book;
  const id = originId(period);
  const statement = book.claims.select({ program, origin: id, year: period.year });
  if (statement.length === 0) throw new UserError(TREASURY_MSG.noStatement(period.label));
  const keys = keysByLine(book.tables.treasuryMap() ?? {});
  const rows = statement.map((c) => {
    const books = booksFigure(service, { program, node: c.key.node, capital: c.key.capital, measure: c.key.measure as MoneyMeasure }, period.year, endsTheYear(period) ? null : period.end);
    return {
      keys: keys.get(lineId(c.key.node, c.key.capital)) ?? [], node: c.key.node, capital: c.key.capital, measure: c.key.measure as MoneyMeasure,
      treasury: c.value as number, books, difference: books === null ? null : (c.value as number) - books,
    };
  });
  return { period, rows, flags: report(service.checks.flags(program).filter((f) => involves(f, id)), period.year, null) };
}

const periodOf = treasuryPeriodOf;

const originId = treasuryOriginId;

function keysByLine(map: TreasuryMap): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, line] of Object.entries(map)) out.set(lineId(line.node, line.capital), [...(out.get(lineId(line.node, line.capital)) ?? []), key]);
  return out;
}

function involves(f: Flag, origin: string): boolean {
  return f.claims.some((c) => c.origin === origin);
}

/** Her periods: each statement read, and for every year of the programme with figures in her
 * books the quarters and the year not yet reconciled. */
function periodsOf(service: ServiceContext, program: string) {
  const book = service.book;
  const read = new Set(book.tables.origins().filter((o) => o.kind === 'treasury' && o.id.startsWith('kbnn-')).map((o) => o.id.slice(5)));
  const years = book.claims.years(program);
  const ids = new Set([...read, ...years.flatMap((y) => [`${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}`])]);
  const flags = read.size ? service.checks.flags(program) : [];
  const locks = new Map(book.tables.treasuryLocks().filter((l) => l.program === program && !l.reopened).map((l) => [l.period, l]));
  return [...ids].map(parseTreasuryPeriod).filter((p): p is TreasuryPeriod => p !== null)
    .sort((a, b) => a.end.localeCompare(b.end) || a.id.length - b.id.length)
    .map((p) => {
      const lock = locks.get(p.id);
      const state = lock ? 'locked' as const : !read.has(p.id) ? 'none' as const
        : flags.some((f) => involves(f, originId(p)) && f.explained === null && f.severity !== 'rounding') ? 'differences' as const : 'reconciled' as const;
      return {
        id: p.id, label: p.label, year: p.year, end: p.end, state,
        stateLabel: lock ? TREASURY_MSG.lockedState(lock.at, lock.by) : TREASURY_MSG.state[state as Exclude<typeof state, 'locked'>],
        ...(lock && { locked: { at: lock.at, by: lock.by } }),
      };
    });
}

