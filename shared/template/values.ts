// What a placeholder writes, for one item of a repeat (or none): a number for a figure standing
// alone in its cell, text otherwise. Pure: the filler only puts the answer into the cell.
import { rowKeyId } from '../catalog';
import { formatMoney, type Scale } from '../money';
import { type Rate, formatRate } from '../rate';
import type { Flag } from '../reconcile/flag';
import type { BookSettings } from '../settings';
import { SCALE_LABEL } from '../i18n/vi';
import { TPL } from '../i18n/template';
import type { Tree } from '../sheet/tree';
import { amountIn } from './amount';
import { dateInWords } from './date-words';
import type { FigureSource, FigureValue } from './figures';
import type { Item } from './lists';
import type { FigurePlaceholder, Piece, Placeholder, SettingField, YearRef } from './syntax';

/** One programme's rows and figures, as a report reads them. */
export interface ProgramFigures {
  tree: Tree;
  figures: FigureSource;
}

export interface FillContext extends ProgramFigures {
  /** the report's programme, and the book's others when a placeholder names one */
  program?: string;
  programs?: (code: string) => ProgramFigures | null;
  year: number;
  period: { from: number; to: number };
  /** the project chosen, or null for the whole programme */
  project: string | null;
  origin: string;
  settings: BookSettings;
  programName: string;
  /** ISO date the report is dated */
  today: string;
  /** the book's findings, to name the one behind a figure that breaks its column's identity */
  flags?: () => readonly Flag[];
}

export type CellValue = string | number | null;

/** The cell's new value: one figure alone is a number (or empty), anything else text. */
export function cellValue(pieces: readonly Piece[], ctx: FillContext, item: Item | null, scale: Scale, percentCell = false): CellValue {
  const live = pieces.filter((p) => !('text' in p) || p.text.trim() !== '');
  const only = live.length === 1 ? live[0]! : null;
  if (only && 'placeholder' in only && only.placeholder.kind === 'figure') {
    const f = figureOf(only.placeholder, ctx, item);
    if (!f) return null;
    if (f.kind === 'money') return amountIn(f.dong, only.placeholder.scale ?? scale);
    // a cell formatted "0.00%" shows a fraction: 81,82 % is 0.8182 there
    return rateNumber(f.rate, percentCell ? 2 : 0);
  }
  if (pieces.every((p) => 'placeholder' in p && p.placeholder.kind === 'repeat')) return null;
  return sentence(pieces, ctx, item, scale);
}

/** A unit written right after a figure in a sentence: " triệu đồng", "%". */
const UNIT_AFTER = /^\s*(?:%|(?:(?:nghìn|triệu|tỷ)(?: đồng)?|đồng)(?![\p{L}\d]))/iu;

/** Text with its figures written in: a figure the book lacks says so, and the unit after it
 * goes ("Đã giải ngân (chưa có số liệu), đạt (chưa có số liệu)."), never a blank in a sentence. */
function sentence(pieces: readonly Piece[], ctx: FillContext, item: Item | null, scale: Scale): string {
  let out = '';
  let unknown = false;
  for (const p of pieces) {
    if ('text' in p) {
      out += unknown ? p.text.replace(UNIT_AFTER, '') : p.text;
      unknown = false;
      continue;
    }
    const text = textOf(p.placeholder, ctx, item, scale);
    unknown = p.placeholder.kind === 'figure' && text === '';
    out += unknown ? TPL.unknownFigure : text;
  }
  return out;
}

function textOf(p: Placeholder, ctx: FillContext, item: Item | null, scale: Scale): string {
  switch (p.kind) {
    case 'figure': {
      const f = figureOf(p, ctx, item);
      if (!f) return '';
      return f.kind === 'money' ? formatMoney(f.dong, p.scale ?? scale) : formatRate(f.rate);
    }
    case 'setting': return upper(settingText(p.field, ctx), p.upper);
    case 'date': return dateInWords(ctx.today, p.withPlace ? ctx.settings.place : '');
    case 'year': return yearText(p.year, ctx, item);
    case 'field': return upper(item ? { stt: item.stt, code: item.code, name: item.name }[p.field] : '', p.upper);
    case 'scale': return SCALE_LABEL[p.scale];
    case 'repeat': return '';
  }
}

