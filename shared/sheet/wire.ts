// A year's sheet as it travels to the window: the same rows, a quarter of the bytes. A 100 000-
// claim book's sheet is 3 353 rows of up to 18 figures; as plain JSON every figure repeats its
// column name and `"kind":"money","dong":…,"stated":…`, 4.5 MB that the server writes, the
// browser receives and parses before the first paint. Packed, a row is one array and a plain
// figure three numbers: 1.2 MB, parsed and unpacked in a third of the time. Only the transports pack and unpack (shared/wire.ts); everything else
// sees a Sheet.
import { SHEET_COLUMNS, type ColumnId } from './columns';
import type { Sheet, SheetCell, SheetRow } from './sheet';

/** How a figure is packed: its column's index, this tag, then the values the tag names. */
const enum Tag {
  /** + đồng */
  Money = 0,
  /** + đồng */
  StatedMoney = 1,
  /** + percent, decimals */
  Rate = 2,
  /** + percent, decimals */
  StatedRate = 3,
  /** + the cell as it is (a stated total with what it would compute to, a dated figure) */
  Whole = 4,
}

type Packed = string | number | null | SheetCell;
type PackedRow = [id: string, node: string, unit: string | null, code: string, label: string, kind: SheetRow['kind'], depth: number, parentId: string | null, flags: number, cells: Packed[], program?: string];

export interface PackedSheet {
  packed: 'sheet/1';
  sheet: Omit<Sheet, 'rows'>;
  rows: PackedRow[];
}

const HAS_CHILDREN = 1;
const OWN = 2;

function packCell(cell: SheetCell, out: Packed[]): void {
  const plain = cell.asOf === undefined && cell.otherDates === undefined;
  if (plain && cell.kind === 'money' && cell.computed === undefined) out.push(cell.stated ? Tag.StatedMoney : Tag.Money, cell.dong);
  else if (plain && cell.kind === 'rate') out.push(cell.stated ? Tag.StatedRate : Tag.Rate, cell.percent, cell.decimals);
  else out.push(Tag.Whole, cell);
}

/** Sheets packed before they are asked for (a window's first sheet, while its page loads). A
 * sheet is never changed once built, so its packed form stays true. */
const packedAhead = new WeakMap<Sheet, PackedSheet>();

export function packAhead(sheet: Sheet): void {
  packedAhead.set(sheet, packed(sheet));
}

export function packSheet(sheet: Sheet): PackedSheet {
  return packedAhead.get(sheet) ?? packed(sheet);
}

function packed(sheet: Sheet): PackedSheet {
  const { rows, ...rest } = sheet;
  return {
    packed: 'sheet/1',
    sheet: rest,
    rows: rows.map((r) => {
      const cells: Packed[] = [];
      for (let c = 0; c < SHEET_COLUMNS.length; c++) {
        const cell = r.cells[SHEET_COLUMNS[c]!.id];
        if (!cell) continue;
        cells.push(c);
        packCell(cell, cells);
      }
      const row: PackedRow = [r.id, r.node, r.unit, r.code, r.label, r.kind, r.depth, r.parentId, (r.hasChildren ? HAS_CHILDREN : 0) | (r.own ? OWN : 0), cells];
      if (r.program !== undefined) row.push(r.program);
      return row;
    }),
  };
}

export function isPackedSheet(v: unknown): v is PackedSheet {
  return typeof v === 'object' && v !== null && (v as { packed?: unknown }).packed === 'sheet/1';
}

export function unpackSheet(p: PackedSheet): Sheet {
  return { ...p.sheet, rows: p.rows.map(unpackRow) };
}

function unpackRow([id, node, unit, code, label, kind, depth, parentId, flags, packed, program]: PackedRow): SheetRow {
  const cells: Partial<Record<ColumnId, SheetCell>> = {};
  for (let i = 0; i < packed.length;) {
    const column = SHEET_COLUMNS[packed[i++] as number]!.id;
    const tag = packed[i++] as Tag;
    if (tag === Tag.Money || tag === Tag.StatedMoney) cells[column] = { kind: 'money', dong: packed[i++] as number, stated: tag === Tag.StatedMoney };
    else if (tag === Tag.Rate || tag === Tag.StatedRate) {
      cells[column] = { kind: 'rate', percent: packed[i] as number, decimals: packed[i + 1] as number, stated: tag === Tag.StatedRate };
      i += 2;
    } else cells[column] = packed[i++] as SheetCell;
  }
  const row: SheetRow = { id, node, unit, code, label, kind, depth, parentId, hasChildren: (flags & HAS_CHILDREN) !== 0, own: (flags & OWN) !== 0, cells };
  if (program !== undefined) row.program = program;
  return row;
}
