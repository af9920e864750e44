// What one header cell is, before what it says is read: a line of the programme ("Dự án 1: Hỗ
// trợ đầu tư phát triển hạ tầng ..."), a unit ("H. Phong Thổ", "UBND huyện Sìn Hồ"), words of money
// (a capital type, a source, a measure: "Vốn đầu tư phát triển", "NSTW", "Giải ngân"), a total
// ("Tổng số", "Cộng"), or a caption grouping the columns below it ("Chia ra", "Cấp huyện"). Only
// words of money are read for capital, source and measure: a line's or a unit's name says
// nothing of them, whatever words it holds.
import type { Capital, Measure, Source } from '../claim';
import { fold } from './grid';
import type { CatalogMatcher } from './match';
import { numbering } from './match';
import { measureOf } from './measure-words';
import { capitalOf, sourceOf } from './title';

export type HeaderWord =
  | { role: 'line'; text: string }
  | { role: 'unit'; text: string }
  /** `decrease`: "Điều chỉnh giảm", a column of adjustments taken away */
  | { role: 'money'; text: string; capital: Capital | null; source: Source | null; measure: Measure | null; decrease?: boolean }
  | { role: 'total'; text: string }
  | { role: 'group'; text: string }
  /** words it does not know: a unit's bare name ("Sìn Hồ") among units, or a note column */
  | { role: 'other'; text: string };

export type HeaderRole = HeaderWord['role'];

const TOTAL = /^(tong so|tong cong|cong|tong|tong von|tong kinh phi|tong du toan)$/;
const GROUP = /^(chia ra|trong do|bao gom|chi tiet|cap (tinh|huyen|xa)|phan bo (cho|chi tiet)|don vi thuc hien|ghi chu|stt|tt|noi dung|ten |danh muc|dia diem|ma |(so tien|so von|gia tri|kinh phi)$|luy ke (tu dau nam|den)|(tu dau nam )?den (ngay|het|\d))\b/;

const PART = /^\s*(trong\s+đó|chia\s+ra|bao\s+gồm|gồm)\s*[:,–-]?\s*/iu;

/** The beginning of a unit's name as provinces write it, abbreviations included. */
export const UNIT_START = /^((huyen|xa|thi xa|thanh pho|phuong|thi tran|ubnd|uy ban nhan dan|ban (qlda|quan ly))(\s|$)|(h|tx|tp|tt)\.\s*(?=\S)|(tp|tx)\s)/;

export function isUnitName(text: string): boolean {
  // "H. Phong Thổ" is a district, though "b. Đào tạo nghề" is numbered
  return UNIT_START.test(fold(text)) || UNIT_START.test(bareFold(text));
}

/** Folded, without a leading numbering ("III.", "1.", "a)", "-") or a trailing mark ("(*)"). */
export function bareFold(text: string): string {
  return fold(text).replace(/^([ivxlc]+|\d+(\.\d+)*|[a-z])[.)]\s+|^[-+*•–]\s*/, '').replace(/\s*(\(\*+\)|\*+)$/, '').trim();
}

/** `isMine`: her unit, however bare its name ("Phong Thổ" over her columns is a unit); `year`:
 * the table's, for money carried into a year ("kéo dài sang năm 2025"). */
export function readHeaderWord(text: string, matcher: CatalogMatcher, isMine: (text: string) => boolean = () => false, year: number | null = null): HeaderWord {
  // "Trong đó: NSTW" is a part of the column beside it: what it is, is what follows
  const part = PART.exec(text.normalize('NFC'));
  if (part && part[0].length < text.trim().length) return { ...readHeaderWord(text.trim().slice(part[0].length), matcher, isMine, year), text };
  // "Số tiền (triệu đồng)": the unit in brackets is the table's unit (locate.ts), not a word of the column
  const folded = fold(text).replace(/\s*\((trieu|nghin|ngan|ty)? ?dong\)|\s*\(tr\.? ?dong\)/g, '').replace(/[:.]+$/, '');
  if (TOTAL.test(folded.replace(/[^a-z ]/g, '').trim())) return { role: 'total', text };
  if (GROUP.test(folded)) return { role: 'group', text };
  // numbered ("Dự án 1: ...", "TDA 2") or a catalogue name word for word: a line, whatever words it holds
  // ("Tổng mức đầu tư" begins like a total row but is no line)
  const asLine = matcher.isTotal(text) ? null : matcher.match([text]);
  if (numbering(text) !== null || asLine?.sure) return { role: 'line', text };
  if (isUnitName(text) || isMine(text)) return { role: 'unit', text };
  // an estimate ("Ước giải ngân cả năm", "Dự kiến"), or the plan after its adjustments (the
  // allocation plus them), is no figure of the book: said, not read
  if (/^(uoc|du kien|du bao)\b|sau (dieu chinh|bo sung)/.test(folded)) return { role: 'other', text };
  // "Điều chỉnh tăng | Điều chỉnh giảm", or "Tăng | Giảm" under "Điều chỉnh": one adjustment, the decrease taken away
  const change = /^(dieu chinh |bo sung )?(tang|giam)( them)?$/.exec(folded);
  if (change) return { role: 'money', text, capital: null, source: null, measure: 'adjusted', ...(change[2] === 'giam' && { decrease: true }) };
  const capital = capitalOf(folded);
  const source = sourceOf(folded);
  const measure = measureOf([text], year);
  if (capital || source || measure) return { role: 'money', text, capital, source, measure };
  // a catalogue name written a little differently: still a line
  if (asLine) return { role: 'line', text };
  return { role: 'other', text };
}

/** "Phong Thổ", or the book's "Ủy ban nhân dân huyện Phong Thổ", finds "Huyện Phong Thổ" and "UBND
 * huyện Phong Thổ", not "Phong Thổ 2". */
export function sameUnit(text: string, unit: string): boolean {
  const t = bareFold(text);
  const u = unitCore(unit);
  return u.length > 0 && new RegExp(`(^|[\\s.])${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(t);
}

/** Her unit named alone ("Phong Thổ", "H. Phong Thổ", "UBND huyện Phong Thổ"), not a work or
 * a centre that ends with her unit's name ("Trung tâm GDNN-GDTX huyện Phong Thổ"). */
export function isHerUnitAlone(text: string, unit: string): boolean {
  return unitCore(unit).length > 0 && unitCore(text) === unitCore(unit);
}

/** Her unit's name inside a line of a title ("PHÂN BỔ … CHO HUYỆN PHONG THỔ", "Đơn vị: UBND huyện Phong Thổ"). */
export function namesUnit(text: string, unit: string): boolean {
  const core = unitCore(unit);
  return core.length > 0 && new RegExp(`(^|[^a-z])${core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(fold(text));
}

/** A sheet named after her unit, however squeezed: "Phong Thổ", "PhongTho", "PL-Phong Thổ". */
export function sheetNamesUnit(name: string, unit: string): boolean {
  const squeeze = (t: string) => fold(t).replace(/[^a-z]/g, '');
  const core = squeeze(unitCore(unit));
  return core.length > 0 && squeeze(name).endsWith(core);
}

/** A unit's name without what says its kind: "Ủy ban nhân dân huyện Phong Thổ" → "phong tho". */
function unitCore(unit: string): string {
  return bareFold(unit).replace(/^(uy ban nhan dan|ubnd)\s+/, '').replace(UNIT_START, '').trim();
}