function upper(text: string, yes: boolean): string {
  return yes ? text.toLocaleUpperCase('vi') : text;
}

function settingText(field: SettingField, ctx: FillContext): string {
  const s = ctx.settings;
  switch (field) {
    case 'unitName': return s.unitName || s.title;
    case 'parentAgency': return s.parentAgency;
    case 'unitCode': return s.unitCode;
    case 'place': return s.place;
    case 'title': return s.title;
    case 'programName': return ctx.programName;
    case 'preparer': return s.signers.preparer.name;
    case 'chiefAccountant': return s.signers.chiefAccountant.name;
    case 'head': return s.signers.head.name;
    case 'preparerTitle': return s.signers.preparer.title;
    case 'chiefAccountantTitle': return s.signers.chiefAccountant.title;
    case 'headTitle': return s.signers.head.title;
  }
}

function yearText(y: YearRef, ctx: FillContext, item: Item | null): string {
  const { from, to } = yearsOf(y, ctx, item);
  return from === to ? String(from) : `${from}-${to}`;
}

function yearsOf(y: YearRef, ctx: FillContext, item: Item | null): { from: number; to: number } {
  const base = item?.year ?? ctx.year;
  if (y.kind === 'offset') return { from: base + y.by, to: base + y.by };
  if (y.kind === 'absolute') return { from: y.year, to: y.year };
  const from = y.from ?? ctx.period.from;
  const to = y.to ?? ctx.period.to;
  if (y.end) return y.end === 'first' ? { from, to: from } : { from: to, to };
  return { from, to };
}

/** Which row, unit, origin and years a figure placeholder is about, for this item. */
export function placeNode(p: FigurePlaceholder, ctx: FillContext, item: Item | null): { node: string; unit: string | null; origin: string; from: number; to: number } | null {
  const other = p.program !== null && p.program !== ctx.program;
  const root = (other ? ctx.programs?.(p.program!)?.tree : ctx.tree)?.rows[0]?.key.node ?? '';
  // another programme's whole money: its root, not the project chosen in this one
  const node = p.node === null ? item?.row?.key.node : p.node === '*' ? ((other ? null : ctx.project) ?? root) : p.node;
  if (!node) return null;
  const unit = p.unit ?? (p.node === null ? (item?.row?.key.unit ?? null) : null);
  return { node, unit, origin: p.origin ?? ctx.origin, ...yearsOf(p.year, ctx, item) };
}

export function figureOf(p: FigurePlaceholder, ctx: FillContext, item: Item | null): FigureValue | null {
  const at = placeNode(p, ctx, item);
  if (!at) return null;
  const source = p.program === null || p.program === ctx.program ? ctx : ctx.programs?.(p.program);
  if (!source) return null;
  return source.figures.figure({
    rowId: rowKeyId({ node: at.node, unit: at.unit }), cell: { capital: p.capital, source: p.source, measure: p.measure },
    origin: at.origin, from: at.from, to: at.to,
  });
}

/** The rate as a number, read from its exact decimal text (no float division); `shift` 2 gives
 * the fraction of one a percent-formatted cell wants. */
function rateNumber(rate: Rate, shift: number): number {
  const d = rate.decimals + shift;
  if (d === 0) return Number(rate.coefficient);
  const digits = (rate.coefficient < 0n ? -rate.coefficient : rate.coefficient).toString().padStart(d + 1, '0');
  return Number(`${rate.coefficient < 0n ? '-' : ''}${digits.slice(0, -d)}.${digits.slice(-d)}`);
}
