// Which sheet of a book a window shows: programme, year, origin and project filter. A window
// opens a book where she left it (her remembered layout, renderer/src/layout-memory.ts) or else
// at this default; the back end works out the same view to prepare that sheet while the page
// is still loading (electron/backend/service/first-sheet.ts), so both must ask this module.
import type { BookInfo } from '../api';
import { BOOKS_ORIGIN } from '../claim';

export interface SheetView {
  program: string;
  year: number;
  origin: string;
  project: string | null;
}

type ViewChoices = Pick<BookInfo, 'programs' | 'origins'> & { settings?: Pick<BookInfo['settings'], 'firstYear'> };

/** Her previous view where the book still has it, part by part; else the first programme, her
 * books, every project, and the latest year the book has figures for (a book with none yet: the
 * year she said she starts with, else this year). */
export function defaultView(info: ViewChoices, previous?: SheetView | null): SheetView {
  const program = info.programs.find((p) => p.code === previous?.program) ?? info.programs[0]!;
  const firstYear = info.settings?.firstYear;
  const start = firstYear && program.years.includes(firstYear) ? firstYear : Math.min(new Date().getFullYear(), program.years.at(-1)!);
  const latest = program.yearsWithFigures.at(-1) ?? start;
  // the year she was on, where this programme has it as its own or has figures then (2026 of the
  // 2021-2025 programme is offered for its money carried into it, not landed on when it has none)
  const kept = (y: number) => program.years.includes(y) && (program.yearsWithFigures.includes(y) || (program.period.from <= y && y <= program.period.to));
  const year = previous && kept(previous.year) ? previous.year : latest;
  const origin = info.origins.some((o) => o.id === previous?.origin) ? previous!.origin : BOOKS_ORIGIN;
  const project = program.projects.some((p) => p.code === previous?.project) ? previous!.project : null;
  return { program: program.code, year, origin, project };
}

/** A remembered view as read back from storage (untrusted text): null unless it has the shape. */
export function parseView(v: unknown): SheetView | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.program !== 'string' || typeof o.origin !== 'string' || !Number.isInteger(o.year)) return null;
  const project = typeof o.project === 'string' ? o.project : null;
  return { program: o.program, year: o.year as number, origin: o.origin, project };
}

/** The view remembered in a layout's text (layout-memory.ts writes it as `view`), or null. */
export function viewInLayout(text: string | null): SheetView | null {
  if (text === null) return null;
  try {
    const o = JSON.parse(text) as unknown;
    return typeof o === 'object' && o !== null ? parseView((o as Record<string, unknown>).view) : null;
  } catch {
    return null;
  }
}

/** Whether two views (a sheet is one: it names its programme, year, origin and project) show the
 * same sheet. */
export function sameView(a: SheetView, b: SheetView): boolean {
  return a.program === b.program && a.year === b.year && a.origin === b.origin && a.project === b.project;
}
