// What a print asks for, validated at the door like every call (the renderer is untrusted).
import * as z from 'zod';
import { BOOKS_ORIGIN, MEASURES } from '../claim';
import { COLUMN_IDS } from '../sheet/columns';
import { isoDate, oneLineText } from '../validation';
import { PRINT_SCALES } from './format';
import { PRINT_SHEETS } from './sheets';

const code = oneLineText(200);
const MONEY_MEASURES = MEASURES.filter((m) => m !== 'rate') as [Exclude<(typeof MEASURES)[number], 'rate'>, ...Exclude<(typeof MEASURES)[number], 'rate'>[]];

export const printRequest = z.object({
  program: code,
  sheet: z.enum(PRINT_SHEETS),
  year: z.number().int().min(1990).max(2100),
  project: code.nullable().default(null),
  scale: z.enum(PRINT_SCALES).default('trieu'),
  /** the grid's origin ("Bảng tính") */
  origin: code.default(BOOKS_ORIGIN),
  /** the origins a reconciliation compares, the first as reference; default: all with figures */
  origins: z.array(code).min(1).max(12).optional(),
  measures: z.array(z.enum(MONEY_MEASURES)).min(1).max(7).optional(),
  /** rows folded on screen ("Bảng tính" prints the grid as she sees it) */
  collapsed: z.array(z.string().max(400)).max(100_000).default([]),
  /** the grid's figure columns ("Bảng tính" prints their measures and capital types) */
  columns: z.array(z.enum(COLUMN_IDS)).max(COLUMN_IDS.length).optional(),
  /** the Treasury's forms: the period (2024-Q4, 2024-12, 2024-12-31, 2024); default the year */
  period: oneLineText(20).optional(),
  /** the signing date (ISO); default today */
  date: isoDate.optional(),
});

export type PrintRequest = z.output<typeof printRequest>;

export interface PrintedSheet {
  html: string;
  title: string;
  /** a name for the PDF she saves */
  fileName: string;
}
