// The import as one call: read the province's file, find the table and her unit, read its
// figures into claims of a new origin (the decision, kind province, complete for the table it
// read), check them with the book's own, and, unless it is a dry run, write them in one
// transaction with the file itself.
import crypto from 'node:crypto';
import path from 'node:path';
import type { ImportColumnChoice as ColumnChoice } from '../../../shared/api';
import type { Line } from '../../../shared/catalog';
import { BOOKS_ORIGIN, type Capital, type Claim, type Origin, type Source, claimKeyId } from '../../../shared/claim';
import { IMPORT_ORIGIN, IMPORT_PLAN_MSG as MSG } from '../../../shared/i18n/import';
import type { ColumnCorrection } from '../../../shared/import/columns';
import { SheetGrid } from '../../../shared/import/grid';
import { joinPlans } from '../../../shared/import/join-plans';
import { type Located, locateTable } from '../../../shared/import/locate';
import { type Corrections, type Plan, type PlannedFigure, correctionKey, planImport } from '../../../shared/import/plan';
import { type ReadingView, readingView } from '../../../shared/import/reading-view';
import type { Sheet, Workbook } from '../../../shared/import/sheet-model';
import { tablesBelow } from '../../../shared/import/tables';
import { namesUnit, sheetNamesUnit } from '../../../shared/import/header-words';
import { type TitleFacts, isBoilerplate, titleFacts } from '../../../shared/import/title';
import type { Scale } from '../../../shared/money';
import { statedScope } from '../../../shared/reconcile/completeness';
import { Reconciler } from '../../../shared/reconcile/engine';
import type { Flag } from '../../../shared/reconcile/flag';
import { buildTree } from '../../../shared/sheet/tree';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import { catalogOf } from '../book/tree-of-book';
import { columnCorrectionsOf } from './column-profile';
import { ImportQuestionError } from './import-question';
import { programOfTitle } from '../../../shared/import/title-program';
import { ASKED_SCALES, type ImportQuestion } from '../../../shared/import/question';
import { readBytes, readWorkbookBytes } from './read-workbook';
import { type SameDecision, sameDecisionIn } from './same-decision';

export interface ImportOptions {
  /** the programme on screen; an annex whose title names the period of the book's other programme
   * goes there, unless she named this one herself (`sovon import --program`) */
  program: string;
  programNamed?: boolean;
  sheet?: string;
  /** her unit as the table names it; default: the unit of the book's settings */
  unit?: string;
  year?: number;
  capital?: Capital;
  /** the source of the table's money: NSTW, NSĐP, or 'none' to read it as every source together.
   * Default: what the title says when her books split money by source, else none (her books'
   * totals are then compared with the decision, as she would by hand) */
  source?: Source | 'none';
  scale?: Scale;
  /** her readings of headers or captions ("Dự án 4 / TDA 2" → DA4.2, or null: not a line) */
  corrections?: readonly { label: string; node: string | null }[];
  /** her readings of columns of figures (their measure and capital type, or not to be read) */
  columns?: readonly ColumnChoice[];
}

/** The book's profile of her readings: every file of the same shape is read with them. */
export const PROFILE = 'phu-luc-tinh';

export interface ImportPreview {
  file: string;
  sheet: string;
  /** the programme it imports into: the one its title names, else the one asked for */
  program: string;
  /** the workbook's visible sheets, to pick another */
  sheets: string[];
  title: TitleFacts;
  year: number;
  /** the table's capital type; null when its columns say it (Vốn ĐT, Vốn SN, Tổng số) */
  capital: Capital | null;
  /** the source the figures were read as (null: every source together), and what the title said */
  source: Source | null;
  titleSource: Source | null;
  scale: Scale;
  plan: Plan;
  /** the reading drawn over the sheet, for the wizard */
  view: ReadingView;
  /** her readings of columns the plan was made with (kept on commit) */
  columnCorrections: ReadonlyMap<string, ColumnCorrection>;
  origin: Origin;
  claims: Claim[];
  /** the province's own arithmetic slips and its disagreements with the book, before anything is written */
  flags: Flag[];
  /** the origin this very file was imported as before */
  importedAs: Origin | null;
  /** else the origin of the same decision from another file (its .xls or TCVN3 copy), and what differs */
  sameDecision: SameDecision | null;
  sha256: string;
}

export async function previewImport(book: Book, file: string, options: ImportOptions): Promise<{ preview: ImportPreview; bytes: Buffer }> {
  const bytes = readBytes(file);
  return { preview: await previewImportBytes(book, bytes, path.basename(file), options), bytes };
}

