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

export async function serveCommand([file]: string[], o: CliOptions, io: CliIo): Promise<number> {
  // without a book: the demo book, as `npm start` opens it
  const service = new Service(openForWindow(file ? bookArg(file) : ensureDemoBook()));
  rememberBook(service.book.path);
  // the sheet the page will ask for first is built while the browser starts and loads the page
  void service.firstSheet.prepare(service.book);
  const server = await startServer(service, { port: o.port ? Number(o.port) : 0 });
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
