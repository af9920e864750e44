// One function per `sovon` command; each opens the book, calls the service, and closes it.
import fs from 'node:fs';
import { BOOKS_ORIGIN } from '../../../shared/claim';
import { MSG } from '../../../shared/i18n/vi';
import { BookError } from '../book/errors';
import { Book } from '../book/store';
import { importClaims, exportClaims } from '../claims-io';
import { ensureDemoBook } from '../demo';
import { rememberBook } from '../recent';
import { Service } from '../service/service';
import { startServer } from '../server/server';
import { openInBrowser } from '../server/open-browser';
import { formatSheetTable } from './sheet-table';
import { formatFlags } from './flag-list';
import type { CliIo, CliOptions } from './main';

type Command = (args: string[], o: CliOptions, io: CliIo) => Promise<number>;

export const commands: Record<string, Command> = {
  async new([file], o, io) {
    const service = new Service();
    const info = await service.call('newBook', { path: need(file, 'BOOK'), ...(o.unit && { unitName: o.unit }), demo: o.demo ?? false });
    service.close();
    io.out(`Đã tạo sổ ${info.path}`);
    return 0;
  },

  async sheet([file], o, io) {
    return withBook(file, async (service) => {
      const program = o.program ?? defaultProgram(service);
      const sheet = await service.call('getSheet', {
        program, year: year(o.year), origin: o.origin ?? BOOKS_ORIGIN, project: o.project ?? null,
      });
      io.out(o.json ? JSON.stringify(sheet, null, 2) : formatSheetTable(sheet));
      return 0;
    });
  },

  async set([file], o, io) {
    return withBook(file, async (service) => {
      const changed = await service.call('setClaim', {
        key: {
          program: o.program ?? defaultProgram(service),
          origin: o.origin ?? BOOKS_ORIGIN,
          year: year(o.year),
          node: need(o.node, '--node'),
          unit: o.unit ?? null,
          capital: (o.capital ?? null) as never,
          source: (o.source ?? null) as never,
          measure: need(o.measure, '--measure') as never,
        },
        text: need(o.value, '--value'),
        scale: (o.scale ?? 'dong') as never,
      });
      io.out(changed.changed ? 'Đã ghi.' : 'Không có gì thay đổi.');
      return 0;
    });
  },

  async claims([verb, file, json], o, io) {
    if (verb === 'import') {
      const text = readJsonFile(need(json, 'FILE.json'));
      return withBook(file, async (service) => {
        const summary = importClaims(service.book, text);
        io.out(`Đã nhập ${summary.claims} số liệu, ${summary.lines} dòng, ${summary.origins} nguồn.`);
        return 0;
      });
    }
    if (verb === 'export') {
      return withBook(file, async (service) => {
        io.out(JSON.stringify(exportClaims(service.book, o.program ?? defaultProgram(service), o.origin), null, 2));
        return 0;
      });
    }
    throw new BookError('Dùng "sovon claims import BOOK FILE.json" hoặc "sovon claims export BOOK".');
  },

  async serve([file], o, io) {
    // without a book: the demo book, as `npm start` opens it
    const service = new Service(Book.open(file ?? ensureDemoBook()));
    rememberBook(service.book.path);
    const server = await startServer(service, { port: o.port ? Number(o.port) : 0 });
    io.out(`Sổ Vốn (chế độ trình duyệt) đang chạy: ${server.url}`);
    if (o.open) openInBrowser(server.url, io);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    service.close();
    return 0;
  },

  async check([file], o, io) {
    return withBook(file, async (service) => {
      const program = o.program ?? defaultProgram(service);
      const result = await service.call('runChecks', { program, year: o.year ? year(o.year) : null, origin: o.origin ?? null });
      if (o.json) io.out(JSON.stringify({ flags: result.flags }, null, 2));
      else io.out(formatFlags(result));
      return 0;
    });
  },

  async verify([file], _o, io) {
    const book = Book.open(need(file, 'BOOK'), { readonly: true });
    try {
      const problems = book.integrityProblems();
      if (problems.length) {
        io.err(`Lỗi: ${MSG.damaged(book.path, problems.join('; '))}`);
        return 1;
      }
      io.out(`Sổ ${book.path} nguyên vẹn (lược đồ ${book.schemaVersion()}).`);
      return 0;
    } finally {
      book.close();
    }
  },
};

async function withBook(file: string | undefined, fn: (service: Service) => Promise<number>): Promise<number> {
  const service = new Service(Book.open(need(file, 'BOOK')));
  try {
    return await fn(service);
  } finally {
    service.close();
  }
}

function defaultProgram(service: Service): string {
  const first = service.book.catalogs()[0];
  if (!first) throw new BookError('Sổ chưa có chương trình nào.');
  return first.program;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new BookError(`thiếu ${what}.`);
  return value;
}

function year(text: string | undefined): number {
  const y = Number(need(text, '--year'));
  if (!Number.isInteger(y)) throw new BookError(`năm "${text}" không hợp lệ.`);
  return y;
}

function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new BookError(`Không đọc được tệp "${file}".`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new BookError(`Tệp "${file}" không phải JSON hợp lệ: ${(e as Error).message}`);
  }
}