/** Where an import is, for the wizard's progress bar. */
export type ImportStep = 'read' | 'locate' | 'plan' | 'check';
export const IMPORT_STEPS: readonly ImportStep[] = ['read', 'locate', 'plan', 'check'];

/** The same for bytes in hand: a file she picked or dropped on the window. `onStep` hears of
 * each step as it starts; between steps the event loop is let go, so a progress question is
 * answered while a large file is read. */
export async function previewImportBytes(book: Book, bytes: Buffer, fileName: string, options: ImportOptions, onStep: (step: ImportStep) => void = () => {}): Promise<ImportPreview> {
  const step = async (s: ImportStep) => {
    onStep(s);
    await new Promise((resolve) => setImmediate(resolve));
  };
  await step('read');
  const workbook = await readWorkbookBytes(bytes, fileName);
  await step('locate');
  // a book that names no unit: the table is still read, for the units she may pick from
  const unit = (options.unit ?? book.tables.settings().unitName).trim();
  const sheets = workbook.sheets.filter((s) => s.state === 'visible').map((s) => s.name);
  const { sheet, grid, located } = pickSheet(workbook, options.sheet, unit);
  const ask = (q: ImportQuestion): never => {
    throw new ImportQuestionError(q, { file: workbook.file, sheet: sheet.name, sheets });
  };
  const title = titleOf(grid, located);
  // an annex of the other programme of the book imports into it: its title names its period
  const program = (options.programNamed ? null : programOfTitle(title.title, book.tables.catalogs())) ?? options.program;
  const year = options.year ?? title.year ?? ask({ ask: 'year' });
  const capital = options.capital ?? title.capital ?? null;
  const source = options.source === 'none' ? null : options.source ?? (title.source && book.claims.splitsBySource(program, BOOKS_ORIGIN) ? title.source : null);
  const scale = options.scale ?? located.scale?.scale ?? ask({ ask: 'scale', scales: ASKED_SCALES });
  const corrections = correctionsOf(book, options);
  const columnCorrections = columnCorrectionsOf(book, options.columns);
  await step('plan');
  const request = { grid, catalog: catalogOf(book, program), unit, year, source, corrections, columnCorrections };
  const planned = planImport({ ...request, located, scale, capital, lines: book.tables.lines(program) });
  const programme = catalogOf(book, program).name;
  // another sheet may hold the programme's table: she picks it; a file of one sheet has no way on
  if ('otherProgramme' in planned && sheets.length > 1) ask({ ask: 'sheet', why: 'otherProgramme', tried: sheet.name, programme });
  if ('otherProgramme' in planned) fail(MSG.otherProgramme(workbook.file, sheet.name, programme));
  if (!unit) ask({ ask: 'unit', why: 'unnamed', tried: null, units: planned.units });
  if (!('figures' in planned)) return ask({ ask: 'unit', why: 'notFound', tried: unit, units: planned.units });
  const plans = [planned as Plan];
  const below = tablesBelow(grid, located);
  // a table below the first on the sheet: its own title says its capital type, the first's says nothing of it
  for (const table of below) {
    const lines = [...book.tables.lines(program), ...plans.flatMap((p) => p.lines)];
    const next = planImport({ ...request, located: table, scale: options.scale ?? table.scale?.scale ?? scale, capital: options.capital ?? titleOf(grid, table).capital, lines });
    if ('figures' in next) plans.push(next);
  }
  const plan = joinPlans(plans);
  if (plan.problems.length) fail(MSG.badCell(workbook.file, sheet.name, plan.problems[0]!));
  if (plan.figures.length === 0) ask({ ask: 'unit', why: 'empty', tried: plan.unit, units: plan.units });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const originId = `qd-${sha256.slice(0, 12)}`;
  const claims = unique(plan.figures.map((f) => claimOf(f, originId, program, year, IMPORT_ORIGIN.figureNote(workbook.file, sheet.name, f.cell, f.hidden))));
  const origin = originOf(title, workbook.file, sheet.name, originId, claims);
  await step('check');
  const importedAs = book.tables.originOfDocument(sha256);
  const names = new Map([...catalogOf(book, program).nodes, ...book.tables.lines(program), ...plan.lines].map((n) => [n.code, n.name]));
  const sameDecision = importedAs ? null : sameDecisionIn(book, program, { label: origin.label, decision: title.decision, fileName: workbook.file, year, claims }, names);
  // checked in place of the same decision's figures: the decision against itself says nothing
  const flags = flagsOf(book, program, origin, claims, plan.lines, sameDecision?.origin.id ?? null);
  return {
    file: workbook.file, sheet: sheet.name, sheets, program,
    title, year, capital, source, titleSource: title.source, scale, plan, view: readingView(grid, located, plan.reading, below), columnCorrections, origin, claims, flags, importedAs, sameDecision, sha256,
  };
}

