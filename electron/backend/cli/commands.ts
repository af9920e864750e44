// One function per `sovon` command; each opens the book, calls the service, and closes it.
import { BOOKS_ORIGIN } from '../../../shared/claim';
import { MSG } from '../../../shared/i18n/vi';
import { CLI } from '../../../shared/i18n/cli';
import { Book } from '../book/book';
import { findCheckCode, verifyBook } from '../book/verify';
import { parseCheckCode } from '../../../shared/check-code';
import { Service } from '../service/service';
import { UserError } from '../user-error';
import { formatSheetTable } from './sheet-table';
import { formatFlags } from './flag-list';
import { backupCommand, restoreCommand } from './backup-commands';
import { bookArg, defaultProgram, need, withBook, yearArg } from './book-args';
import type { CliIo, CliOptions } from './cli-io';
import type { DemoName } from '../../../shared/api';

/** What `sovon new` takes: the settings Tệp > Mới asks (--year: the year she starts with). */
const NEW_OPTIONS = new Set(['unit', 'parent', 'unit-code', 'program', 'year', 'preparer', 'chief-accountant', 'head', 'demo']);

type Command = (args: string[], o: CliOptions, io: CliIo) => Promise<number>;

/** A command whose code is loaded when it runs. Serving, printing and reading or writing files
 * bring an HTTP server, the Excel and PDF code and their libraries, which the commands run most
 * (check, sheet, set) never use: in the bundle each is a chunk compiled only when needed. */
function later(load: () => Promise<Command>): Command {
  return async (args, o, io) => (await load())(args, o, io);
}

export const commands: Record<string, Command> = {
  print: later(async () => (await import('./print-command')).printCommand),

  // `--demo` alone: the demo book; `--demo commune`: the demo of that name (api.ts DEMO_NAMES)
  async new([file, demoName], o, io) {
    const others = [...Object.keys(o).filter((k) => !NEW_OPTIONS.has(k)).map((k) => `--${k}`), ...(o.demo || demoName === undefined ? [] : [demoName])];
    if (others.length) throw new UserError(CLI.notAnOptionOf('new', others));
    // an unknown name is refused at the call's door
    const demo = o.demo ? ((demoName ?? true) as DemoName | true) : false;
    const service = new Service();
    const details = {
      unitName: o.unit, parentAgency: o.parent, unitCode: o['unit-code'], firstYear: o.year === undefined ? undefined : yearArg(o.year),
      preparer: o.preparer, chiefAccountant: o['chief-accountant'], head: o.head,
    };
    try {
      const info = await service.call('newBook', { path: bookArg(file), program: o.program, demo, details });
      io.out(CLI.created(info.path));
    } finally {
      service.close();
    }
    return 0;
  },

  async sheet([file], o, io) {
    return withBook(file, async (service) => {
      const program = o.program ?? defaultProgram(service);
      const sheet = await service.call('getSheet', {
        program, year: yearArg(o.year), origin: o.origin ?? BOOKS_ORIGIN, project: o.project ?? null,
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
          year: yearArg(o.year),
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
      io.out(changed.changed ? CLI.written : CLI.unchanged);
      return 0;
    });
  },

  claims: later(async () => (await import('./file-commands')).claimsCommand),
  import: later(async () => (await import('./file-commands')).importCommand),
  export: later(async () => (await import('./file-commands')).exportCommand),
  templates: later(async () => (await import('./template-commands')).templatesCommand),
  catalog: later(async () => (await import('./catalog-commands')).catalogCommand),
  units: later(async () => (await import('./unit-commands')).unitsCommand),
  treasury: later(async () => (await import('./treasury-commands')).treasuryCommand),
  backup: backupCommand,
  restore: restoreCommand,

  serve: later(async () => (await import('./serve-command')).serveCommand),

  async check([file], o, io) {
    return withBook(file, async (service) => {
      const program = o.program ?? defaultProgram(service);
      const result = await service.call('runChecks', { program, year: o.year ? yearArg(o.year) : null, origin: o.origin ?? null });
      if (o.json) io.out(JSON.stringify({ flags: result.flags, groups: result.groups }, null, 2));
      else io.out(formatFlags(result));
      return 0;
    }, 'read');
  },

  async verify([file], o, io) {
    const code = o.code === undefined ? null : parseCheckCode(o.code);
    if (code === null && o.code !== undefined) throw new UserError(CLI.badCheckCode(o.code));
    const book = Book.inspect(bookArg(file));
    try {
      const { problems, unchecked } = verifyBook(book);
      if (problems.length) {
        io.err(CLI.damaged(MSG.damaged(book.path, problems.join('; '))));
        return 1;
      }
      // a code not in the history is no damage in the file: the paper and the book disagree
      const found = code && findCheckCode(book, code);
      if (code && !found) {
        io.err(CLI.damaged(CLI.codeNotInHistory(book.path, code)));
        return 1;
      }
      io.out(CLI.verified(book.path, book.schemaVersion(), unchecked) + (code && found ? ` ${CLI.codeInHistory(code, found.action, found.label, found.at)}` : ''));
      return 0;
    } finally {
      book.close();
    }
  },
};
