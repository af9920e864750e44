// `sovon` run in-process, as the tests' user types it: exit code, stdout and stderr.
import { main } from '../../electron/backend/cli/main';

export async function sovon(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; } });
  return { code, out, err };
}
