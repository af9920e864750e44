// The STT column of a province's annex, as she finds it: styles mixed top down as each province
// likes, "I" that is sometimes a Roman one and sometimes the letter after H, dotted numbers, and
// "Dự án 1" written in the name column with the STT left empty (issue 31).
import { describe, expect, it } from 'vitest';
import { annexTree } from '../../shared/catalog/annex-lines';
import { levelWord, readLabel } from '../../shared/catalog/numbering';
import { depthsOf, resolveLabels } from '../../shared/catalog/outline';
import { planLines } from '../../shared/catalog/plan-lines';

/** Depths of a column of STT labels ('' + a name with a level word: "|Dự án 1"). */
function depths(column: string[]): number[] | string {
  const rows = column.map((text, i) => {
    const [stt, name] = text.includes('|') ? text.split('|') as [string, string] : [text, `Dòng ${i + 1}`];
    return { row: i + 1, stt, name };
  });
  const read = annexTree(rows);
  return read.ok ? read.tree.lines.map((l) => l.depth) : `${read.problem.kind} at ${read.problem.row}`;
}

describe('the depth of a line comes from the order its numbering style first appears in', () => {
  it.each<[string, string[], number[]]>([
    ['Roman, Arabic, dotted, letters', ['I', '1', '1.1', 'a', 'b', '1.2', '2', 'II', '1'], [0, 1, 2, 3, 3, 2, 1, 0, 1]],
    ['capitals over Roman over Arabic', ['A', 'I', '1', '2', 'II', 'B', 'I', '1'], [0, 1, 2, 2, 1, 0, 1, 2]],
    ['trailing dots and parentheses are decoration', ['I.', '1.', 'a)', 'b)', '2.', 'II.', '(1)'], [0, 1, 2, 2, 1, 0, 1]],
    ['bullets, each mark its own level', ['1', '-', '+', '+', '-', '*', '2', '-'], [0, 1, 2, 2, 1, 2, 0, 1]],
    ['a dotted number one deeper per dot than the plain number', ['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1', '2.1.1'], [0, 1, 2, 2, 1, 0, 1, 2]],
    ['a dotted number met before any plain one', ['I', '1.1', '1.2', '1.2.1', 'II', '2.1'], [0, 1, 1, 2, 0, 1]],
    ['a Roman head on a dotted number', ['I', 'I.1', 'I.2', 'II', 'II.1'], [0, 1, 1, 0, 1]],
    ['the first style need not be the Roman one', ['1', 'I', 'a', '2', 'I'], [0, 1, 2, 0, 1]],
    ['lowercase Roman under letters', ['a', 'i', 'ii', 'b', 'i'], [0, 1, 1, 0, 1]],
  ])('%s', (_, column, expected) => {
    expect(depths(column)).toEqual(expected);
  });
});