/** What a table's title block says; a merged title shows on every cell of its range: each cell once. */
function titleOf(grid: SheetGrid, located: Located): TitleFacts {
  return titleFacts(located.titleRows.map((r) => [...new Set(grid.row(r))].map((c) => c.value).filter((v) => !isBoilerplate(v)).join(' ')).filter(Boolean));
}

/** The sheet she asked for; else of the visible sheets with a table, the one named after her unit
 * ("Phong Thổ", "PL-PhongTho") or whose title names it (one sheet per district), else the first. */
function pickSheet(workbook: Workbook, name: string | undefined, unit: string) {
  const candidates = name === undefined ? workbook.sheets.filter((s) => s.state === 'visible') : workbook.sheets.filter((s) => s.name === name);
  const visible = workbook.sheets.filter((s) => s.state === 'visible').map((s) => s.name);
  const ask = (why: 'missing' | 'noTable', tried: string): never => {
    throw new ImportQuestionError({ ask: 'sheet', why, tried }, { file: workbook.file, sheet: null, sheets: visible });
  };
  if (name !== undefined && candidates.length === 0) ask('missing', name);
  const tables = candidates.flatMap((sheet) => {
    const grid = new SheetGrid(sheet);
    const located = locateTable(grid);
    return located ? [{ sheet, grid, located }] : [];
  });
  // the sheet she named holds no table: another may; a file with none anywhere has no way on
  if (tables.length === 0 && name !== undefined) return ask('noTable', name);
  if (tables.length === 0) return fail(MSG.noTable(workbook.file, candidates.map((s: Sheet) => s.name)));
  const titled = (t: (typeof tables)[number]) => t.located.titleRows.some((r) => t.grid.row(r).some((c) => namesUnit(c.value, unit)));
  return tables.find((t) => sheetNamesUnit(t.sheet.name, unit)) ?? (tables.length > 1 ? tables.find(titled) : undefined) ?? tables[0]!;
}

/** "QĐ số 413/QĐ-UBND ngày 06/04/2022", or the file when the title names no decision; complete
 * for the table it read: a line it leaves out is 0, in what its columns state. */
function originOf(title: TitleFacts, file: string, sheet: string, id: string, claims: readonly Claim[]): Origin {
  const d = title.decision;
  const label = d ? IMPORT_ORIGIN.decision(d.number, d.date, sheet) : IMPORT_ORIGIN.file(file, sheet);
  return { id, kind: 'province', label, complete: true, scope: statedScope(claims) };
}

function claimOf(f: PlannedFigure, origin: string, program: string, year: number, note: string): Claim {
  const key = { origin, program, period: { from: year, to: year }, node: f.node, unit: f.unit, capital: f.capital, source: f.source };
  return f.measure === 'rate'
    ? { key: { ...key, measure: 'rate' }, value: f.value, asOf: null, note }
    : { key: { ...key, measure: f.measure }, value: f.value, asOf: null, note };
}

function flagsOf(book: Book, program: string, origin: Origin, claims: Claim[], lines: readonly Line[], instead: string | null): Flag[] {
  const tree = buildTree(catalogOf(book, program), [...book.tables.lines(program), ...lines]);
  const others = book.tables.origins().filter((o) => o.id !== origin.id && o.id !== instead);
  const engine = new Reconciler(tree, [...others, origin], [...book.claims.select({ program }).filter((c) => c.key.origin !== instead), ...claims]);
  return engine.checkAll().filter((f) => f.claims[0]!.origin === origin.id || f.id.endsWith(`vs:${origin.id}`));
}

/** The saved profile, with what she says now on top. */
function correctionsOf(book: Book, options: ImportOptions): Corrections {
  const map = new Map(Object.entries(book.tables.importProfile(PROFILE)));
  for (const c of options.corrections ?? []) map.set(correctionKey(c.label), c.node);
  return map;
}

/** A place read twice (a row and its repeat further down) is one claim: the first reading. */
function unique(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = claimKeyId(c.key);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

function fail(message: string): never {
  throw new UserError(message);
}
