// Opens the default browser where the system has a way to; otherwise the printed URL suffices.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string, io: { err: (t: string) => void }): void {
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : process.platform === 'darwin' ? ['open', [url]]
    : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => io.err(`Không mở được trình duyệt tự động; hãy mở địa chỉ trên.`));
    child.unref();
  } catch {
    io.err('Không mở được trình duyệt tự động; hãy mở địa chỉ trên.');
  }
}
