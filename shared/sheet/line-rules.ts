// Her own lines must hang from the catalogue as a tree. A line coded "GNBV" under "DA7" made a
// cycle (every sheet then overflowed the stack); one coded "DA3" under "DA5" silently moved
// Dự án 3. So: a parent that exists, no code that shadows a catalogue code, no cycle.
import { type Catalog, type Line, rowKeyId } from '../catalog';
import { quote } from '../i18n/vi';

export interface LineProblem {
  /** position in the list given (a file's `lines[i]`, or the book's order) */
  index: number;
  code: string;
  message: string;
}

export const MAX_LINE_CODE = 100;
export const MAX_LINE_NAME = 300;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Every problem of the lines of one programme, first by line order. */
export function lineProblems(catalog: Catalog, lines: readonly Line[]): LineProblem[] {
  const catalogCodes = new Set(catalog.nodes.map((n) => n.code));
  const byCode = new Map<string, number>();
  const problems: LineProblem[] = [];
  lines.forEach((line, index) => {
    const message = shapeProblem(line, catalogCodes) ?? (byCode.has(line.code) ? `mã ${quote(line.code)} trùng với một dòng khác` : null);
    if (message) problems.push({ index, code: line.code, message });
    else byCode.set(line.code, index);
  });
  const nodeLines = new Map(lines.filter((l, i) => l.kind !== 'unit' && byCode.get(l.code) === i).map((l) => [l.code, l]));
  lines.forEach((line, index) => {
    if (byCode.get(line.code) !== index) return;
    const message = parentProblem(line, catalogCodes, nodeLines);
    if (message) problems.push({ index, code: line.code, message });
  });
  return problems.sort((a, b) => a.index - b.index);
}

/** The lines a tree can be built from: a damaged book still shows its sound part. */
export function soundLines(catalog: Catalog, lines: readonly Line[]): Line[] {
  const bad = new Set(lineProblems(catalog, lines).map((p) => p.index));
  return bad.size ? lines.filter((_l, i) => !bad.has(i)) : [...lines];
}

function shapeProblem(line: Line, catalogCodes: ReadonlySet<string>): string | null {
  if (!line.code || line.code.length > MAX_LINE_CODE || CONTROL.test(line.code)) return `mã dòng phải có từ 1 đến ${MAX_LINE_CODE} ký tự, không có ký tự điều khiển`;
  if (!line.name.trim() || line.name.length > MAX_LINE_NAME || CONTROL.test(line.name)) return `tên dòng phải có từ 1 đến ${MAX_LINE_NAME} ký tự, không xuống dòng`;
  if (catalogCodes.has(line.code)) return `mã ${quote(line.code)} là mã của danh mục chương trình; dòng tự thêm phải có mã khác`;
  if (line.kind === 'unit') {
    if (line.code !== rowKeyId({ node: line.parent, unit: line.name })) return 'dòng đơn vị thực hiện phải có mã "<mã dòng cha>@<tên đơn vị>"';
  } else if (line.code.includes('@')) {
    return `mã ${quote(line.code)} không được chứa "@" (dành cho đơn vị thực hiện)`;
  }
  return null;
}

function parentProblem(line: Line, catalogCodes: ReadonlySet<string>, nodeLines: ReadonlyMap<string, Line>): string | null {
  if (catalogCodes.has(line.parent)) return null;
  if (!nodeLines.has(line.parent)) return `dòng cha ${quote(line.parent)} không có trong danh mục hay trong các dòng tự thêm`;
  // walk up: a cycle never reaches the catalogue
  const seen = new Set<string>([line.code]);
  for (let at = nodeLines.get(line.parent); at; at = nodeLines.get(at.parent)) {
    if (seen.has(at.code)) return `dòng cha tạo thành vòng lặp (${quote(line.code)} nằm dưới chính nó)`;
    seen.add(at.code);
    if (catalogCodes.has(at.parent)) return null;
  }
  return null;
}
