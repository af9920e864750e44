// Unseen 12: the new layouts the importer reads in Unicode (a blank group-total column, "Tổng số |
// Trong đó: NSTW", units as columns) typed in TCVN3 (.VnTime, .VnTimeH for capitals) or VNI
// (VNI-Times), a few cells with the font lost (Times New Roman over TCVN3 text), as the first
// corpus's legacy-font family types its tables: "Trong ®ã: NSTW", "Ph©n bæ cho c¸c huyÖn".
// expected: the base family's, unchanged: the text, once decoded, says what the Unicode said.
import ExcelJS from 'exceljs';
import { Ctx, finish } from '../common';
import { Unencodable, encodeTcvn3, encodeVni } from '../legacy-encode';
import type { Family } from '../types';
import { blankGroupTotal } from './blank-group-total';
import { ofWhich } from './of-which';
import { unitsAsColumns } from './units-as-columns';

const encodable = (text: string) => {
  try {
    encodeTcvn3(text);
    return true;
  } catch (e) {
    if (e instanceof Unencodable) return false;
    throw e;
  }
};

export const legacyLayouts: Family = {
  name: 'legacy-layouts',
  description: 'a blank-group-total, of-which or units-as-columns table typed in TCVN3 or VNI, a few cells with the font lost',
  async make(seed) {
    const ctx = new Ctx('legacy-layouts', seed);
    const base = ctx.pick([blankGroupTotal, ofWhich, unitsAsColumns]);
    ctx.note('base', base.name);
    const encoding = ctx.pick(['tcvn3', 'tcvn3', 'vni'] as const, 'encoding');
    const lostFonts = ctx.chance(0.3, 'lostFonts');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Bieu 02']));
    const expected = base.draft(ctx, ws);
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
    }));
    return finish(ctx, wb, expected);
  },
};
