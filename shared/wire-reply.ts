// The back end's side of wire.ts: a reply packed for the transport when its call says so.
import { type CallName, type Reply, calls, isCallName } from './api';
import type { Sheet } from './sheet/sheet';
import { packSheet } from './sheet/wire';

export function replyToWire(name: string, reply: Reply<CallName>): Reply<CallName> {
  if (!reply.ok || !isCallName(name) || calls[name].packed !== 'sheet' || reply.result === null) return reply;
  return { ok: true, result: packSheet(reply.result as Sheet) as never };
}
