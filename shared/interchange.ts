// The interchange format "sovon-claims/1" (docs/sovon-claims.md): claims as JSON, for the CLI,
// for tests and for other tools. Parsing turns each entry into a typed Claim or names the
// entry that is wrong, so one bad claim rejects the whole file with its index.
import * as z from 'zod';
import {
  CAPITALS, type Claim, MEASURES, ORIGIN_KINDS, type Origin, SOURCES, isReservedOriginMisuse, mayBeNegative,
} from './claim';
import { MSG, quote } from './i18n/vi';
import { MAX_LINE_CODE } from './sheet/line-rules';
import { describeIssues, oneLineText } from './validation';
import { LINE_KINDS, type Line } from './catalog';
import type { UnitSpan } from './units';
import { SCALE_NAMES, decimalToDong, type Scale } from './money';
import { decimalFromNumber, parseDecimal } from './decimal';
import { checkRate, formatRate } from './rate';

export const FORMAT = 'sovon-claims/1';
export const MAX_CLAIMS_PER_FILE = 5_000_000;

const year = z.number().int().min(1990).max(2100);
// bounds: one 10 MB note once grew a 192 KB book to 126 MB
const code = oneLineText(100);
const name = oneLineText(300);

const claimEntry = z
  .object({
    origin: code,
    /** a file that mixes programmes names it per claim (the 2021-2025 money carried into 2026) */
    program: code.optional(),
    year: year.optional(),
    years: z.tuple([year, year]).optional(),
    node: oneLineText(MAX_LINE_CODE),
    unit: oneLineText(200).optional(),
    capital: z.enum(CAPITALS).optional(),
    source: z.enum(SOURCES).optional(),
    measure: z.enum(MEASURES),
    value: z.union([z.number(), z.string().max(200)]),
    scale: z.enum(SCALE_NAMES as [Scale, ...Scale[]]).optional(),
    as_of: z.iso.date().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((c) => (c.year === undefined) !== (c.years === undefined), 'cần đúng một trong "year" hoặc "years"')
  .refine((c) => !c.years || c.years[0] <= c.years[1], '"years" phải là [năm đầu, năm cuối]');

export const interchangeSchema = z
  .object({
    format: z.literal(FORMAT),
    program: code,
    origins: z
      .array(
        z.object({
          id: code, kind: z.enum(ORIGIN_KINDS), label: z.string().max(300), complete: z.boolean().optional(),
          scope: z.object({
            capitals: z.array(z.enum(CAPITALS)).min(1).max(2), measures: z.array(z.enum(MEASURES).exclude(['rate'])).min(1).max(7),
            sources: z.array(z.enum(SOURCES)).min(1).max(4).optional(),
          }).strict().nullable().optional(),
        }).strict()
          .refine((o) => !isReservedOriginMisuse(o), MSG.booksOriginReserved)
          .refine((o) => o.kind !== 'books' || o.complete !== false, MSG.booksAlwaysComplete),
      )
      .max(1000),
    lines: z
      .array(
        z.object({
          code: oneLineText(MAX_LINE_CODE), parent: oneLineText(MAX_LINE_CODE), kind: z.enum(LINE_KINDS), name,
          program: code.optional(), retired: year.optional(),
        }).strict(),
      )
      .max(100_000)
      .optional(),
    units: z
      .array(
        z.object({
          name: oneLineText(200), from: z.iso.date().optional(), to: z.iso.date().optional(), successors: z.array(oneLineText(200)).max(50).optional(),
        }).strict()
          .refine((u) => !u.from || !u.to || u.from <= u.to, '"to" trước "from"')
          .refine((u) => !u.successors?.length || u.to !== undefined, 'đơn vị kế thừa chỉ có khi đơn vị đã thôi ("to")')
          .refine((u) => !u.successors?.includes(u.name), 'một đơn vị không thể là đơn vị kế thừa của chính nó'),
      )
      .max(10_000)
      .optional(),
    claims: z.array(z.unknown()).max(MAX_CLAIMS_PER_FILE),
  })
  .strict();

export type InterchangeFile = z.infer<typeof interchangeSchema>;
export type ClaimEntry = z.infer<typeof claimEntry>;

/** An origin as a file gives it: without `complete`, a known origin keeps its reading and a new
 * one gets the default of its kind (see defaultCompleteness). */
export type OriginEntry = Omit<Origin, 'complete'> & { complete?: boolean };

export interface ParsedInterchange {
  /** the file's programme: each claim's and line's unless it names its own */
  program: string;
  origins: OriginEntry[];
  lines: Line[];
  claims: Claim[];
  units?: UnitSpan[];
}

export class InterchangeError extends Error {
  constructor(message: string, readonly index: number | null) {
    super(message);
  }
}

export interface InterchangeOptions {
  /** she confirmed negative amounts where only adjustments are negative (the engine still flags them) */
  allowNegative?: boolean;
}

/** Parses a whole file; throws InterchangeError naming the first bad claim. */
export function parseInterchange(json: unknown, options: InterchangeOptions = {}): ParsedInterchange {
  const file = interchangeSchema.safeParse(json);
  if (!file.success) throw new InterchangeError(`Tệp không đúng định dạng ${FORMAT}: ${describeIssues(file.error)}.`, null);
  const { program } = file.data;
  const origins = file.data.origins;
  const originIds = new Set(origins.map((o) => o.id));
  const lines = (file.data.lines ?? []).map((l) => ({ ...l, program: l.program ?? program }));
  const claims = file.data.claims.map((raw, index) => {
    try {
      return toClaim(raw, program, originIds, options);
    } catch (e) {
      throw new InterchangeError(MSG.claimRefused(index, (e as Error).message), index);
    }
  });
  const units = file.data.units?.map((u) => ({ name: u.name, from: u.from ?? null, to: u.to ?? null, successors: u.successors ?? [] }));
  return { program, origins, lines, claims, ...(units && { units }) };
}

function toClaim(raw: unknown, program: string, originIds: Set<string>, options: InterchangeOptions): Claim {
  const parsed = claimEntry.safeParse(raw);
  if (!parsed.success) throw new Error(`${describeIssues(parsed.error)}.`);
  const e = parsed.data;
  if (!originIds.has(e.origin)) throw new Error(`nguồn số liệu ${quote(e.origin)} không có trong "origins".`);
  const period = e.years ? { from: e.years[0], to: e.years[1] } : { from: e.year!, to: e.year! };
  const base = { origin: e.origin, program: e.program ?? program, period, node: e.node, unit: e.unit ?? null, capital: e.capital ?? null, source: e.source ?? null };
  const meta = { asOf: e.as_of ?? null, note: e.note ?? null };
  const decimal = typeof e.value === 'number' ? decimalFromNumber(e.value) : parseDecimal(e.value, { percent: e.measure === 'rate' });
  if (!decimal.ok) throw new Error(`giá trị ${valueText(e.value)} không hợp lệ: ${decimal.reason}.`);
  if (e.measure === 'rate') {
    if (e.scale) throw new Error('tỷ lệ (rate) tính bằng phần trăm, không có "scale"');
    const rate = checkRate(decimal.value);
    if (!rate.ok) throw new Error(`giá trị ${valueText(e.value)} không hợp lệ: ${rate.reason}.`);
    return { key: { ...base, measure: 'rate' }, value: rate.value, ...meta };
  }
  const money = decimalToDong(decimal.value, e.scale ?? 'dong');
  if (!money.ok) throw new Error(`giá trị ${valueText(e.value)} không hợp lệ: ${money.reason}.`);
  if (money.value < 0 && !mayBeNegative(e.measure) && !options.allowNegative) {
    throw new Error(`số âm ở chỉ tiêu "${e.measure}" (chỉ điều chỉnh mới được âm); nếu đúng là số âm, nhập lại với tùy chọn --allow-negative.`);
  }
  return { key: { ...base, measure: e.measure }, value: money.value, ...meta };
}

function valueText(v: number | string): string {
  return typeof v === 'number' ? quote(String(v)) : quote(v);
}

/** Writes claims back to the format; money in đồng as integers, rates as Vietnamese text. */
export function toInterchange(parsed: ParsedInterchange): InterchangeFile {
  return {
    format: FORMAT,
    program: parsed.program,
    origins: parsed.origins,
    ...(parsed.lines.length ? { lines: parsed.lines.map(({ program, ...l }) => (program === parsed.program ? l : { ...l, program })) } : {}),
    ...(parsed.units?.length ? { units: parsed.units.map(unitToEntry) } : {}),
    claims: parsed.claims.map((c) => claimToEntry(c, parsed.program)),
  };
}

function unitToEntry(u: UnitSpan): NonNullable<InterchangeFile['units']>[number] {
  return { name: u.name, ...(u.from && { from: u.from }), ...(u.to && { to: u.to }), ...(u.successors.length && { successors: u.successors }) };
}

function claimToEntry(c: Claim, fileProgram: string): ClaimEntry {
  const k = c.key;
  const when = k.period.from === k.period.to ? { year: k.period.from } : { years: [k.period.from, k.period.to] as [number, number] };
  const value = k.measure === 'rate' ? formatRate(c.value as never) : Number(c.value);
  return {
    origin: k.origin, ...(k.program !== fileProgram && { program: k.program }), ...when, node: k.node,
    ...(k.unit !== null && { unit: k.unit }),
    ...(k.capital !== null && { capital: k.capital }),
    ...(k.source !== null && { source: k.source }),
    measure: k.measure, value,
    ...(k.measure !== 'rate' && { scale: 'dong' as const }),
    ...(c.asOf !== null && { as_of: c.asOf }),
    ...(c.note !== null && { note: c.note }),
  };
}
