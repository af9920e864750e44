// Issue 30: one lock per book however it is named, no leftovers of a killed backup, and no
// half-open connection kept by the browser-mode server.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { backupBook, backupFolder } from '../../electron/backend/book/backups';
import { Service } from '../../electron/backend/service/service';
import { HEADERS_TIMEOUT_MS, startServer } from '../../electron/backend/server/server';
import { tempDir } from '../support/temp';
import { sovon } from '../support/cli';

describe('one book, one lock', () => {
  it('a book reached through a link is the same book: held, it is not written through the link', async () => {
    const dir = tempDir('lock-link');
    const book = path.join(dir, 'so.sovon');
    expect((await sovon('new', book, '--demo')).code).toBe(0);
    const link = path.join(dir, 'loi-tat.sovon');
    fs.symlinkSync(book, link);
    const held = Book.open(book);
    try {
      const res = await sovon('set', link, '--year', '2023', '--node', 'DA5', '--measure', 'allocated', '--value', '1');
      expect(res.code).not.toBe(0);
      expect(res.err).toMatch(/đang được mở|đang được ghi|đang mở/);
      expect(() => Book.open(link)).toThrow();
    } finally {
      held.close();
    }
    // released, the link opens it as it should
    const viaLink = Book.open(link);
    viaLink.close();
  }, 30_000);
});

describe('a backup killed half-way', () => {
  it('leaves nothing behind once the next backup of the book is taken', async () => {
    const dir = tempDir('backup-leftover');
    const file = path.join(dir, 'so.sovon');
    process.env.SOVON_DATA_DIR = dir;
    expect((await sovon('new', file, '--demo')).code).toBe(0);
    const book = Book.open(file);
    try {
      const folder = backupFolder(file);
      fs.mkdirSync(folder, { recursive: true });
      const leftover = path.join(folder, '2026-12-01T08-00-00.000Z-import-a3.sovon.tmp');
      fs.writeFileSync(leftover, 'half a copy');
      backupBook(book, 'manual');
      expect(fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      book.close();
      delete process.env.SOVON_DATA_DIR;
    }
  }, 30_000);
});

describe('the browser-mode server', () => {
  it('closes a connection whose request never finishes, within seconds instead of 300', async () => {
    const service = new Service();
    const server = await startServer(service, { staticDir: tempDir('half-open') });
    try {
      const closedAfter = await new Promise<number>((resolve) => {
        const started = Date.now();
        const socket = net.connect(server.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
        socket.on('data', () => undefined);
        socket.on('close', () => resolve(Date.now() - started));
      });
      expect(closedAfter).toBeLessThan(HEADERS_TIMEOUT_MS + 5_000);
    } finally {
      await server.close();
      service.close();
    }
  }, 40_000);
});
