// What the transports (browser mode's HTTP, Electron's IPC) carry in place of a call's result
// where a smaller form exists: today a year's sheet (sheet/wire.ts), of the calls declared
// `packed: 'sheet'` in api.ts. The back end's transports pack (wire-reply.ts), the renderer's
// client unpacks here without loading the call map's schemas; in-process callers (CLI, tests,
// exports) never see it.
import { isPackedSheet, unpackSheet } from './sheet/wire';

export function resultFromWire(result: unknown): unknown {
  return isPackedSheet(result) ? unpackSheet(result) : result;
}
