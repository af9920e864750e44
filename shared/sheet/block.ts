// A block of cells as the spreadsheets she knows select it (an anchor and the corner she moved
// to), and the text that goes through the clipboard: tab between cells, a line per row, which is
// what Excel and LibreOffice copy and paste.

/** A cell by its place on screen: displayed row, and figure column counted from the first. */
export interface GridPos {
  row: number;
  col: number;
}

export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function blockOf(anchor: GridPos, corner: GridPos): Block {
  return {
    top: Math.min(anchor.row, corner.row), bottom: Math.max(anchor.row, corner.row),
    left: Math.min(anchor.col, corner.col), right: Math.max(anchor.col, corner.col),
  };
}

export function inBlock(block: Block | null, row: number, col: number): boolean {
  return block !== null && row >= block.top && row <= block.bottom && col >= block.left && col <= block.right;
}

export function blockSize(block: Block): { rows: number; cols: number } {
  return { rows: block.bottom - block.top + 1, cols: block.right - block.left + 1 };
}

/** Clipboard text to rows of cells. A final line break (Excel ends every copy with one) is not
 * an empty row; quoted cells (a text with a tab or a line break in it) are unquoted. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join('\t')).join('\r\n') + '\r\n';
}

function quoteCell(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Where each pasted value goes. One value fills the whole block (as Excel does); a block of
 * values lands from the block's top left, as large as it is, clipped to the sheet's edge. */
export function pastePlan(block: Block, data: readonly (readonly string[])[], limits: { rows: number; cols: number }): { pos: GridPos; text: string }[] {
  const single = data.length === 1 && data[0]!.length === 1;
  const plan: { pos: GridPos; text: string }[] = [];
  if (single) {
    for (let row = block.top; row <= block.bottom; row++) {
      for (let col = block.left; col <= block.right; col++) plan.push({ pos: { row, col }, text: data[0]![0]! });
    }
    return plan;
  }
  data.forEach((values, i) => values.forEach((text, j) => {
    const pos = { row: block.top + i, col: block.left + j };
    if (pos.row < limits.rows && pos.col < limits.cols) plan.push({ pos, text });
  }));
  return plan;
}

/** Ctrl+D: every row of the block takes the values of its top row. */
export function fillDownPlan(block: Block, topValues: readonly string[]): { pos: GridPos; text: string }[] {
  const plan: { pos: GridPos; text: string }[] = [];
  for (let row = block.top + 1; row <= block.bottom; row++) {
    topValues.forEach((text, j) => plan.push({ pos: { row, col: block.left + j }, text }));
  }
  return plan;
}
