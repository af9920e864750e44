// Where a catalogue annex's table starts: the header row with an STT column and a name column
// right of it, under a title block of any height. The figure columns after the name are left alone.
import { fold, type SheetGrid } from '../import/grid';

export interface AnnexColumns {
  headerRow: number;
  /** the first row under the header, merged header cells (two or three rows deep) included */
  firstRow: number;
  sttCol: number;
  /** the name column, and the last column its header is merged over ("Nội dung" over B:C) */
  nameCol: number;
  nameEnd: number;
}

/** How far down a title block may push the header. */
export const HEADER_WITHIN_ROWS = 30;
const STT = /^(stt|tt|so tt|so thu tu)\.?$/;
const NAME = /^(noi dung|ten|danh muc|chi tieu|du an|hang muc)(\s|$)/;

export function findAnnexHeader(grid: SheetGrid): AnnexColumns | null {
  const last = Math.min(grid.sheet.rowCount, HEADER_WITHIN_ROWS);
  for (let r = 1; r <= last; r++) {
    const cells = grid.row(r);
    const stt = cells.find((c) => STT.test(fold(c.value)));
    const name = stt && cells.find((c) => c.col > stt.col && c !== stt && NAME.test(fold(c.value)));
    if (stt && name) return columns(grid, r, stt.col, name.col);
  }
  return null;
}

function columns(grid: SheetGrid, headerRow: number, sttCol: number, nameCol: number): AnnexColumns {
  const merges = grid.sheet.merges.filter((m) => m.top <= headerRow && m.bottom >= headerRow);
  const bottom = Math.max(headerRow, ...merges.map((m) => m.bottom));
  const nameMerge = merges.find((m) => m.left <= nameCol && m.right >= nameCol);
  return { headerRow, firstRow: bottom + 1, sttCol, nameCol, nameEnd: nameMerge?.right ?? nameCol };
}
