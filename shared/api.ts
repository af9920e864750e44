// The one door between the renderer and the back end. Every call is named here with the
// schema of its input (validated at the boundary: the renderer is untrusted) and the type of its
// result. Electron carries it over one IPC channel, browser mode as POST /api/<call>, the CLI
// and the tests call the service in-process.
import * as z from 'zod';
import { CAPITALS, type Capital, MEASURES, type Measure, type MoneyMeasure, type Origin, SOURCES, type Source } from './claim';
import { LINE_KINDS } from './catalog';
import { SCALE_NAMES, type Scale } from './money';
import type { BookSettings } from './settings';
import type { UndoInfo } from './book-change';
import type { Sheet, SheetRow } from './sheet/sheet';
import { COLUMN_IDS } from './sheet/columns';
import type { Flag, Severity } from './reconcile/flag';
import type { FlagGroup } from './reconcile/groups';
import type { FlagFigures } from './reconcile/flag-figures';
import { type PrintedSheet, printRequest } from './print/request';
import { isoDate, oneLineText } from './validation';
import type { UnitSpan } from './units';
import { FORM_IDS } from './treasury/form';
import type { ReadingView } from './import/reading-view';
import type { ImportAsk } from './import/question';

const code = oneLineText(200);
const year = z.number().int().min(1990).max(2100);
const filePath = z.string().min(1).max(4096);

export const cellKey = z.object({
  program: code,
  origin: code,
  year,
  node: code,
  unit: oneLineText(200).nullable(),
  capital: z.enum(CAPITALS).nullable(),
  source: z.enum(SOURCES).nullable().default(null),
  measure: z.enum(MEASURES),
});

const text = oneLineText(300, 0);
const signer = z.object({ title: text, name: text });
export const settingsSchema = z.object({
  title: text.min(1),
  unitName: text,
  parentAgency: text,
  unitCode: text,
  place: text,
  treasury: z.object({ chapter: oneLineText(20, 0), budgetLevel: oneLineText(20, 0), office: oneLineText(20, 0) }).optional(),
  firstYear: year.nullable().default(null),
  signers: z.object({ preparer: signer, chiefAccountant: signer, head: signer }),
  earlier: z.array(z.object({
    until: year, unitName: text, parentAgency: text, unitCode: text, signers: z.object({ preparer: signer, chiefAccountant: signer, head: signer }),
  })).max(100).optional(),
});

/** What Tệp > Mới's second dialog and `sovon new` may give a new book; each may wait. */
const newBookDetails = z.object({
  unitName: text, parentAgency: text, unitCode: text, firstYear: year.nullable(), preparer: text, chiefAccountant: text, head: text,
}).partial().strict();

/** The demo books besides the first, by name (`sovon new BOOK --demo commune`): a commune's book
 * of 2026, the new programme beside the 2021-2025 money carried into it. */
export const DEMO_NAMES = ['commune'] as const;
export type DemoName = (typeof DEMO_NAMES)[number];

/** A province annex she picked or dropped (browser mode cannot hand over a path), and what she
 * chose where the file does not say, or says wrong. */
/** Her reading of a column of figures in the import wizard: not to be read, or its measure and
 * capital type ('ALL': every capital together); by the column's header words. */
export const importColumnChoice = z.object({
  label: oneLineText(500),
  skip: z.boolean().optional(),
  measure: z.enum(MEASURES).optional(),
  capital: z.enum([...CAPITALS, 'ALL']).optional(),
}).strict();
export type ImportColumnChoice = z.infer<typeof importColumnChoice>;

const importInput = z.object({
  program: code,
  fileName: oneLineText(260),
  /** the file's bytes, base64 */
  data: z.string().min(1).max(70_000_000),
  sheet: oneLineText(100).optional(),
  unit: oneLineText(200).optional(),
  year: year.optional(),
  capital: z.enum(CAPITALS).optional(),
  /** the table's source of money, or 'none': every source together (see ImportOptions) */
  source: z.enum([...SOURCES, 'none']).optional(),
  scale: z.enum(SCALE_NAMES as [Scale, ...Scale[]]).optional(),
  /** her readings of headers or captions: a catalogue code, or null for "not a line" */
  corrections: z.array(z.object({ label: oneLineText(500), node: code.nullable() })).max(500).optional(),
  columns: z.array(importColumnChoice).max(500).optional(),
});

