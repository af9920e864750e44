// The book's columns that hold JSON, read back through the schema of what was written: a value
// edited by another program, or damaged, is named for what it is instead of flowing on as a cast.
import * as z from 'zod';
import { settingsSchema } from '../../../shared/api';
import { CAPITALS, MEASURES, SOURCES } from '../../../shared/claim';
import { ACTION_NAMES } from '../../../shared/book-change';
import { defaultSettings, type BookSettings } from '../../../shared/settings';
import { APP_NAME, MSG } from '../../../shared/i18n/vi';
import { describeIssues } from '../../../shared/validation';
import { UserError } from '../user-error';

export const originScopeSchema = z.object({
  capitals: z.array(z.enum(CAPITALS)),
  measures: z.array(z.enum(MEASURES).exclude(['rate'])),
  sources: z.array(z.enum(SOURCES)).optional(),
});

export const catalogSchema = z.object({
  id: z.string().min(1),
  program: z.string().min(1),
  name: z.string(),
  basis: z.string().optional(),
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  nodes: z.array(z.object({ code: z.string().min(1), parent: z.string().nullable(), name: z.string(), memo: z.boolean().optional() })),
});

/** Her Treasury codes by line: "12|070-071|00123" → { node, capital } */
export const treasuryMapSchema = z.record(z.string(), z.object({ node: z.string().min(1), capital: z.enum(CAPITALS) }));

/** A signed reconciliation with the Treasury (shared/treasury/lock.ts) */
export const treasuryLockSchema = z.object({
  program: z.string(), period: z.string(), end: z.string(), label: z.string(), at: z.string(), by: z.string(),
  rows: z.array(z.object({ node: z.string(), capital: z.enum(CAPITALS).nullable(), measure: z.enum(MEASURES).exclude(['rate']), treasury: z.number(), books: z.number().nullable() })),
  explanations: z.record(z.string(), z.string()),
  reopened: z.object({ at: z.string(), label: z.string() }).optional(),
});

/** An action's header in the log (what the Hoàn tác button names). */
export const actionHeaderSchema = z.object({ name: z.enum(ACTION_NAMES), label: z.string(), of: z.number().int().optional() });

export const importProfileSchema = z.record(z.string(), z.string().nullable());

export const logSummarySchema = z.object({ rows: z.number().int().nonnegative(), head: z.string().regex(/^[0-9a-f]{64}$/) });

export const undoStacksSchema = z.object({ done: z.array(z.number().int()), undone: z.array(z.number().int()) });

export const templateStateSchema = z.object({ name: z.string(), addedAt: z.string(), bytes: z.string() });

/** A JSON column's value, or a message saying which part of the book holds what it should not. */
export function parseColumn<S extends z.ZodType>(schema: S, text: string, where: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(MSG.columnDamaged(where, MSG.notJson));
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UserError(MSG.columnDamaged(where, describeIssues(parsed.error)));
  return parsed.data;
}

/** Her settings; a field an older Sổ Vốn did not write reads as a new book's. */
export function parseSettings(text: string | undefined): BookSettings {
  const stored = text === undefined ? {} : (parseColumn(z.record(z.string(), z.unknown()), text, 'settings') as Partial<BookSettings>);
  const defaults = defaultSettings(stored.title || APP_NAME);
  const signers: unknown = stored.signers;
  const merged = { ...defaults, ...stored, signers: isRecord(signers) ? { ...defaults.signers, ...signers } : signers ?? defaults.signers };
  return parseColumn(settingsSchema, JSON.stringify(merged), 'settings');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
