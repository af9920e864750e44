// Family 9: another family's table on the 2nd or 3rd sheet, behind a "Hướng dẫn" or "Tổng hợp"
// sheet of text only, or behind a hidden sheet holding an older draft of the same table (other
// figures: reading it would be reading the wrong decision).
import ExcelJS from 'exceljs';
import { Ctx, type Draft, finish } from './common';
import { contentsRowsUnitCapital } from './contents-rows-unit-capital';
import { measuresAsColumns } from './measures-as-columns';
import type { Family } from './types';
import { unitsRowsProjects } from './units-rows-projects';
import { worksBySubproject } from './works-by-subproject';

const BASES: { name: string; draft: Draft }[] = [unitsRowsProjects, contentsRowsUnitCapital, measuresAsColumns, worksBySubproject];

const GUIDE = ['HƯỚNG DẪN SỬ DỤNG PHỤ LỤC', '1. Các đơn vị căn cứ phụ lục kèm theo để triển khai thực hiện.', '2. Đề nghị không sửa cấu trúc biểu; số liệu báo cáo về Sở Tài chính trước ngày 15 hằng tháng.'];
const SUMMARY = ['TỔNG HỢP CÁC PHỤ LỤC KÈM THEO QUYẾT ĐỊNH', 'Phụ lục 01: Phân bổ kế hoạch vốn cho các đơn vị', 'Phụ lục 02: Danh mục dự án đầu tư', 'Phụ lục 03: Tình hình giải ngân'];

export const laterSheet: Family = {
  name: 'later-sheet',
  description: 'a table of families 1, 3, 5 or 7 on the 2nd or 3rd sheet, after a text-only or a hidden sheet',
  async make(seed) {
    const ctx = new Ctx('later-sheet', seed);
    const base = ctx.pick(BASES);
    const fronts = ctx.pick([['guide'], ['summary'], ['hidden'], ['guide', 'hidden'], ['summary', 'guide'], ['hidden', 'summary']] as const);
    ctx.note('base', base.name);
    ctx.note('before', fronts);
    const wb = new ExcelJS.Workbook();
    for (const front of fronts) {
      if (front === 'hidden') {
        const ws = wb.addWorksheet(ctx.pick(['Bản nháp', 'Data', 'PL01 (cũ)']), { state: 'hidden' });
        base.draft(new Ctx(`${base.name}-draft`, seed), ws);
        continue;
      }
      const ws = wb.addWorksheet(front === 'guide' ? 'Hướng dẫn' : 'Tổng hợp');
      (front === 'guide' ? GUIDE : SUMMARY).forEach((t, i) => { ws.getCell(i + 1, 1).value = t; });
    }
    const expected = base.draft(ctx, wb.addWorksheet(ctx.pick(['PL01', 'Phụ lục 01', 'Biểu chi tiết'])));
    return finish(ctx, wb, expected);
  },
};