/** What a call is, said where it is declared: the service's file that handles it (`group`, loaded
 * on its first call), whether it changes the row tree or how an origin is read (`rebuildsChecks`:
 * the engine is rebuilt on next use), whether its result travels packed (`packed`), whether its
 * input carries a workbook (`carriesFile`: a larger body), and what Electron's shell does with it
 * instead of the service (`inElectron`: a native dialog, its own printing, or refused). */
export interface CallTraits<G extends CallGroup = CallGroup> {
  group: G;
  rebuildsChecks?: true;
  packed?: 'sheet';
  carriesFile?: true;
  inElectron?: 'nativeDialog' | 'print' | 'refused';
}

export const CALL_GROUPS = ['book', 'sheet', 'lines', 'catalog', 'units', 'treasury', 'undo', 'backups', 'folders', 'import', 'templates', 'print', 'export', 'checks'] as const;
export type CallGroup = (typeof CALL_GROUPS)[number];

function call<S extends z.ZodType, G extends CallGroup>(input: S, traits: CallTraits<G>): { input: S } & CallTraits<G> {
  return { input, ...traits };
}

export const calls = {
  bookInfo: call(z.object({}), { group: 'book' }),
  getSheet: call(z.object({ program: code, origin: code, year, project: code.nullable() }), { group: 'sheet', packed: 'sheet' }),
  /** The sheet the back end built for the window's first look (first-sheet.ts), of whichever view
   * it is, or null: asked as the page starts, together with the book's description, before the
   * page knows which view it will show; the page keeps it only if that is the view. */
  firstSheet: call(z.object({}), { group: 'sheet', packed: 'sheet' }),
  /** `text` as typed in the grid, in `scale`; null or "" clears the stated figure */
  /** `confirmNegative`: she confirmed a negative amount where only adjustments are negative */
  setClaim: call(z.object({
    key: cellKey, text: z.string().max(100).nullable(), scale: z.enum(SCALE_NAMES as [Scale, ...Scale[]]),
    confirmNegative: z.boolean().optional(),
    /** she confirmed reopening a locked Treasury reconciliation the figure belongs to */
    reopenLocked: z.boolean().optional(),
  }), { group: 'sheet' }),
  /** Many cells of one year's sheet as one action (a paste, a fill down, a block cleared): all
   * are written, or none when one is wrong (the message names it). */
  setClaims: call(z.object({
    program: code, origin: code, year, scale: z.enum(SCALE_NAMES as [Scale, ...Scale[]]), what: z.enum(['paste', 'fill', 'clear']),
    cells: z.array(z.object({
      node: code, unit: oneLineText(200).nullable(), capital: z.enum(CAPITALS).nullable(), measure: z.enum(MEASURES), text: z.string().max(100).nullable(),
    })).min(1).max(20_000),
    confirmNegative: z.boolean().optional(),
    /** she confirmed reopening a locked Treasury reconciliation the figure belongs to */
    reopenLocked: z.boolean().optional(),
  }), { group: 'sheet' }),
  addLine: call(z.object({ program: code, parentRowId: code, kind: z.enum(LINE_KINDS), name: oneLineText(300) }), { group: 'lines', rebuildsChecks: true }),
  renameLine: call(z.object({ program: code, rowId: code, name: oneLineText(300) }), { group: 'lines', rebuildsChecks: true }),
  removeLine: call(z.object({ program: code, rowId: code }), { group: 'lines', rebuildsChecks: true }),
  /** her line one place up or down among its siblings of the same family (units among units), as one action */
  moveLine: call(z.object({ program: code, code, direction: z.enum(['up', 'down']) }), { group: 'lines', rebuildsChecks: true }),
  /** Danh mục chương trình: the book's programmes with their lines, and the bundled ones it may add */
  listCatalog: call(z.object({}), { group: 'catalog' }),
  /** a bundled programme (by catalogue id or programme code) added to the book, as one action */
  addProgram: call(z.object({ id: code }), { group: 'catalog', rebuildsChecks: true }),
  /** her line no longer runs from `year` on (null: it runs again; absent: from the year after its
   * last figures); its figures stay */
  retireLine: call(z.object({ program: code, code, year: year.nullable().optional() }), { group: 'catalog', rebuildsChecks: true }),
  /** the implementing units with their validity and successors (communes merged in 2025) */
  listUnits: call(z.object({}), { group: 'units' }),
  /** a unit's validity and successors: a field left out stays as it is, null clears it */
  setUnit: call(z.object({
    name: oneLineText(200), from: isoDate.nullable().optional(), to: isoDate.nullable().optional(), successors: z.array(oneLineText(200)).max(50).optional(),
  }), { group: 'units', rebuildsChecks: true }),
  /** a measure of each unit over years, units grouped with those they took over (a report across
   * the 2025 reform: what is now Xã Phong Thổ, with the district's money before it ended) */
  unitFigures: call(z.object({
    program: code, origin: code, from: year, to: year, measure: z.enum(MEASURES).exclude(['rate']),
  }).refine((x) => x.from <= x.to && x.to - x.from < 50, 'năm đầu không sau năm cuối, tối đa 50 năm'), { group: 'units' }),
  /** Đối chiếu với Kho bạc (issue 32): a Treasury statement read into a `treasury` origin as of the
   * period's end (a quarter 2024-Q4, a month 2024-12, a day, a year); `dryRun`: shown, not written */
  importTreasury: call(z.object({
    program: code, period: oneLineText(20), fileName: oneLineText(260), data: z.string().min(1).max(70_000_000), sheet: oneLineText(100).optional(), dryRun: z.boolean(),
    /** the period is locked: she confirmed reading it again reopens it */
    reopenLocked: z.boolean().optional(),
  }), { group: 'treasury', rebuildsChecks: true }),
  /** the statement of a period against her books to the same date, line by line, and its flags */
  treasuryCheck: call(z.object({ program: code, period: oneLineText(20) }), { group: 'treasury' }),
  /** her periods with their state: not started, with differences, reconciled, locked */
  treasuryList: call(z.object({ program: code }), { group: 'treasury' }),
  /** "Khóa đối chiếu": the reconciliation of the period as signed (both sides' figures, the
   * differences and her explanations, who and when) kept in the log; a later edit of a figure it
   * covers asks first (`reopenLocked` on setClaim / setClaims) and reopens it */
  lockTreasury: call(z.object({ program: code, period: oneLineText(20), by: oneLineText(200).optional() }), { group: 'treasury' }),
  /** a Treasury key ("nguồn|ngành|CTMT-DA") set to one of her lines and a capital type, or (node null) let go */
  mapTreasury: call(z.object({ program: code, key: oneLineText(120), node: code.nullable(), capital: z.enum(CAPITALS).optional() }), { group: 'treasury' }),
  /** the lines a province's decision annex (STT + name; or a sovon-catalog JSON) gives, placed
   * under `parent` (null: the programme's root); `dryRun`: shown, nothing written */
  addCatalogLines: call(z.object({
    program: code, parent: code.nullable(), fileName: oneLineText(260), data: z.string().min(1).max(70_000_000), sheet: oneLineText(100).optional(), dryRun: z.boolean(),
  }), { group: 'catalog', rebuildsChecks: true }),
  /** `program`: a bundled catalogue, by its id or its programme's code (newBookChoices); the
   * default when not given. `demo`: true for the demo book, or the name of another (DEMO_NAMES) */
  newBook: call(z.object({
    path: filePath, unitName: z.string().max(300).optional(), demo: z.union([z.boolean(), z.enum(DEMO_NAMES)]).optional(), program: code.optional(), details: newBookDetails.optional(),
  }), { group: 'book' }),
  /** What a new book's dialog offers: the units and parent agencies her recent books name, and
   * the bundled programmes with their periods. */
  newBookChoices: call(z.object({}), { group: 'book' }),
  /** `readonly`: she chose to look at a book another window or process is writing */
  openBook: call(z.object({ path: filePath, readonly: z.boolean().optional() }), { group: 'book' }),
  /** a demo book in the app's data folder (made on first use, her edits kept there): the
   * district's of 2022-2024 without a name, or another (DEMO_NAMES) */
  openDemo: call(z.object({ name: z.enum(DEMO_NAMES).optional() }), { group: 'book' }),
  /** `replace`: she confirmed replacing an existing file (never the open book itself) */
  saveCopy: call(z.object({ path: filePath, replace: z.boolean().optional() }), { group: 'book' }),
  recentBooks: call(z.object({}), { group: 'book' }),
  /** Her place in the open book (year, columns, widths, folding: layout-memory.ts's text), kept
   * by the back end for the next window on it: browser mode's own storage starts empty with each
   * new port. `path`: the book the window shows, so a late write about another book is dropped. */
  rememberLayout: call(z.object({ path: filePath, text: z.string().max(500_000) }), { group: 'book' }),
  /** How an origin's silence is read (see Origin.complete); her books are always complete. */
  setOriginComplete: call(z.object({ origin: code, complete: z.boolean() }), { group: 'book', rebuildsChecks: true }),
  /** The unit's names, codes and signers (printed on every sheet). */
  /** `from`: the names and signers change from that year on; earlier years keep theirs (absent: a
   * correction, for every year) */
  updateSettings: call(z.object({ settings: settingsSchema, from: year.optional() }), { group: 'book' }),
  /** Flags of the programme, optionally of one year and one origin (see shared/reconcile). */
  /** `project`: only flags on that project's figures (the grid's Dự án filter: one count everywhere) */
  runChecks: call(z.object({ program: code, year: year.nullable().default(null), origin: code.nullable().default(null), project: code.nullable().default(null) }), { group: 'checks' }),
  /** A flag's figures side by side: its cell in each origin it involves, by year (and period). */
  flagFigures: call(z.object({ program: code, flagId: z.string().min(1).max(2_000) }), { group: 'checks' }),
  /** A note that explains flags (one, or every flag of a finding, in one action; printed on
   * the reconciliation sheet); null takes it back. */
  explainFlags: call(z.object({
    program: code, flagIds: z.array(z.string().min(1).max(1000)).min(1).max(10_000), note: z.string().trim().min(1).max(2000).nullable(),
  }), { group: 'checks' }),
  /** "Bảng tính như trên màn hình": the year's sheet as she sees it (folded rows left out), as an .xlsx */
  exportSheet: call(z.object({
    program: code, origin: code, year, project: code.nullable(), scale: z.enum(SCALE_NAMES as [Scale, ...Scale[]]),
    collapsed: z.array(z.string().max(400)).max(100_000).default([]),
    /** the figure columns she shows, in her order; default every column */
    columns: z.array(z.enum(COLUMN_IDS)).max(COLUMN_IDS.length).optional(),
  }), { group: 'export' }),
  /** A Treasury form (01a-, 02a-, 04-SDKP/ĐVDT) of a period as an .xlsx, to type into the portal
   * or attach to it: the same rows as its print, its columns and totals as formulas. */
  exportForm: call(z.object({
    program: code, form: z.enum(FORM_IDS), period: z.string().trim().min(4).max(20), date: isoDate.optional(),
  }), { group: 'export' }),
  /** What importing the file would write, checked against the book; nothing is written. */
  previewImport: call(importInput, { group: 'import', carriesFile: true }),
  /** The same, written in one transaction (refused if the file was imported before); `toBooks`
   * also copies the allocations into her books where they state nothing yet. */
  commitImport: call(importInput.extend({
    toBooks: z.boolean().optional(),
    /** she has looked at what the importer was unsure of: without it such a reading is refused */
    doubtsSeen: z.boolean().optional(),
    /** the file is a decision the book holds (ImportView.sameDecision): replace that origin (its
     * id), or keep both, the new one under a name of hers; without either it is refused */
    replace: code.optional(),
    keepBothAs: oneLineText(200).optional(),
  }), { group: 'import', rebuildsChecks: true, carriesFile: true }),
  /** Ctrl+Z / Ctrl+Y: takes back, or does again, her latest action (an edit, an import...). */
  undo: call(z.object({}), { group: 'undo', rebuildsChecks: true }),
  redo: call(z.object({}), { group: 'undo', rebuildsChecks: true }),
  /** What Ctrl+Z and Ctrl+Y would take, for the buttons. */
  undoInfo: call(z.object({}), { group: 'undo' }),
  /** Changes another process made to the book count up `version`: the window reloads. */
  bookVersion: call(z.object({}), { group: 'book' }),
  /** The book's backups (newest first) and where they are kept. */
  listBackups: call(z.object({}), { group: 'backups' }),
  backupNow: call(z.object({}), { group: 'backups' }),
  /** Puts a backup in the book's place (the book as it is now is backed up first). */
  restoreBackup: call(z.object({ name: oneLineText(200) }), { group: 'backups', rebuildsChecks: true }),
  /** A book too damaged to open: the damaged file is kept beside it, the backup (the latest when
   * none is named) takes its place, and the book opens. */
  restoreDamagedBook: call(z.object({ path: filePath, name: oneLineText(200).optional() }), { group: 'backups' }),
  /** A sheet to print and sign (shared/print/): a whole HTML document, with no script in it. */
  printSheet: call(printRequest, { group: 'print' }),
  /** Electron prints that sheet with the system dialog or saves it as PDF; browser mode answers
   * unsupported (the page prints its own preview). */
  printOut: call(printRequest.extend({ to: z.enum(['printer', 'pdf']) }), { group: 'print', inElectron: 'print' }),
  /** Report templates (bundled, and those she added to the book); see docs/mau-bao-cao.md. */
  listTemplates: call(z.object({}), { group: 'templates' }),
  /** Checks a template and, when every placeholder reads, adds it (or replaces `replace`). */
  addTemplate: call(z.object({
    fileName: oneLineText(260), data: z.string().min(1).max(70_000_000), name: oneLineText(200).optional(), replace: code.optional(),
  }), { group: 'templates', carriesFile: true }),
  removeTemplate: call(z.object({ id: code }), { group: 'templates' }),
  /** The open findings an export of these years (and project) covers: she may go on or go back. */
  templateFlags: call(z.object({ program: code, origin: code.default('books'), from: year, to: year, project: code.nullable() }), { group: 'templates' }),
  /** A template filled from the book; `file` instead of `template`: a template not in the book. */
  exportTemplate: call(z.object({
    program: code, origin: code.default('books'), template: code.optional(),
    file: z.object({ fileName: oneLineText(260), data: z.string().min(1).max(70_000_000) }).optional(),
    year, years: z.object({ from: year, to: year }).optional(), project: code.nullable().default(null),
    /** the date written in words under the title (ISO); today when not given */
    date: isoDate.optional(),
  }), { group: 'templates' }),
  /** A cell's history: every figure the book held for it, when, and by which action. */
  cellHistory: call(z.object({ key: cellKey }), { group: 'sheet' }),
  /** Where the import under way is (the wizard's progress bar); null when none is. */
  importProgress: call(z.object({}), { group: 'import' }),
  /** A native file dialog where the shell has one (Electron); browser mode answers unsupported
   * and the renderer shows its own picker over listFolder. */
  pickPath: call(z.object({ purpose: z.enum(['open', 'new', 'copy']) }), { group: 'book', inElectron: 'nativeDialog' }),
  /** Browser mode's file picker: one folder (never deeper), its sub-folders and books, and the
   * places she starts from; no path: the open book's folder, else her home folder. */
  listFolder: call(z.object({ path: filePath.optional() }), { group: 'folders', inElectron: 'refused' }),
} as const;

