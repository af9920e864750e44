// What a row of a table is, told from its caption as she would tell it: the table's total
// ("TỔNG SỐ", "Cộng"), a memo ("Trong đó"), a group of rows ("a) Dự án chuyển tiếp", "b) Dự án
// khởi công mới", "Cấp huyện"), a line of the programme ("1. Tiểu dự án 1 ..."), a unit
// ("III. Huyện Phong Thổ", "UBND huyện Sìn Hồ"), or an item of her own (a work, a content). A
// group or a total never becomes a work.
import { fold } from './grid';
import { bareFold, isUnitName } from './header-words';
import { type CatalogMatcher, MEMO, type NodeMatch } from './match';

export type RowRole =
  | { role: 'total' }
  | { role: 'memo' }
  | { role: 'group' }
  | { role: 'line'; match: NodeMatch }
  | { role: 'unit'; name: string }
  | { role: 'item' };

const GROUP = new RegExp([
  '^(cac )?(du an|cong trinh|danh muc)?\\s*(chuyen tiep|khoi cong moi|moi|hoan thanh|chuan bi dau tu|thuc hien)\\b',
  '^(cac )?(du an|cong trinh) (nhom [abc]|da hoan thanh|dang thuc hien|chua)\\b',
  '^cap (tinh|huyen|xa)\\b',
  '^(chi tiet|phan bo) (theo|cho)\\b',
].join('|'));

/** `within`: the project the rows above were under, to read "1. Tiểu dự án 1" against it. */
export function rowRole(caption: string, matcher: CatalogMatcher, within: string | null): RowRole {
  const folded = fold(caption);
  if (matcher.isTotal(caption)) return { role: 'total' };
  if (MEMO.test(bareFold(caption)) || MEMO.test(folded)) return { role: 'memo' };
  if (GROUP.test(bareFold(caption))) return { role: 'group' };
  if (isUnitName(caption)) return { role: 'unit', name: caption };
  const match = matcher.match([caption], within);
  if (match && !match.node.includes('@')) return { role: 'line', match };
  return { role: 'item' };
}
