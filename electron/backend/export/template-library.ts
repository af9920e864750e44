// The templates she can export into: those shipped in resources/templates/, the sheet as she
// sees it, and those she added to the book (checked on the way in).
import fs from 'node:fs';
import path from 'node:path';
import type { TemplateInfo } from '../../../shared/api';
import { BUNDLED_TEMPLATE_NAME, TPL } from '../../../shared/i18n/template';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import { resourcesDir } from '../paths';

/** The grid as she sees it: written by its own exporter, not from a file. */
export const SHEET_TEMPLATE = 'bang-tinh';

const BUNDLED: readonly { id: string; name: string; file: string }[] = [
  { id: 'giao-von', name: BUNDLED_TEMPLATE_NAME['giao-von'], file: 'tinh-hinh-giao-von-giai-ngan.xlsx' },
  { id: 'giai-doan', name: BUNDLED_TEMPLATE_NAME['giai-doan'], file: 'tong-hop-giai-doan.xlsx' },
  { id: 'chuyen-nguon', name: BUNDLED_TEMPLATE_NAME['chuyen-nguon'], file: 'doi-chieu-chuyen-nguon.xlsx' },
];

export function listTemplates(book: Book): TemplateInfo[] {
  return [
    ...BUNDLED.map((t) => ({ id: t.id, name: t.name, source: 'bundled' as const })),
    { id: SHEET_TEMPLATE, name: BUNDLED_TEMPLATE_NAME[SHEET_TEMPLATE], source: 'bundled' as const },
    ...book.tables.templates().map((t) => ({ id: t.id, name: t.name, source: 'book' as const, addedAt: t.addedAt })),
  ];
}

export function bundledTemplateFile(id: string): string | null {
  const t = BUNDLED.find((b) => b.id === id);
  return t ? path.join(resourcesDir(), 'templates', t.file) : null;
}

/** A template's bytes and name, bundled or from the book. */
export function templateBytes(book: Book, id: string): { name: string; bytes: Buffer } {
  const file = bundledTemplateFile(id);
  if (file) return { name: BUNDLED.find((b) => b.id === id)!.name, bytes: fs.readFileSync(file) };
  const own = book.tables.templateBytes(id);
  if (!own) throw new UserError(TPL.unknownTemplate(id));
  return own;
}

/** A new id for an added template, from its name: "mau-bao-cao-tinh", then "-2", "-3". */
export function newTemplateId(book: Book, name: string): string {
  const base = `mau-${slug(name) || 'bao-cao'}`;
  const taken = new Set([...BUNDLED.map((b) => b.id), SHEET_TEMPLATE, ...book.tables.templates().map((t) => t.id)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function isBundled(id: string): boolean {
  return id === SHEET_TEMPLATE || BUNDLED.some((b) => b.id === id);
}

/** A name as a file-name part: "Mẫu tỉnh Lai Châu" → "mau-tinh-lai-chau"; a long one is cut
 * after its last whole word within 40 letters, never mid-word ("...-giam-ngheo", not "-gia"). */
export function slug(name: string): string {
  const whole = words(name);
  if (whole.length <= SLUG_MAX) return whole;
  const cut = whole.slice(0, SLUG_MAX + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : whole.slice(0, SLUG_MAX);
}

const SLUG_MAX = 40;

function words(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A template of the book by this name (compared without case, marks or punctuation), if any:
 * two templates she cannot tell apart in a list are one too many. */
export function sameNamed(book: Book, name: string): { id: string; name: string } | null {
  const key = words(name);
  const t = book.tables.templates().find((x) => words(x.name) === key);
  return t ? { id: t.id, name: t.name } : null;
}
