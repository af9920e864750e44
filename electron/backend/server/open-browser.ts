// Opens the default browser where the system has a way to; otherwise the printed URL suffices.
// The URL carries the session token, and a launcher's command line can be read by every user
// of the machine (ps). So, as Jupyter does, the launcher gets the path of a private file that
// redirects to the URL, never the URL itself.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER } from '../../../shared/i18n/server';
import { APP_NAME } from '../../../shared/i18n/vi';

export type Spawner = (cmd: string, args: string[], options: SpawnOptions) => ChildProcess;

export interface OpenedPage {
  /** The redirect file handed to the browser. */
  file: string;
  /** Deletes the file and its folder; best effort, never throws. */
  remove(): void;
}

const CANNOT_OPEN = SERVER.cannotOpenBrowser;

export function openInBrowser(url: string, io: { err: (t: string) => void }, spawn: Spawner = nodeSpawn): OpenedPage | null {
  let page: OpenedPage;
  try {
    page = writeRedirectPage(url);
  } catch {
    io.err(CANNOT_OPEN);
    return null;
  }
  const [cmd, args] = launcher(page.file);
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => io.err(CANNOT_OPEN));
    child.unref();
  } catch {
    io.err(CANNOT_OPEN);
  }
  return page;
}

function launcher(file: string): [string, string[]] {
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', file]];
  if (process.platform === 'darwin') return ['open', [file]];
  return ['xdg-open', [file]];
}

/** A page only its owner can read (folder 0700, file 0600) that sends the browser on to url. */
export function writeRedirectPage(url: string): OpenedPage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-open-'));
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, 'mo-so-von.html');
  fs.writeFileSync(file, redirectHtml(url), { mode: 0o600, flag: 'wx' });
  return {
    file,
    remove: () => {
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // a leftover file in a private temp folder does no harm
      }
    },
  };
}

function redirectHtml(url: string): string {
  const attr = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // JSON.stringify gives a JS string; escaping "<" keeps it from closing the script tag
  const js = JSON.stringify(url).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=${attr}">
<title>${APP_NAME}</title>
<script>location.replace(${js});</script>
</head>
<body><p>${SERVER.redirecting((words) => `<a href="${attr}">${words}</a>`)}</p></body>
</html>
`;
}