export type CallName = keyof typeof calls;
export type CallInput<N extends CallName> = z.input<(typeof calls)[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<(typeof calls)[N]['input']>;
/** The calls one group of the service handles. */
export type CallsOf<G extends CallGroup> = { [N in CallName]: (typeof calls)[N]['group'] extends G ? N : never }[CallName];

/** A Treasury reconciliation's period as the window and the CLI show it. */
export interface TreasuryPeriodView {
  id: string;
  label: string;
  /** ISO: what its figures are "to" */
  end: string;
}

export interface ProgramInfo {
  code: string;
  name: string;
  projects: { code: string; name: string }[];
  /** the programme's own years (2021-2025) */
  period: { from: number; to: number };
  /** the years she can pick: the programme's period, the year after it when a later programme of
   * the book runs then (money carried into it), and any year with figures */
  years: number[];
  /** years for which the books hold figures */
  yearsWithFigures: number[];
}

/** A line of a programme's tree as Danh mục chương trình lists it: a node of the catalogue as
 * shipped, or one of her content or work lines (her implementing units are listed apart). */
export interface CatalogLine {
  code: string;
  name: string;
  parent: string | null;
  kind: 'node' | 'content' | 'work';
  /** the first year it no longer runs in; null: it runs */
  retired: number | null;
}

export interface ProgramCatalog {
  code: string;
  name: string;
  from: number;
  to: number;
  basis: string | null;
  lines: CatalogLine[];
}

/** An annex's lines as placed in her programme (shared/catalog/plan-lines.ts). */
export interface CatalogLinesRead {
  /** the sheet read (null: a JSON file) */
  sheet: string | null;
  lines: { code: string; parent: string; name: string; stt: string; row: number; existing: boolean }[];
  /** totals and notes the annex has between its lines, not read as lines */
  skipped: { row: number; text: string; why: 'total' | 'note' }[];
  /** lines written (0 on a dry run) */
  added: number;
}

export interface CatalogList {
  programs: ProgramCatalog[];
  /** the programmes Sổ Vốn ships, and whether the book has each */
  bundled: { id: string; program: string; name: string; from: number; to: number; inBook: boolean }[];
}

export interface BookInfo {
  path: string;
  fileName: string;
  settings: BookSettings;
  programs: ProgramInfo[];
  origins: Origin[];
  readonly: boolean;
  /** a read-only look at a book someone else is writing: who, since when */
  lockedBy: string | null;
  /** her place in this book as a window last left it (rememberLayout's text), or null */
  layout: string | null;
}

export interface CallResults {
  bookInfo: BookInfo;
  getSheet: Sheet;
  firstSheet: Sheet | null;
  /** `rows`: the edited row and its ancestors, redrawn from the window's engine (absent when it is
   * not built: then the grid reloads the year) */
  setClaim: { changed: boolean; rows?: SheetRow[] };
  setClaims: { changed: number };
  addLine: { rowId: string };
  renameLine: { rowId: string };
  removeLine: { removedClaims: number };
  /** false: it was already first (or last) of its siblings, nothing changed */
  moveLine: { moved: boolean };
  listCatalog: CatalogList;
  listUnits: { units: UnitSpan[] };
  importTreasury: {
    period: TreasuryPeriodView; origin: string; sheet: string; written: boolean; claims: number;
    rows: { key: string; at: string; content: string; node: string; capital: Capital; mapped: boolean; figures: Partial<Record<MoneyMeasure, number>> }[];
  };
  treasuryCheck: {
    period: TreasuryPeriodView;
    rows: { keys: string[]; node: string; capital: Capital | null; measure: MoneyMeasure; treasury: number; books: number | null; difference: number | null }[];
    flags: Flag[]; counts: CheckReport['counts'];
  };
  treasuryList: {
    periods: (TreasuryPeriodView & { year: number; state: 'none' | 'differences' | 'reconciled' | 'locked'; stateLabel: string; locked?: { at: string; by: string } })[];
  };
  lockTreasury: { period: TreasuryPeriodView; at: string; by: string; rows: number; differences: number };
  mapTreasury: { map: Record<string, { node: string; capital: Capital }> };
  setUnit: { unit: UnitSpan };
  unitFigures: { years: number[]; groups: { heirs: string[]; members: string[]; dong: (number | null)[] }[] };
  addProgram: BookInfo;
  retireLine: { line: CatalogLine };
  addCatalogLines: CatalogLinesRead;
  newBook: BookInfo;
  newBookChoices: NewBookChoices;
  openBook: BookInfo;
  openDemo: BookInfo;
  saveCopy: { path: string };
  recentBooks: { paths: string[] };
  rememberLayout: { remembered: boolean };
  setOriginComplete: BookInfo;
  updateSettings: BookInfo;
  pickPath: { path: string | null; supported: boolean };
  listFolder: FolderListing;
  runChecks: CheckReport;
  /** what the file would import, or the question it leaves open (the wizard asks it with a control) */
  previewImport: ImportView | ImportAsk;
  exportSheet: { fileName: string; data: string };
  exportForm: { fileName: string; data: string };
  commitImport: { claims: number; toBooks: number; origin: string; program: string; info: BookInfo };
  explainFlags: { explained: number };
  /** null: no such flag now (the book changed since the panel was drawn) */
  flagFigures: FlagFigures | null;
  listTemplates: { templates: TemplateInfo[] };
  /** `issues`: every placeholder it could not read, with sheet and cell (then nothing was added);
   * `sameName`: the book has a template of that name (nothing added: replace it, or another name) */
  addTemplate: { added: TemplateInfo | null; issues: string[]; sameName?: { id: string; name: string } };
  removeTemplate: { removed: boolean };
  templateFlags: { findings: { id: string; severity: Severity; message: string; flags: number }[] };
  exportTemplate: { fileName: string; data: string };
  printSheet: PrintedSheet;
  printOut: { supported: boolean; path: string | null };
  /** `label`: what was undone or redone (null: nothing was); `info`: what the buttons say now */
  undo: { label: string | null; info: UndoInfo };
  redo: { label: string | null; info: UndoInfo };
  undoInfo: UndoInfo;
  bookVersion: { version: number };
  listBackups: BackupList;
  backupNow: BackupList;
  restoreBackup: BookInfo;
  restoreDamagedBook: BookInfo;
  importProgress: ImportProgress | null;
  cellHistory: { entries: CellHistoryEntry[] };
}

/** `from`: where each name was found (a book's title), for her to tell two alike apart. */
export interface NewBookChoices {
  units: { name: string; from: string }[];
  parents: { name: string; from: string }[];
  /** `id`: the catalogue's (newBook's `program`), `program`: the code the book's sheets name */
  programs: { id: string; program: string; name: string; from: number; to: number }[];
}

/** One folder as browser mode's file picker shows it (hidden entries left out). */
export interface FolderListing {
  /** absolute, as the back end's system writes it */
  path: string;
  parent: string | null;
  /** the path cut at each folder, the root first: the breadcrumb */
  crumbs: { name: string; path: string }[];
  folders: { name: string; path: string }[];
  /** `.sovon` files; `modified` ISO */
  files: { name: string; path: string; size: number; modified: string }[];
  places: { kind: 'book' | 'home' | 'documents' | 'desktop' | 'recent' | 'drive'; name: string; path: string }[];
  /** what to join a typed file name with: the renderer knows no path module */
  separator: '/' | '\\';
  /** why some entries are not shown (too many), or null */
  note: string | null;
}

/** A report template: shipped with the app, or added to the book by her. */
export interface TemplateInfo {
  id: string;
  name: string;
  source: 'bundled' | 'book';
  addedAt?: string;
}

/** One change of a cell: amounts as decimal text (a rate's coefficient and its decimals). */
export interface CellHistoryEntry {
  action: number;
  /** ISO */
  at: string;
  label: string | null;
  asOf: string | null;
  before: { amount: string; decimals: number | null } | null;
  after: { amount: string; decimals: number | null } | null;
}

export interface ImportProgress {
  step: number;
  steps: number;
  label: string;
}

export interface BackupList {
  folder: string;
  backups: {
    name: string;
    /** ISO */
    at: string;
    reason: 'open' | 'import' | 'restore' | 'migration' | 'manual';
    size: number;
    /** what she did after it: how many actions, the latest ones named, and the file the first
     * of them imported (a backup taken before an import names the file it was taken for) */
    after: { count: number; labels: string[]; file: string | null };
  }[];
}

/** What an import reads from the province's file, as the wizard shows it. */
export interface ImportView {
  file: string;
  sheet: string;
  sheets: string[];
  /** the programme it imports into (its title's period may name the book's other one) */
  program: string;
  programName: string;
  /** the title named the book's other programme than the one on screen */
  programFromTitle: boolean;
  layout: 'units-as-rows' | 'contents-as-rows' | 'measures-as-columns' | 'works';
  title: string;
  year: number;
  /** null: the table's columns say it (Vốn ĐT, Vốn SN, Tổng số) */
  capital: 'DT' | 'SN' | null;
  /** the source the figures are read as (null: every source together), and what the title names */
  source: Source | null;
  titleSource: Source | null;
  scale: Scale;
  /** her unit as the table names it, and every unit the table lists */
  unit: string;
  units: string[];
  originLabel: string;
  /** the origin this same file was imported as, if it was */
  importedAs: string | null;
  /** the origin of the same decision already in the book (another copy of it), and what differs */
  sameDecision: SameDecisionView | null;
  /** `hidden`: read from a row the province hid in its file; `dong` for money, `rate` (in
   * percent, as Vietnamese write it: "99,91") for a disbursement rate */
  figures: {
    node: string; name: string; label: string; cell: string; place: string; measure: Measure; capital: 'DT' | 'SN' | null;
    dong: number | null; rate: string | null; sure: boolean; hidden: boolean;
  }[];
  /** every header or caption read, and as what (she may correct any) */
  mappings: { at: string; label: string; node: string | null; sure: boolean; corrected: boolean }[];
  /** the catalogue's lines she may choose from */
  nodes: { code: string; name: string }[];
  flags: Flag[];
  /** the reading drawn over the sheet: each column's meaning, each row's role, what decided, what is unsure */
  reading: ReadingView;
}

/** A decision the book holds already, as the wizard and `sovon import` say it. */
export interface SameDecisionView {
  /** its id (what `--replace` names) and label */
  origin: string;
  label: string;
  /** «Quyết định số … ngày … đã có trong sổ (nhập từ tệp …)» */
  message: string;
  identical: boolean;
  /** how many figures are the same, differ, are only in the file, only in the book */
  counts: string;
  /** the first figures that differ: line, measure (triệu đồng), in the book → in the new file */
  differences: { line: string; measure: string; before: string; after: string }[];
}

export interface CheckReport {
  flags: Flag[];
  /** flags that share one cause, as one finding each (a flag alone is a finding of its own) */
  groups: FlagGroup[];
  /** flags by severity (unexplained), explained flags, and findings with an unexplained flag */
  counts: Record<Severity, number> & { explained: number; findings: number };
}

/** Why a call could not go on, when she can do something about it (confirm, pick another
 * name): the renderer asks her and calls again. */
export type UserErrorCode = 'fileExists' | 'confirmNegative' | 'reopenLocked' | 'bookLocked' | 'bookDamaged';

/** What a refusal hands over besides its words, for the window to offer what it needs: the
 * Treasury's codes none of her lines has yet (all of them; the message names the first few). */
export interface UserErrorDetail {
  unmapped?: string[];
}

/** What travels back over any transport: the result, or a message for the user. */
export type Reply<N extends CallName> =
  | { ok: true; result: CallResults[N] }
  | { ok: false; error: string; code?: UserErrorCode; detail?: UserErrorDetail };

export interface SovonApi {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResults[N]>;
}

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(calls, name);
}

export { IPC_CHANNEL } from './ipc';
