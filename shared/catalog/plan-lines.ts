// The lines an annex gives, placed in her programme: each under the line the numbering puts it
// under (the annex's top lines under the node she chose), with a stable code of its own made from
// its parent's ("HP1" → "HP1.1" → "HP1.1.2"; the annex's STT changes from one decision to the
// next, the code does not). A line already there by name under the same parent is kept, not
// added twice, so reading the next year's decision adds only what is new.
import type { AnnexLine } from './annex-lines';

export interface PlannedLine {
  code: string;
  parent: string;
  name: string;
  stt: string;
  /** the annex's row */
  row: number;
  /** already in the programme under that parent by name: nothing is added */
  existing: boolean;
}

export interface ExistingLine {
  code: string;
  parent: string | null;
  name: string;
}

export function planLines(annex: readonly AnnexLine[], under: string, existing: readonly ExistingLine[]): PlannedLine[] {
  const taken = new Set(existing.map((l) => l.code));
  const byName = new Map(existing.map((l) => [nameKey(l.parent, l.name), l.code]));
  const byLabel = new Map(existing.flatMap((l) => labelKeys(l.parent, l.name).map((k) => [k, l.code] as const)));
  const codes: string[] = [];
  return annex.map((line, i) => {
    const parent = line.parent === null ? under : codes[line.parent]!;
    // the same line by name, or by its label: the province writes "Hợp phần 1: Xây dựng nông thôn
    // mới và giảm nghèo bền vững" where the bundled HP1 reads otherwise after the colon
    const found = byName.get(nameKey(parent, line.name)) ?? labelKeys(parent, line.name).map((k) => byLabel.get(k)).find((c) => c !== undefined);
    const code = found ?? freeCode(parent, taken);
    taken.add(code);
    byName.set(nameKey(parent, line.name), code);
    for (const k of labelKeys(parent, line.name)) byLabel.set(k, code);
    codes[i] = code;
    return { code, parent, name: line.name, stt: line.stt, row: line.row, existing: found !== undefined };
  });
}

function freeCode(parent: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${parent}.${n}`)) n++;
  return `${parent}.${n}`;
}

const nameKey = (parent: string | null, name: string) => `${parent ?? ''}\u001f${name.trim().toLocaleLowerCase('vi')}`;

/** "Hợp phần 1", "Dự án 2", "Tiểu dự án 3", "Nội dung 1", "Hoạt động 2" (number or Roman) before
 * the colon: what names a line in a decision whatever follows it. */
const LABEL = /^(hợp phần|tiểu dự án|dự án|nội dung thành phần|nội dung|hoạt động)\s+(\d+|[ivxl]+)(?=\s*[:.\-–]|\s*$)/u;

function labelKeys(parent: string | null, name: string): string[] {
  const m = LABEL.exec(name.trim().toLocaleLowerCase('vi').normalize('NFC'));
  return m ? [`${parent ?? ''}\u001f${m[1]} ${m[2]}`] : [];
}
