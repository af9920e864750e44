// One function per `sovon` command; each opens the book, calls the service, and closes it.
import { BOOKS_ORIGIN } from '../../../shared/claim';
import { MSG } from '../../../shared/i18n/vi';
import { BookError } from '../book/errors';
import { Book } from '../book/store';
import { verifyBook } from '../book/verify';
import { resolveFromCwd } from '../book/book-path';
import { readTextFile } from '../text-file';
import { parseStrictJson } from '../../../shared/strict-json';
import { commitImport, previewImport } from '../import/import-file';
import { sheetBytes } from '../service/export-calls';
import { writeFileSafely } from '../export/write-file';
import { capitalArg, importJson, importText, scaleArg } from './import-output';
import { importClaims, exportClaims } from '../claims-io';
import { ensureDemoBook } from '../demo';
import { rememberBook } from '../recent';
import { Service } from '../service/service';
import { openForWindow } from '../service/book-calls';
import { startServer } from '../server/server';
import { openInBrowser } from '../server/open-browser';
import { formatSheetTable } from './sheet-table';
import { formatFlags } from './flag-list';
import { exportTemplateCommand, templatesCommand } from './template-commands';
import { printCommand } from './print-command';
import { backupCommand, restoreCommand } from './backup-commands';
import { bookArg, need, withBook } from './book-args';
import type { CliIo, CliOptions } from './main';

type Command = (args: string[], o: CliOptions, io: CliIo) => Promise<number>;

export const commands: Record<string, Command> = {
  print: printCommand,

  async new([file], o, io) {
    const service = new Service();
    const info = await service.call('newBook', { path: bookArg(file), ...(o.unit && { unitName: o.unit }), demo: o.demo ?? false });
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
    }, 'read');
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
        confirmNegative: o['allow-negative'] ?? false,
      });
      io.out(changed.changed ? 'Đã ghi.' : 'Không có gì thay đổi.');
      return 0;
    });
  },

  async claims([verb, file, json], o, io) {
    if (verb === 'import') {
      const content = readJsonFile(need(json, 'FILE.json'));
      return withBook(file, async (service) => {
        const summary = importClaims(service.book, content, { allowNegative: o['allow-negative'] ?? false, file: need(json, 'FILE.json').split(/[\\/]/).pop() });
        io.out(`Đã nhập ${summary.claims} số liệu, ${summary.lines} dòng, ${summary.origins} nguồn.`);
        return 0;
      });
    }
    if (verb === 'export') {
      return withBook(file, async (service) => {
        io.out(JSON.stringify(exportClaims(service.book, o.program ?? defaultProgram(service), o.origin), null, 2));
        return 0;
      }, 'read');
    }
    throw new BookError('Dùng "sovon claims import BOOK FILE.json" hoặc "sovon claims export BOOK".');
  },

  async import([file, workbook], o, io) {
    return withBook(file, async (service) => {
      const { preview, bytes } = await previewImport(service.book, resolveFromCwd(need(workbook, 'FILE.xlsx')), {
        program: o.program ?? defaultProgram(service),
        ...(o.sheet && { sheet: o.sheet }), ...(o.unit && { unit: o.unit }), ...(o.year && { year: year(o.year) }),
        ...(o.capital && { capital: capitalArg(o.capital) }), ...(o.scale && { scale: scaleArg(o.scale) }),
      });
      const committed = o['dry-run'] ? null : commitImport(service.book, preview, bytes, o['to-books'] ?? false);
      io.out(o.json ? JSON.stringify(importJson(preview, committed), null, 2) : importText(preview, committed));
      return 0;
    }, o['dry-run'] ? 'read' : 'write');
  },

  async export([file], o, io) {
    if (o.template) return exportTemplateCommand(file, o, io);
    return withBook(file, async (service) => {
      const out = resolveFromCwd(need(o.out, '--out FILE.xlsx'));
      const bytes = await sheetBytes(service, {
        program: o.program ?? defaultProgram(service), origin: o.origin ?? BOOKS_ORIGIN, year: year(o.year),
        project: o.project ?? null, scale: o.scale ? scaleArg(o.scale) : 'trieu', collapsed: [],
      });
      writeFileSafely(out, bytes);
      io.out(`Đã xuất ${out}`);
      return 0;
    }, 'read');
  },

  templates: templatesCommand,
  backup: backupCommand,
  restore: restoreCommand,

  async serve([file], o, io) {
    // without a book: the demo book, as `npm start` opens it
    const service = new Service(openForWindow(file ? bookArg(file) : ensureDemoBook()));
    rememberBook(service.book.path);
    const server = await startServer(service, { port: o.port ? Number(o.port) : 0 });
    io.out(`Sổ Vốn (chế độ trình duyệt) đang chạy: ${server.url}`);
    // the launcher gets a private redirect file, not the URL: its command line is public
    const opened = o.open ? openInBrowser(server.url, io) : null;
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    opened?.remove();
    await server.close();
    service.close();
    return 0;
  },

  async check([file], o, io) {
    return withBook(file, async (service) => {
      const program = o.program ?? defaultProgram(service);
      const result = await service.call('runChecks', { program, year: o.year ? year(o.year) : null, origin: o.origin ?? null });
      if (o.json) io.out(JSON.stringify({ flags: result.flags, groups: result.groups }, null, 2));
      else io.out(formatFlags(result));
      return 0;
    }, 'read');
  },

  async verify([file], _o, io) {
    const book = Book.inspect(bookArg(file));
    try {
      const { problems, unchecked } = verifyBook(book);
      if (problems.length) {
        io.err(`Lỗi: ${MSG.damaged(book.path, problems.join('; '))}`);
        return 1;
      }
      const note = unchecked ? ` ${unchecked} số liệu ghi trước khi sổ có nhật ký kiểm chứng không được đối chiếu với nhật ký.` : '';
      io.out(`Sổ ${book.path} nguyên vẹn (lược đồ ${book.schemaVersion()}); nhật ký thao tác và mọi số liệu khớp nhau.${note}`);
      return 0;
    } finally {
      book.close();
    }
  },
};

function defaultProgram(service: Service): string {
  const first = service.book.catalogs()[0];
  if (!first) throw new BookError('Sổ chưa có chương trình nào.');
  return first.program;
}

function year(text: string | undefined): number {
  const y = Number(need(text, '--year'));
  if (!Number.isInteger(y)) throw new BookError(`năm "${text}" không hợp lệ.`);
  return y;
}

/** A claims file: UTF-8 (with or without BOM) or UTF-16, strict JSON (no key twice). */
function readJsonFile(file: string): unknown {
  const parsed = parseStrictJson(readTextFile(file));
  if (!parsed.ok) throw new BookError(`Tệp "${file}": ${parsed.reason}.`);
  return parsed.value;
}

