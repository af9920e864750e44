// A test that times out leaves its promise running, and with it the browser it started: that
// browser would print on beside the next tests, under the load that made the first one slow.
import { execFileSync } from 'node:child_process';

/** Ends this test process's own children whose command line matches `pattern` (pgrep -f). */
export function killChildren(pattern: string): void {
  let pids: string;
  try {
    pids = execFileSync('pgrep', ['-P', String(process.pid), '-f', pattern], { encoding: 'utf8' });
  } catch {
    return; // pgrep exits 1 when none match
  }
  for (const pid of pids.split('\n').filter(Boolean)) {
    try { process.kill(Number(pid), 'SIGKILL'); } catch { /* it ended meanwhile */ }
  }
}
