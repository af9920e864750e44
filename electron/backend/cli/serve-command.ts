// `sovon serve [BOOK] [--port N] [--open]`: browser mode, until she stops it (Ctrl+C).
import { ensureDemoBook } from '../demo';
import { rememberBook } from '../recent';
import { openForWindow } from '../service/book-calls';
import { Service } from '../service/service';
import { openInBrowser } from '../server/open-browser';
import { startServer } from '../server/server';
import { bookArg } from './book-args';
import type { CliIo, CliOptions } from './cli-io';
import { CLI } from '../../../shared/i18n/cli';
import { UserError } from '../user-error';

/** A TCP port, checked here: Node's own refusal is an English stack trace. */
function portArg(text: string): number {
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new UserError(CLI.badPort(text));
  return port;
}

export async function serveCommand([file]: string[], o: CliOptions, io: CliIo): Promise<number> {
  const port = o.port ? portArg(o.port) : 0; // before the book is opened: a refusal leaves it as it was
  // without a book: the demo book, as `npm start` opens it
  const service = new Service(openForWindow(file ? bookArg(file) : ensureDemoBook()));
  rememberBook(service.book.path);
  // the sheet the page will ask for first is built while the browser starts and loads the page
  void service.firstSheet.prepare(service.book);
  const server = await startServer(service, { port });
  io.out(CLI.serving(server.url));
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
}
