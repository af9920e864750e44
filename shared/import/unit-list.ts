// The units the wizard offers her to pick from: the names a table gives its units, kept only
// when they are a unit's name. A table's captions and headers also hold a column's letter ("B"),
// a level heading ("Cấp tỉnh", "Các huyện, thành phố"), a total ("Tổng cộng", "Toàn tỉnh") or an
// investor that keeps no book ("Cộng đồng dân cư bản Na Củng"): picking one reads nothing.
import { foldText } from '../fold';
import { UNIT_START, bareFold } from './header-words';

/** A total or a level of units, never a unit: "Cộng cấp huyện", "KHỐI TỈNH", "Các sở, ngành". */
const NOT_A_UNIT = new RegExp('^(' + [
  'tong( so| cong| von| kinh phi)?', 'cong( cap .*| [a-z])?', 'toan (tinh|huyen|xa)', 'ca (tinh|huyen|xa)',
  'cap (trung uong|tinh|huyen|xa)\\b.*', 'khoi (tinh|huyen|xa)\\b.*', 'cac (so|ban|nganh|huyen|xa|don vi|phuong|thi tran)\\b.*',
  'chia ra\\b.*', 'trong do\\b.*', 'phan bo\\b.*', 'chi tiet\\b.*', 'du phong\\b.*', 'chua phan bo\\b.*',
  'cong dong\\b.*', 'ho gia dinh\\b.*', 'nguoi dan\\b.*',
  // a header's words that are no unit's: numbering, notes, money
  '[ivxlc]+|stt|tt|ghi chu|noi dung|ten don vi|don vi( thuc hien)?|nstw|nsdp|ngan sach\\b.*|von\\b.*|kinh phi\\b.*|(tieu )?du an\\b.*',
].join('|') + ')$');

/** A province's agency or a unit under it: "Sở Y tế", "Ban Dân tộc tỉnh", "Phòng KT-HT huyện Sìn Hồ". */
const AGENCY = /^(so|ban|phong|trung tam|van phong|chi cuc|benh vien|truong|hoi|doan|lien minh|uy ban|cong an|bo chi huy|bo|cuc|kho bac|tinh doan|mat tran)\s/;

/** A unit's name in the words the table gives it, without its numbering ("II. UBND huyện Phong
 * Thổ" → "UBND huyện Phong Thổ"; "H. Phong Thổ" is a district, not numbered h); null when it is
 * no unit's name. */
export function unitName(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim().replace(/^([IVXLC]+[.)]|\d+(\.\d+)*[.)]?|[a-zđ]\))\s+|^[-+*•–]\s*/, '').trim();
  const folded = foldText(name);
  if (!/\p{L}{2}/u.test(name) || NOT_A_UNIT.test(folded.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim())) return null;
  if (UNIT_START.test(bareFold(name)) || AGENCY.test(folded)) return name;
  // a place written bare ("Phong Thổ", "TP Lai Châu", "THAN UYÊN"): a few words, each a capital first
  const words = name.split(' ');
  return words.length <= 5 && words.every((w) => /^\p{Lu}\p{L}*\.?$/u.test(w)) ? name : null;
}

/** The units of a table, each once, in its order, as she may pick them. */
export function unitList(names: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const n of names) {
    const name = unitName(n);
    if (name !== null && !out.has(foldText(name))) out.set(foldText(name), name);
  }
  return [...out.values()];
}
