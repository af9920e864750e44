// The font of each cell of an .xls (BIFF8, and BIFF5 of Excel 95). SheetJS reads the values but
// drops fonts, and in an old .xls the font is how we know a cell holds TCVN3 or VNI text. So this
// walks the workbook stream's records ([MS-XLS] 2.4): FONT and XF in the globals, then each
// sheet's cell records, which all start with row, column and XF index. It also sees FILEPASS,
// the mark of a password-protected file.

export interface CellFont {
  name: string;
  bold: boolean;
}

export interface BiffFonts {
  passwordProtected: boolean;
  /** by sheet name; row and column 0-based as in the file */
  fontAt: Map<string, (row: number, col: number) => CellFont | undefined>;
}

const BOF = 0x0809, EOF = 0x000a, FILEPASS = 0x002f, FONT = 0x0031, XF = 0x00e0, BOUNDSHEET = 0x0085;
const MULRK = 0x00bd;
/** LABELSST, LABEL, RSTRING, NUMBER, RK, BOOLERR, FORMULA: row, col, ixfe at offsets 0, 2, 4 */
const CELL_RECORDS = new Set([0x00fd, 0x0204, 0x00d6, 0x0203, 0x027e, 0x0205, 0x0006]);

interface BiffRecord {
  type: number;
  data: Buffer;
}

function* records(stream: Buffer, start: number): Generator<BiffRecord> {
  let depth = 0;
  for (let p = start; p + 4 <= stream.length;) {
    const type = stream.readUInt16LE(p), length = stream.readUInt16LE(p + 2);
    const data = stream.subarray(p + 4, p + 4 + length);
    p += 4 + length;
    yield { type, data };
    // A chart embedded in a sheet is a substream of its own, with its own BOF and EOF.
    if ((type & 0xff) === 0x09 && type <= BOF) depth++;
    if (type === EOF && --depth <= 0) return;
  }
}

export function readBiffFonts(stream: Buffer): BiffFonts {
  const fonts: CellFont[] = [];
  const xfFont: number[] = [];
  const sheets: { name: string; at: number }[] = [];
  let biff8 = true;
  let passwordProtected = false;
  for (const { type, data } of records(stream, 0)) {
    if (type === BOF) biff8 = data.readUInt16LE(0) === 0x0600;
    else if (type === FILEPASS) passwordProtected = true;
    else if (type === FONT) fonts.push({ name: shortString(data, 14, biff8), bold: data.readUInt16LE(6) >= 700 });
    else if (type === XF) xfFont.push(data.readUInt16LE(0));
    else if (type === BOUNDSHEET && data[5] === 0) sheets.push({ name: shortString(data, 6, biff8), at: data.readUInt32LE(0) });
  }
  const fontAt = new Map<string, (row: number, col: number) => CellFont | undefined>();
  if (passwordProtected) return { passwordProtected, fontAt }; // the rest of the stream is ciphertext
  // Font index 4 does not exist in BIFF ("for backward compatibility"), so 5 is the fifth font.
  const fontOf = (xf: number | undefined) => (xf === undefined ? undefined : fonts[xfFont[xf]! < 4 ? xfFont[xf]! : xfFont[xf]! - 1]);
  for (const sheet of sheets) {
    const xfs = cellXfs(stream, sheet.at);
    fontAt.set(sheet.name, (row, col) => fontOf(xfs.get(row * 0x10000 + col)));
  }
  return { passwordProtected, fontAt };
}

/** XF index of every cell of the sheet whose BOF is at `at`, keyed row * 65536 + col. */
function cellXfs(stream: Buffer, at: number): Map<number, number> {
  const xfs = new Map<number, number>();
  for (const { type, data } of records(stream, at)) {
    if (CELL_RECORDS.has(type) && data.length >= 6) {
      xfs.set(data.readUInt16LE(0) * 0x10000 + data.readUInt16LE(2), data.readUInt16LE(4));
    } else if (type === MULRK && data.length >= 6) {
      const row = data.readUInt16LE(0), first = data.readUInt16LE(2);
      for (let i = 0, p = 4; p + 6 <= data.length - 2; i++, p += 6) xfs.set(row * 0x10000 + first + i, data.readUInt16LE(p));
    }
  }
  return xfs;
}

/** ShortXLUnicodeString: a length byte, then (BIFF8) a flags byte saying whether it is UTF-16. */
function shortString(data: Buffer, at: number, biff8: boolean): string {
  const length = data[at] ?? 0;
  if (!biff8) return data.toString('latin1', at + 1, at + 1 + length);
  const wide = ((data[at + 1] ?? 0) & 1) === 1;
  return wide ? data.toString('utf16le', at + 2, at + 2 + 2 * length) : data.toString('latin1', at + 2, at + 2 + length);
}
