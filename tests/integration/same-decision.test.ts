// Issue 28: one decision, one origin. She imports the province's decision typed in TCVN3, then
// its .xls copy, then another file of the same decision with other figures: Sổ Vốn says it is the
// same decision, shows what differs, and writes nothing until she keeps one (replace, undone as
// one step) or names the second copy otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { loadCatalog } from '../../electron/backend/catalogs';
import { commitImport } from '../../electron/backend/import/commit-import';
import { type ImportOptions, previewImportBytes } from '../../electron/backend/import/import-file';
import { defaultSettings } from '../../shared/settings';
import { legacyAnnex } from '../support/legacy-annex';
import { tempDir } from '../support/temp';

const XLS = path.resolve(import.meta.dirname, '../fixtures/import/legacy-annex.xls');
const OTHER = path.resolve(import.meta.dirname, '../../../shared/fixtures/province/sample-2022-units-as-rows.xlsx');
const LABEL = 'QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)';
const SN: ImportOptions = { program: 'GNBV', capital: 'SN' };

let dir: string;
let tcvn3: Buffer;
const open: Book[] = [];
beforeAll(async () => {
  dir = tempDir('same-decision');
  tcvn3 = Buffer.from(await legacyAnnex().xlsx.writeBuffer());
});
afterEach(() => open.splice(0).forEach((b) => b.close()));

/** A book with the TCVN3-typed decision imported from "legacy.xlsx". */
async function bookWithDecision(name: string): Promise<Book> {
  const book = Book.create(path.join(dir, `${name}.sovon`), defaultSettings('Phong Thổ', 'Ủy ban nhân dân huyện Phong Thổ'), [loadCatalog('gnbv-2021-2025')]);
  open.push(book);
  commitImport(book, await previewImportBytes(book, tcvn3, 'legacy.xlsx', SN), tcvn3, false, true);
  return book;
}

/** What the book holds: its origins, every figure, what Hoàn tác would take. */
function state(book: Book) {
  return { origins: book.tables.origins(), claims: book.claims.select({ program: 'GNBV', ordered: true }), undo: book.undoInfo() };
}

const provinceFigures = (book: Book) => book.claims.select({ program: 'GNBV' }).filter((c) => c.key.origin !== 'books')
  .map((c) => `${c.key.node} ${Number(c.value) / 1e6}`).sort();

