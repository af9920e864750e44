// What she can do with the line chosen in the tree: add a content line under it, and for her
// own lines rename, move among siblings, retire from a year or let run again. Each is one action
// of the book (Hoàn tác takes it back); the catalogue's own lines are not hers to change, so
// those controls are absent rather than refused.
import { useEffect, useState } from 'react';
import type { ProgramCatalog } from '../../../shared/api';
import { api } from '../api/client';
import { type ListedLine, retireYear } from './catalog-tree';

/** What a change did, said in the dialog; `select`: the line to choose after it */
export type Done = { note: string; select?: string };

interface Props {
  program: ProgramCatalog;
  line: ListedLine;
  /** the year the window shows: a retirement starts by default the year after */
  year: number;
  readonly: boolean;
  act(work: () => Promise<Done>): void;
}

export function LineActions({ program, line, year, readonly, act }: Props) {
  const [child, setChild] = useState('');
  const [name, setName] = useState(line.name);
  const [from, setFrom] = useState(() => retireYear(program, year));
  useEffect(() => {
    setName(line.name);
    setFrom(retireYear(program, year));
  }, [line.code, line.name, program, year]);
  const p = program.code;

  const add = () => act(async () => {
    const { rowId } = await api.call('addLine', { program: p, parentRowId: line.code, kind: 'content', name: child.trim() });
    setChild('');
    return { note: `Đã thêm dòng "${child.trim()}" (mã ${rowId}) dưới ${line.code}.`, select: rowId };
  });
  const rename = () => act(async () => {
    await api.call('renameLine', { program: p, rowId: line.code, name: name.trim() });
    return { note: `Đã đổi tên dòng ${line.code} thành "${name.trim()}".` };
  });
  const move = (direction: 'up' | 'down') => act(async () => {
    await api.call('moveLine', { program: p, code: line.code, direction });
    return { note: `Đã chuyển dòng ${line.code} ${direction === 'up' ? 'lên' : 'xuống'}.` };
  });
  const retire = (y: number | null) => act(async () => {
    await api.call('retireLine', { program: p, code: line.code, year: y });
    return { note: y === null ? `Dòng ${line.code} chạy lại.` : `Dòng ${line.code} thôi từ năm ${y}; số liệu của dòng vẫn giữ.` };
  });
  const yearOk = Number.isInteger(from) && from >= program.from && from <= program.to;

  return (
    <div className="catalog-actions" aria-label="Dòng đang chọn">
      <p className="catalog-selected">Dòng đang chọn: <b>{line.code}</b> {line.name}</p>
      <form className="catalog-action-row" onSubmit={(e) => { e.preventDefault(); if (child.trim()) add(); }}>
        <label className="inline">Thêm dòng nội dung dưới dòng này
          <input value={child} onChange={(e) => setChild(e.target.value)} placeholder="Tên dòng" maxLength={300} disabled={readonly} />
        </label>
        <button type="submit" disabled={readonly || !child.trim()}>Thêm dòng</button>
      </form>
      {line.own && (
        <>
          <form className="catalog-action-row" onSubmit={(e) => { e.preventDefault(); if (name.trim() && name.trim() !== line.name) rename(); }}>
            <label className="inline">Tên
              <input aria-label="Tên mới" value={name} onChange={(e) => setName(e.target.value)} maxLength={300} disabled={readonly} />
            </label>
            <button type="submit" disabled={readonly || !name.trim() || name.trim() === line.name}>Đổi tên</button>
          </form>
          <div className="catalog-action-row">
            <button type="button" disabled={readonly || !line.up} onClick={() => move('up')} title="Đổi chỗ với dòng cùng cấp ở trên">↑ Lên</button>
            <button type="button" disabled={readonly || !line.down} onClick={() => move('down')} title="Đổi chỗ với dòng cùng cấp ở dưới">↓ Xuống</button>
            {line.retired === null ? (
              <>
                <label className="inline">Thôi từ năm
                  <input type="number" className="catalog-year" value={Number.isNaN(from) ? '' : from} min={program.from} max={program.to}
                    onChange={(e) => setFrom(e.target.valueAsNumber)} disabled={readonly} />
                </label>
                <button type="button" disabled={readonly || !yearOk} onClick={() => retire(from)}
                  title={yearOk ? 'Dòng không chạy từ năm này; số liệu vẫn giữ và vẫn được đối chiếu' : `Năm trong giai đoạn ${program.from}-${program.to}`}>
                  Thôi dòng
                </button>
              </>
            ) : (
              <button type="button" disabled={readonly} onClick={() => retire(null)}>Cho chạy lại</button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
