// What the transports (browser mode's HTTP, Electron's IPC) carry in place of a call's result
// where a smaller form exists: today a year's sheet (sheet/wire.ts), of getSheet and firstSheet. The back end's transports
// pack, the renderer's client unpacks; in-process callers (CLI, tests, exports) never see it.
import type { CallName, Reply } from './api';
import type { Sheet } from './sheet/sheet';
import { isPackedSheet, packSheet, unpackSheet } from './sheet/wire';

const SHEET_CALLS: ReadonlySet<string> = new Set<CallName>(['getSheet', 'firstSheet']);

export function replyToWire(name: string, reply: Reply<CallName>): Reply<CallName> {
  if (!reply.ok || !SHEET_CALLS.has(name) || reply.result === null) return reply;
  return { ok: true, result: packSheet(reply.result as Sheet) as never };
}

export function resultFromWire(result: unknown): unknown {
  return isPackedSheet(result) ? unpackSheet(result) : result;
}