describe('the same decision from a second file', () => {
  it('its .xls copy is the same decision, figures identical, and is refused with the book untouched', async () => {
    const book = await bookWithDecision('xls-copy');
    const [origin] = book.tables.origins().filter((o) => o.kind === 'province');
    const bytes = fs.readFileSync(XLS);
    const preview = await previewImportBytes(book, bytes, 'legacy-annex.xls', SN);
    expect(preview.importedAs).toBeNull();
    expect(preview.sameDecision?.view).toMatchObject({
      origin: origin!.id, label: LABEL, identical: true, differences: [],
      message: `Quyết định số 413/QĐ-UBND ngày 06/04/2022 đã có trong sổ (nhập từ tệp "legacy.xlsx", nguồn "${LABEL}").`,
    });
    expect(preview.sameDecision?.diff).toMatchObject({ same: 3, changed: 0, onlyInBook: 0, onlyInFile: 0 });

    const before = state(book);
    expect(() => commitImport(book, preview, bytes, true, true)).toThrow(/đã có trong sổ[\s\S]*giống hệt[\s\S]*--replace qd-[0-9a-f]+[\s\S]*--keep-both/);
    expect(state(book)).toEqual(before);
  });

  it('a copy with other figures: what differs, then replaced in one step that Hoàn tác takes back', async () => {
    const book = await bookWithDecision('replace');
    const [origin] = book.tables.origins().filter((o) => o.kind === 'province');
    const was = provinceFigures(book);
    expect(was).toEqual(['DA1.1 2085', 'DA1.2 1234.5', 'GNBV 2085']);
    const bytes = fs.readFileSync(OTHER);
    const preview = await previewImportBytes(book, bytes, 'sample-2022-units-as-rows.xlsx', SN);
    const same = preview.sameDecision!;
    expect(same.origin.id).toBe(origin!.id);
    expect(same.diff).toMatchObject({ same: 1, changed: 1, onlyInFile: 8, onlyInBook: 1 });
    expect(same.view.identical).toBe(false);
    // the new figures are checked in place of the old: never the decision against itself
    expect(preview.flags.some((f) => f.claims.some((c) => c.origin === origin!.id))).toBe(false);
    expect(same.view.counts).toBe('So với sổ: 1 số giống nhau, 1 số khác, 8 số chỉ có trong tệp mới, 1 số chỉ có trong sổ.');
    expect(same.view.differences).toContainEqual({ line: expect.stringMatching(/^GNBV /), measure: 'Giao · Vốn SN', before: '2.085', after: '12.960' });
    expect(same.view.differences).toContainEqual({ line: expect.stringMatching(/^DA1\.2 Tiểu dự án 2/), measure: 'Giao · Vốn SN', before: '1.234,5', after: '(không có)' });

    // naming another origin than the decision's is refused too
    expect(() => commitImport(book, preview, bytes, false, true, { replace: 'books' })).toThrow(/không phải là quyết định của tệp này/);
    commitImport(book, preview, bytes, false, true, { replace: origin!.id });
    const now = book.tables.origins().filter((o) => o.kind === 'province');
    expect(now.map((o) => [o.id, o.label])).toEqual([[origin!.id, LABEL]]);
    expect(book.tables.originDocument(origin!.id)?.fileName).toBe('sample-2022-units-as-rows.xlsx');
    const replaced = provinceFigures(book);
    expect(replaced).toContain('GNBV 12960');
    expect(replaced.some((f) => f.startsWith('DA1.2 '))).toBe(false);
    expect(replaced).toHaveLength(10);

    expect(book.undo()).toBe(`thay ${LABEL} bằng tệp sample-2022-units-as-rows.xlsx`);
    expect(provinceFigures(book)).toEqual(was);
    expect(book.tables.originDocument(origin!.id)?.fileName).toBe('legacy.xlsx');
    book.redo();
    expect(provinceFigures(book)).toEqual(replaced);
  });

  it('keeps both only under a name of her own', async () => {
    const book = await bookWithDecision('both');
    const bytes = fs.readFileSync(XLS);
    const preview = await previewImportBytes(book, bytes, 'legacy-annex.xls', SN);
    const before = state(book);
    expect(() => commitImport(book, preview, bytes, false, true, { keepBothAs: ` ${LABEL.toLowerCase()} ` })).toThrow(/Sổ đã có nguồn tên/);
    expect(() => commitImport(book, preview, bytes, false, true, { keepBothAs: '  ' })).toThrow(/Hãy đặt tên/);
    expect(state(book)).toEqual(before);
    commitImport(book, preview, bytes, false, true, { keepBothAs: 'QĐ 413 (bản .xls)' });
    expect(book.tables.origins().filter((o) => o.kind === 'province').map((o) => o.label)).toEqual([LABEL, 'QĐ 413 (bản .xls)']);
  });
});

describe('what is not the same decision', () => {
  it('another annex of the decision, for other money, is an origin of its own', async () => {
    const book = await bookWithDecision('annexes');
    const wb = legacyAnnex();
    wb.getWorksheet('PL01')!.name = 'PL02';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await previewImportBytes(book, bytes, 'PL02.xlsx', { program: 'GNBV', capital: 'DT' });
    expect(preview.origin.label).toBe('QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL02)');
    expect(preview.sameDecision).toBeNull();
  });

  it('with no decision number in the title, the same file name and year is the same document', async () => {
    const book = Book.create(path.join(dir, 'unnumbered.sovon'), defaultSettings('Phong Thổ', 'Ủy ban nhân dân huyện Phong Thổ'), [loadCatalog('gnbv-2021-2025')]);
    open.push(book);
    const wb = legacyAnnex();
    wb.getWorksheet('PL01')!.getCell('A2').value = null;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    commitImport(book, await previewImportBytes(book, bytes, 'phu-luc.xlsx', SN), bytes, false, true);
    const again = await previewImportBytes(book, bytes.subarray(0), 'Phu-Luc.XLSX', SN);
    expect(again.importedAs).not.toBeNull();
    wb.getWorksheet('PL01')!.getCell('D8').value = 2100;
    const changed = Buffer.from(await wb.xlsx.writeBuffer());
    const copy = await previewImportBytes(book, changed, 'Phu-Luc.XLSX', SN);
    expect(copy.sameDecision?.view.message).toBe('Tài liệu này đã có trong sổ (nhập từ tệp "phu-luc.xlsx", nguồn "Tệp phu-luc.xlsx (PL01)").');
    expect(copy.sameDecision?.view.differences).toContainEqual(expect.objectContaining({ line: expect.stringMatching(/^DA1\.1 /), before: '2.085', after: '2.100' }));
    const elsewhere = await previewImportBytes(book, changed, 'phu-luc-khac.xlsx', SN);
    expect(elsewhere.sameDecision).toBeNull();
  });
});
