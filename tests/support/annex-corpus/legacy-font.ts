// Family 10: a family 1 or 3 table whose text is typed in TCVN3 (.VnTime, and .VnTimeH for the
// capitals VN3 lacks: titles, "TỔNG CỘNG") or VNI (VNI-Times); now and then a cell whose font was
// lost on pasting (Times New Roman over TCVN3 text: only the text says what it is). Every string
// encoded is kept with its encoding, for the test to check that decoding gives it back.
import ExcelJS from 'exceljs';
import { Ctx, finish } from './common';
import { contentsRowsUnitCapital } from './contents-rows-unit-capital';
import { Unencodable, encodeTcvn3, encodeVni } from './legacy-encode';
import type { AnnexCase, ExpectedFigure, Family } from './types';
import { unitsRowsProjects } from './units-rows-projects';

export interface Encoded { text: string; raw: string; encoding: 'tcvn3' | 'vni'; capitals: boolean }

export async function legacyCase(seed: number): Promise<{ annex: AnnexCase; encoded: Encoded[] }> {
  const ctx = new Ctx('legacy-font', seed);
  const base = ctx.pick([unitsRowsProjects, contentsRowsUnitCapital]);
  ctx.note('base', base.name);
  const encoding = ctx.pick(['tcvn3', 'tcvn3', 'vni'] as const, 'encoding');
  const lostFonts = ctx.chance(0.3, 'lostFonts');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(ctx.pick(['PL01', 'Bieu 01']));
  const expected: ExpectedFigure[] = base.draft(ctx, ws);
  const encoded: Encoded[] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value !== 'string' || (cell.isMerged && cell.master !== cell)) return;
    const text = cell.value;
    let raw: string, font: string, capitals = false;
    if (encoding === 'vni') [raw, font] = [encodeVni(text), 'VNI-Times'];
    else {
      capitals = /[^\x00-\x7f]/.test(text) && text === text.toUpperCase() && (ctx.chance(0.7) || !encodable(text));
      if (!capitals && !encodable(text)) return; // "Ủy ban ...": typed in Unicode beside the old text
      [raw, font] = [encodeTcvn3(text, capitals), capitals ? '.VnTimeH' : ctx.pick(['.VnTime', '.VnArial'])];
    }
    cell.value = raw;
    const lost = lostFonts && raw !== text && !capitals && ctx.chance(0.25);
    cell.font = { ...cell.font, name: lost ? 'Times New Roman' : font };
    encoded.push({ text, raw, encoding, capitals });
  }));
  return { annex: await finish(ctx, wb, expected), encoded };
}

function encodable(text: string): boolean {
  try {
    encodeTcvn3(text);
    return true;
  } catch (e) {
    if (e instanceof Unencodable) return false;
    throw e;
  }
}

export const legacyFont: Family = {
  name: 'legacy-font',
  description: 'a family 1 or 3 table typed in TCVN3 (.VnTime / .VnTimeH) or VNI (VNI-Times), a few cells with the font lost',
  make: async (seed) => (await legacyCase(seed)).annex,
};
