// The words a placeholder may use, with and without diacritics: she types "giải ngân" or
// "giai ngan", "ĐT" or "DT", and both mean the same. Compared in a folded form (lower case,
// no marks, đ → d), longest phrase first so "chuyển sang năm sau" is not read as "chuyển sang".
import type { Capital, Measure, Source } from '../claim';
import type { Scale } from '../money';
import type { ListKind, SettingField } from './syntax';
import { foldText } from '../fold';

/** Lower case, no diacritics, đ → d, single spaces (../fold.ts). */
export const fold = foldText;

export const MEASURE_WORDS: Record<string, Measure> = {
  'chuyen sang': 'carry_in', 'nam truoc chuyen sang': 'carry_in', 'keo dai': 'carry_in', 'carry_in': 'carry_in',
  'giao': 'allocated', 'giao trong nam': 'allocated', 'giao dau nam': 'allocated', 'ke hoach': 'allocated', 'allocated': 'allocated',
  'dieu chinh': 'adjusted', 'dieu chinh bo sung': 'adjusted', 'bo sung': 'adjusted', 'adjusted': 'adjusted',
  'duoc su dung': 'available', 'tong duoc su dung': 'available', 'duoc chi': 'available', 'available': 'available',
  'giai ngan': 'disbursed', 'da su dung': 'disbursed', 'disbursed': 'disbursed',
  'huy': 'cancelled', 'bi huy': 'cancelled', 'nop tra': 'cancelled', 'cancelled': 'cancelled',
  'chuyen nam sau': 'carry_out', 'chuyen sang nam sau': 'carry_out', 'con lai': 'carry_out', 'carry_out': 'carry_out',
  'ty le': 'rate', 'ty le giai ngan': 'rate', 'rate': 'rate',
};

/** null: ĐT and SN together, said out loud */
export const CAPITAL_WORDS: Record<string, Capital | null> = { 'dt': 'DT', 'von dt': 'DT', 'sn': 'SN', 'von sn': 'SN', 'tx': 'SN', 'cong': null, 'tong': null };

export const SOURCE_WORDS: Record<string, Source> = { 'nstw': 'NSTW', 'nsdp': 'NSDP', 'huy dong': 'HUY_DONG', 'long ghep': 'LONG_GHEP' };

export const SCALE_WORDS: Record<string, Scale> = {
  'dong': 'dong', 'nghin': 'nghin', 'nghin dong': 'nghin', 'trieu': 'trieu', 'trieu dong': 'trieu', 'ty': 'ty', 'ty dong': 'ty',
};

export const SETTING_WORDS: Record<string, SettingField> = {
  'ten don vi': 'unitName', 'don vi': 'unitName', 'co quan chu quan': 'parentAgency', 'cap tren': 'parentAgency',
  'ma don vi': 'unitCode', 'ma dvqhns': 'unitCode', 'dia danh': 'place', 'ten so': 'title', 'ten chuong trinh': 'programName',
  'nguoi lap bieu': 'preparer', 'ke toan truong': 'chiefAccountant', 'thu truong': 'head', 'thu truong don vi': 'head',
  'chuc danh nguoi lap bieu': 'preparerTitle', 'chuc danh ke toan truong': 'chiefAccountantTitle', 'chuc danh thu truong': 'headTitle',
  'chuc danh thu truong don vi': 'headTitle',
};

export const LIST_WORDS: Record<string, ListKind> = {
  'du an': 'projects', 'tieu du an': 'subprojects', 'don vi': 'units', 'don vi thuc hien': 'units',
  'cong trinh': 'works', 'dong': 'rows', 'cac dong': 'rows', 'nam': 'years', 'cac nam': 'years',
};

export const FIELD_WORDS: Record<string, 'stt' | 'code' | 'name'> = { 'stt': 'stt', 'so thu tu': 'stt', 'ma': 'code', 'ten': 'name', 'noi dung': 'name' };

/** Keys written "key: value" whose value is taken as typed (names, origin ids). */
export const KEYED_WORDS: Record<string, 'origin' | 'unit' | 'program'> = {
  'theo': 'origin', 'nguon so lieu': 'origin', 'dvth': 'unit', 'don vi thuc hien': 'unit', 'chuong trinh': 'program',
};

/** The longest phrase of `table` that starts `words` at `at`, in words (0: none). */
export function matchPhrase(table: Record<string, unknown>, words: readonly string[], at: number): number {
  for (let n = Math.min(5, words.length - at); n > 0; n--) {
    if (Object.hasOwn(table, words.slice(at, at + n).join(' '))) return n;
  }
  return 0;
}

/** "Đơn vị tính: triệu đồng", "ĐVT: đồng" typed as plain text: the unit it names, if any. */
export function scaleOfText(text: string): Scale | null {
  const m = fold(text).match(/(?:don vi tinh|dvt)\s*:?\s*(trieu|nghin|ngan|ty|dong)\b/);
  if (!m) return null;
  return m[1] === 'ngan' ? 'nghin' : (m[1] as Scale);
}
