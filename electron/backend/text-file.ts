// Text files she gives the app (claims files today). Notepad on Windows writes UTF-8 with a BOM or
// "Unicode" (UTF-16); older tools write Windows-1258 or TCVN3, which would arrive as mojibake and
// be stored as such. So: read UTF-8 (BOM or not) and UTF-16 with a BOM, and refuse anything else
// by name rather than guess.
import fs from 'node:fs';
import { MSG } from '../../shared/i18n/vi';
import { UserError } from './user-error';

export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

export function readTextFile(file: string, maxBytes = MAX_TEXT_FILE_BYTES): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UserError(MSG.fileNotFound(file));
  }
  if (stat.isDirectory()) throw new UserError(MSG.notAFile(file));
  // a device or a pipe says size 0 and never ends (/dev/zero read 570 MB and on): never read one
  if (!stat.isFile()) throw new UserError(MSG.notARegularFile(file));
  if (stat.size > maxBytes) throw new UserError(MSG.fileTooBig(file, stat.size, maxBytes));
  const bytes = readAtMost(file, maxBytes);
  const text = decode(bytes);
  if (text === null) throw new UserError(MSG.notUtf8(file));
  return text;
}

/** The file's bytes, never more than `maxBytes` (a file that grows while read is refused). */
function readAtMost(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new UserError(MSG.fileUnreadable(file));
  }
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(1024 * 1024);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) throw new UserError(MSG.fileTooBig(file, length, maxBytes));
    }
    return Buffer.concat(chunks, length);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(MSG.fileUnreadable(file));
  } finally {
    fs.closeSync(fd);
  }
}

function decode(bytes: Buffer): string | null {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