describe('"I", "V" and "X" are decided by their neighbours', () => {
  const kinds = (column: string[]) => resolveLabels(column.map((t) => readLabel(t)!)).map((l) => l.kind);

  it('reads "I" after "H" as the ninth letter, and first or before "II" as Roman one', () => {
    expect(kinds(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'])).toEqual([...Array<string>(10).fill('letter')]);
    expect(kinds(['I', 'II'])).toEqual(['roman', 'roman']);
    expect(kinds(['I'])).toEqual(['roman']);
    expect(kinds(['A', 'I', 'II', 'B', 'I', '1'])).toEqual(['letter', 'roman', 'roman', 'letter', 'roman', 'arabic']);
    expect(kinds(['H', 'I', 'II', 'I'])).toEqual(['letter', 'roman', 'roman', 'letter']);
    expect(depths(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', '1', 'I'])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
  });

  it('reads "V" after "IV" as Roman five and after "U" as a letter; "X" after "IX" as ten', () => {
    expect(kinds(['I', 'II', 'III', 'IV', 'V'])).toEqual(Array<string>(5).fill('roman'));
    expect(kinds(['T', 'U', 'V'])).toEqual(['letter', 'letter', 'letter']);
    expect(kinds(['VIII', 'IX', 'X', 'XI'])).toEqual(Array<string>(4).fill('roman'));
    expect(kinds(['v', 'w', 'x', 'y'])).toEqual(['letter', 'letter', 'letter', 'letter']);
    expect(kinds(['iii', 'iv', 'v', 'a'])).toEqual(['roman', 'roman', 'roman', 'letter']);
  });
});

describe('a line in the name column with the STT empty', () => {
  it('is a line when its name starts with a level word and a number, in the order its word first appears', () => {
    expect(depths(['I', '|Dự án 1: Hỗ trợ đầu tư', '1', '2', '|Dự án 2', '|Tiểu dự án 1', 'a', 'II'])).toEqual([0, 1, 2, 2, 1, 2, 3, 0]);
    expect(depths(['|Hợp phần 1', '|Dự án 1', '|TDA 1', '|Tiểu dự án số 2', '|Nội dung 1', '|Hợp phần 2'])).toEqual([0, 1, 2, 2, 3, 0]);
  });

  it('is a note when its name has no level word, and a total is never a line', () => {
    const read = annexTree([
      { row: 5, stt: '', name: 'TỔNG CỘNG' }, { row: 6, stt: 'I', name: 'Dự án 1' },
      { row: 7, stt: '', name: 'Trong đó: vốn NSTW' }, { row: 8, stt: '1', name: 'Cộng đồng dân cư' },
      { row: 9, stt: '', name: 'Cộng' }, { row: 10, stt: '-', name: 'Trong đó: NSĐP' },
    ]);
    expect(read.ok && read.tree).toEqual({
      lines: [{ stt: 'I', name: 'Dự án 1', depth: 0, parent: null, row: 6 }, { stt: '1', name: 'Cộng đồng dân cư', depth: 1, parent: 0, row: 8 }],
      skipped: [{ row: 5, text: 'TỔNG CỘNG', why: 'total' }, { row: 7, text: 'Trong đó: vốn NSTW', why: 'note' },
        { row: 9, text: 'Cộng', why: 'total' }, { row: 10, text: 'Trong đó: NSĐP', why: 'note' }],
    });
  });

  it('needs the number: "Dự án chuyển tiếp" or "Nội dung chi" is no level, nor "Dự án vi phạm"', () => {
    expect(['Dự án chuyển tiếp', 'Nội dung chi thường xuyên', 'Dự án vi phạm', 'Danh mục 1'].map(levelWord)).toEqual([null, null, null, null]);
    expect(levelWord('Hợp phần II: Phát triển')).toEqual({ kind: 'word', word: 'hop phan' });
  });
});

describe('what cannot be placed is said, with its row', () => {
  it('refuses a numbering that goes down two levels, and one it cannot read', () => {
    expect(depths(['I', '1', 'a', 'II', 'a'])).toBe('jump at 5');
    expect(depths(['1', '1.1.1'])).toBe('jump at 2');
    expect(depths(['I', '1a'])).toBe('unknownNumbering at 2');
    expect(annexTree([{ row: 3, stt: '1', name: '' }])).toEqual({ ok: false, problem: { kind: 'noName', row: 3, stt: '1' } });
  });

  it('reads what each label is alone', () => {
    expect(['A', 'iv', '2.1.3', '(3)', '–', '+', 'I', 'DA 2', 'Ghi chú'].map(readLabel)).toEqual([
      { kind: 'letter', upper: true, text: 'A' }, { kind: 'roman', upper: false, text: 'iv' }, { kind: 'dotted', head: 'arabic', dots: 2 },
      { kind: 'arabic' }, { kind: 'bullet', mark: '-' }, { kind: 'bullet', mark: '+' }, { kind: 'letterOrRoman', upper: true, text: 'I' },
      { kind: 'word', word: 'du an' }, null,
    ]);
    expect(depthsOf([{ kind: 'arabic' }, { kind: 'dotted', head: 'arabic', dots: 1 }])).toEqual({ ok: true, depths: [0, 1] });
  });
});

describe('an annex of the whole programme placed in hers', () => {
  const bundled = [
    { code: 'MTQG', parent: null, name: 'Chương trình MTQG 2026-2035' },
    { code: 'HP1', parent: 'MTQG', name: 'Hợp phần 1: Xây dựng nông thôn mới, giảm nghèo bền vững' },
    { code: 'HP2', parent: 'MTQG', name: 'Hợp phần 2: Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi' },
  ];
  const line = (stt: string, name: string, depth: number, parent: number | null, row: number) => ({ stt, name, depth, parent, row });

  it('finds the components by their label, whatever the province writes after the colon, and puts their lines under them', () => {
    const annex = [
      line('I', 'HỢP PHẦN 1: XÂY DỰNG NÔNG THÔN MỚI VÀ GIẢM NGHÈO BỀN VỮNG', 0, null, 5),
      line('1', 'Nội dung 1: Hạ tầng thiết yếu', 1, 0, 6),
      line('II', 'Hợp phần 2 - Vùng đồng bào dân tộc thiểu số', 0, null, 7),
      line('1', 'Nội dung 1: Đất ở, nhà ở', 1, 2, 8),
      line('III', 'Hợp phần 3: không có trong chương trình', 0, null, 9),
    ];
    expect(planLines(annex, 'MTQG', bundled).map((l) => [l.code, l.parent, l.existing])).toEqual([
      ['HP1', 'MTQG', true], ['HP1.1', 'HP1', false], ['HP2', 'MTQG', true], ['HP2.1', 'HP2', false], ['MTQG.1', 'MTQG', false],
    ]);
  });

  it('does not take "Dự án 1" for "Dự án 10", nor a label inside a name for the line', () => {
    const mine = [{ code: 'X', parent: null, name: 'X' }, { code: 'X.1', parent: 'X', name: 'Dự án 1: Nước sạch' }];
    const annex = [line('1', 'Dự án 10: Truyền thông', 0, null, 3), line('2', 'Hỗ trợ Dự án 1 của xã', 0, null, 4), line('3', 'Dự án 1 - Nước sạch nông thôn', 0, null, 5)];
    expect(planLines(annex, 'X', mine).map((l) => [l.code, l.existing])).toEqual([['X.2', false], ['X.3', false], ['X.1', true]]);
  });
});
