// `sovon` run in-process, as the tests' user types it: exit code, stdout and stderr.
import { main } from '../../electron/backend/cli/main';
import path from 'node:path';

export async function sovon(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; } });
  return { code, out, err };
}

/** A new copy of the demo book, `NAME.sovon` in `dir`, made as she would with `sovon new --demo`. */
export async function demoBookIn(dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.sovon`);
  const res = await sovon('new', file, '--demo');
  if (res.code !== 0) throw new Error(res.err);
  return file;
}
