// `sovon serve --open` must not put the session token on a command line: ps shows it to every user.
import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { openInBrowser, type Spawner } from '../../electron/backend/server/open-browser';

const URL_WITH_TOKEN = 'http://127.0.0.1:41234/?token=s3cr3t-T0ken_abc&x=<1>';

function fakeSpawner() {
  const child = Object.assign(new EventEmitter(), { unref: vi.fn() }) as unknown as ChildProcess;
  const spawn = vi.fn<Spawner>(() => child);
  return { spawn, child };
}

describe('opening the browser', () => {
  it('hands the launcher the path of a private redirect file, never the URL with the token', () => {
    const { spawn } = fakeSpawner();
    const opened = openInBrowser(URL_WITH_TOKEN, { err: () => {} }, spawn)!;
    try {
      expect(spawn).toHaveBeenCalledTimes(1);
      const [cmd, args] = spawn.mock.calls[0]!;
      const commandLine = [cmd, ...args].join(' ');
      expect(commandLine).not.toContain('s3cr3t');
      expect(commandLine).not.toContain('token');
      expect(args).toContain(opened.file);

      const html = fs.readFileSync(opened.file, 'utf8');
      expect(html).toContain('<meta http-equiv="refresh" content="0;url=http://127.0.0.1:41234/?token=s3cr3t-T0ken_abc&amp;x=&lt;1>">');
      expect(html).toContain('location.replace("http://127.0.0.1:41234/?token=s3cr3t-T0ken_abc&x=\\u003c1>")');
      if (process.platform !== 'win32') {
        expect(fs.statSync(opened.file).mode & 0o777).toBe(0o600);
        expect(fs.statSync(path.dirname(opened.file)).mode & 0o777).toBe(0o700);
      }
    } finally {
      opened.remove();
    }
    expect(fs.existsSync(opened.file)).toBe(false);
  });

  it('says so in Vietnamese when no launcher can run, and still cleans up', () => {
    const { spawn, child } = fakeSpawner();
    const err = vi.fn();
    const opened = openInBrowser(URL_WITH_TOKEN, { err }, spawn)!;
    child.emit('error', new Error('spawn xdg-open ENOENT'));
    expect(err).toHaveBeenCalledWith(expect.stringMatching(/Không mở được trình duyệt/));
    opened.remove();
    opened.remove();
    expect(fs.existsSync(opened.file)).toBe(false);
  });
});
