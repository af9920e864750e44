// Issue 28: the reconciliation sheet is one she can sign. A document is compared only within
// what it states (a decision of sự nghiệp money against her books' SN money, never against her
// investment money), and the column headers print on every page, however long the documents'
// names are.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/claim';
import { Book } from '../../electron/backend/book/book';
import { importClaims } from '../../electron/backend/claims-io';
import { htmlToPdf } from '../../electron/backend/print/pdf';
import { Service } from '../../electron/backend/service/service';
import { killChildren } from '../support/children';
import { sovon } from '../support/cli';
import { pdfInfo, pdfText, squeeze } from '../support/pdf';
import { tempDir } from '../support/temp';

let dir: string;
let demo: string;

beforeAll(async () => {
  dir = tempDir('print-reconcile');
  demo = path.join(dir, 'demo.sovon');
  expect((await sovon('new', demo, '--demo')).code).toBe(0);
}, 60_000);
afterEach(() => killChildren('chrom|electron'));

/** A copy of the demo book with more documents: each gives her books' 2023 figures that `pick`
 * keeps (and any claims of its own). */
function withDocuments(name: string, origins: ({ id: string } & Record<string, unknown>)[], pick: (c: Claim) => boolean, extra: object[] = []): string {
  const file = path.join(dir, `${name}.sovon`);
  fs.copyFileSync(demo, file);
  const book = Book.open(file);
  try {
    const mine = book.claims.select({ program: 'GNBV', origin: 'books' }).filter((c) => c.key.period.from === 2023 && c.key.measure !== 'rate' && pick(c));
    const claims = origins.flatMap((o) => mine.map(({ key: k, value }) => ({
      origin: o.id, year: 2023, node: k.node, ...(k.unit && { unit: k.unit }), ...(k.capital && { capital: k.capital }), ...(k.source && { source: k.source }),
      measure: k.measure, value, scale: 'dong',
    })));
    importClaims(book, { format: 'sovon-claims/1', program: 'GNBV', origins, claims: [...claims, ...extra] });
  } finally {
    book.close();
  }
  return file;
}

async function reconcileHtml(file: string, origins: string[]): Promise<string> {
  const service = new Service(Book.open(file, { readonly: true }));
  try {
    const printed = await service.call('printSheet', {
      program: 'GNBV', sheet: 'doi-chieu', year: 2023, project: null, scale: 'trieu', origin: 'books', collapsed: [], date: '2026-01-05', origins,
    } as never);
    return printed.html;
  } finally {
    service.close();
  }
}

/** The printed rows as text: each <tr>'s cells joined by "|". */
function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)]
    .map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()).join('|'));
}

const SN_DECISION = { id: 'qd-sn', kind: 'province', label: 'QĐ giao dự toán SN 2023', complete: true, scope: { capitals: ['SN'], measures: ['allocated'] } };
const isSnPlan = (c: Claim) => c.key.capital === 'SN' && c.key.measure === 'allocated';

describe('a document is compared within what it states', () => {
  it('a decision of SN money stating its total: no Cộng against her investment money', async () => {
    // its "Tổng cộng" row is the program's SN money, 44.928 triệu, written without a capital type
    const total = { origin: 'qd-sn', year: 2023, node: 'GNBV', measure: 'allocated', value: 44_928_000_000, scale: 'dong' };
    const html = await reconcileHtml(withDocuments('sn-total', [SN_DECISION], isSnPlan, [total]), ['books', 'qd-sn']);
    expect(html).not.toContain('-116.200');
    const rows = rowsOf(html);
    // Vốn SN: 44.928 on both sides, no difference; Cộng: her 161.128 alone
    expect(rows).toContainEqual(expect.stringMatching(/^Vốn SN\|44\.928\|44\.928\|-\|/));
    expect(rows).toContainEqual(expect.stringMatching(/Cộng\|161\.128\|\|\|/));
    expect(squeeze(html)).toContain('QĐ giao dự toán SN 2023 chỉ nêu Vốn SN, Kế hoạch vốn giao');
  });

  it('a document marked complete before scopes existed: bounded by what it states, not read as 0 elsewhere', async () => {
    const file = withDocuments('sn-legacy', [{ ...SN_DECISION, scope: null }], isSnPlan);
    const db = new Database(file);
    db.prepare('UPDATE origins SET scope = NULL WHERE id = ?').run('qd-sn');
    db.close();
    const html = await reconcileHtml(file, ['books', 'qd-sn']);
    expect(html).not.toContain('-116.200');
    expect(html).not.toContain('-121.348');
    const rows = rowsOf(html);
    expect(rows).toContainEqual(expect.stringMatching(/^Vốn ĐT\|116\.200\|\|\|/));
  });
});

describe('the column headers on every page', () => {
  it('documents with long names: their names above the table, numbers in the header, repeated on each page', async () => {
    const file = withDocuments('long', [
      { id: 'qd-tinh', kind: 'province', label: 'Quyết định số 1234/QĐ-UBND ngày 15/12/2022 của UBND tỉnh Lai Châu' },
      { id: 'kbnn', kind: 'treasury', label: 'Bảng đối chiếu của Kho bạc Nhà nước huyện Phong Thổ ngày 31/01/2024' },
    ], () => true);
    const html = await reconcileHtml(file, ['books', 'report-II', 'report-III', 'qd-tinh', 'kbnn']);
    const pdf = path.join(dir, 'long.pdf');
    fs.writeFileSync(pdf, await htmlToPdf(html));
    const pages = pdfInfo(pdf).pages;
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) expect(squeeze(pdfText(pdf, p)), `page ${p}`).toMatch(/Mã\s+Nội dung/);
    expect(squeeze(pdfText(pdf, 1))).toContain('(4) Quyết định số 1234/QĐ-UBND');
  }, 60_000);
});

describe('more measures than a page holds', () => {
  it('goes on in parts of a readable size, each with the lines code and name and its header on every page', async () => {
    const service = new Service(Book.open(demo, { readonly: true }));
    let html: string;
    try {
      ({ html } = await service.call('printSheet', {
        program: 'GNBV', sheet: 'doi-chieu', year: 2023, project: null, scale: 'trieu', origin: 'books', collapsed: [], date: '2026-01-05',
        measures: ['carry_in', 'allocated', 'adjusted', 'available', 'disbursed', 'cancelled', 'carry_out'],
      } as never));
    } finally {
      service.close();
    }
    // seven measures against two reports: 37 columns at 6,5 pt in one table before
    const tables = html.match(/<table class="grid"[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables) expect(Number(/font-size:([\d.]+)pt/.exec(t)?.[1] ?? 10)).toBeGreaterThanOrEqual(8);
    expect(html).toContain(`Phần 1/${tables.length}: Vốn năm trước chuyển sang`);
    // every part lists every line; only the last has her notes' column
    expect(html.match(/>DA7\.1</g)?.length).toBe(tables.length);
    expect(html.match(/Giải trình<\/th>/g)?.length).toBe(1);
    const pdf = path.join(dir, 'seven.pdf');
    fs.writeFileSync(pdf, await htmlToPdf(html));
    for (let p = 1; p <= pdfInfo(pdf).pages; p++) expect(squeeze(pdfText(pdf, p)), `page ${p}`).toMatch(/Mã\s+Nội dung/);
  }, 60_000);
});
