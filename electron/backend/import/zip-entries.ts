// The zip container of an .xlsx, looked at before exceljs gets it. exceljs (through JSZip) inflates
// every part into memory with no limit and reports a cut-off file as an English stack trace; so the
// central directory is read here first: a missing one means a truncated file, and every part is
// inflated once under a cap (a part that inflates past what it declares is refused), so a zip
// bomb is stopped before it can exhaust memory.
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeader: number;
}

export type ZipProblem = 'truncated' | 'damaged' | 'encrypted' | 'tooLarge';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
  }
}

const EOCD = 0x06054b50, EOCD64_LOCATOR = 0x07064b50, EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50, LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export function listZip(bytes: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (end >= 20 && bytes.readUInt32LE(end - 20) === EOCD64_LOCATOR) {
    const at = readSize(bytes, end - 12);
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== EOCD64) throw new ZipError('truncated');
    count = readSize(bytes, at + 32);
    offset = readSize(bytes, at + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0, p = offset; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw new ZipError('truncated');
    const nameLength = bytes.readUInt16LE(p + 28), extraLength = bytes.readUInt16LE(p + 30);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength).replace(/^\//, ''),
      method: bytes.readUInt16LE(p + 10),
      encrypted: (bytes.readUInt16LE(p + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localHeader: bytes.readUInt32LE(p + 42),
    };
    applyZip64(entry, bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p += 46 + nameLength + extraLength + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

/** Inflates each part once, refusing the file when the parts together pass `maxBytes`. */
export function checkInflatedSize(bytes: Buffer, entries: ZipEntry[], maxBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > maxBytes) throw new ZipError('tooLarge');
    if (entry.encrypted) throw new ZipError('encrypted');
    if (inflate(bytes, entry).length !== entry.size) throw new ZipError('damaged');
  }
}

export function readEntry(bytes: Buffer, entries: ZipEntry[], name: string): Buffer | null {
  const entry = entries.find((e) => e.name === name);
  return entry ? inflate(bytes, entry) : null;
}

function inflate(bytes: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeader;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL) throw new ZipError('damaged');
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipError('truncated');
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError('damaged');
  try {
    // One byte more than declared: a part that inflates further is lying about its size.
    return zlib.inflateRawSync(data, { maxOutputLength: entry.size + 1 });
  } catch {
    throw new ZipError('damaged');
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let p = bytes.length - 22; p >= stop; p--) {
    if (bytes.readUInt32LE(p) === EOCD) return p;
  }
  throw new ZipError('truncated');
}

/** ZIP64 keeps the real sizes in an extra field when the 32-bit ones say 0xFFFFFFFF. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length; p += 4 + extra.readUInt16LE(p + 2)) {
    if (extra.readUInt16LE(p) !== 0x0001) continue;
    let q = p + 4;
    const next = () => { const v = readSize(extra, q); q += 8; return v; };
    if (entry.size === 0xffffffff) entry.size = next();
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
    if (entry.localHeader === 0xffffffff) entry.localHeader = next();
  }
}

function readSize(bytes: Buffer, at: number): number {
  if (at < 0 || at + 8 > bytes.length) throw new ZipError('truncated');
  const n = bytes.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('damaged');
  return Number(n);
}
