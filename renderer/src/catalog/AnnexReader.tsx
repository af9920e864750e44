// Lines from the province's decision annex: she picks the file, sees what it gives (each line with
// the code it will get, the ones the book already has marked), then adds them as one action. The
// back end reads the file (browser mode cannot give it a path, so the bytes go as base64).
import type { CatalogLinesRead } from '../../../shared/api';
import { api } from '../api/client';
import { FilePick } from '../dialogs/FilePick';
import type { Done } from './LineActions';

/** An annex read on a dry run, waiting for her yes */
export interface AnnexRead {
  fileName: string;
  data: string;
  parent: string | null;
  read: CatalogLinesRead;
}

interface PickProps {
  program: string;
  /** the line the annex's lines go under (null: the programme's root) */
  parent: string | null;
  readonly: boolean;
  onRead(annex: AnnexRead): void;
  onError(message: string): void;
}

export function AnnexPick({ program, parent, readonly, onRead, onError }: PickProps) {
  const under = parent ?? program;
  return (
    <FilePick label="Đọc dòng từ phụ lục quyết định…" accept=".xlsx,.xls,.json" disabled={readonly} className="catalog-annex-pick"
      ariaLabel={`Đọc dòng từ phụ lục quyết định (.xlsx, .xls, .json) vào dưới ${under}`}
      hint={(reading) => (reading ? 'Đang đọc…' : `(.xlsx, .xls hay .json của Sổ Vốn): các dòng vào dưới ${under}, xem trước rồi mới thêm`)}
      onFile={async (file) => onRead({ ...file, parent, read: await api.call('addCatalogLines', { program, parent, ...file, dryRun: true }) })}
      onError={onError} />
  );
}

interface PreviewProps {
  program: string;
  annex: AnnexRead;
  act(work: () => Promise<Done>): void;
  onCancel(): void;
}

export function AnnexPreview({ program, annex, act, onCancel }: PreviewProps) {
  const { read } = annex;
  const fresh = read.lines.filter((l) => !l.existing).length;
  // indented as they will hang: a line's parent comes before it in the annex
  const depth = new Map<string, number>();
  for (const l of read.lines) depth.set(l.code, (depth.get(l.parent) ?? -1) + 1);
  const commit = () => act(async () => {
    const done = await api.call('addCatalogLines', { program, parent: annex.parent, fileName: annex.fileName, data: annex.data, dryRun: false });
    onCancel();
    return { note: `Đã thêm ${done.added} dòng từ ${annex.fileName}.`, select: read.lines.find((l) => !l.existing)?.code };
  });
  return (
    <div className="catalog-annex" role="region" aria-label="Dòng đọc từ phụ lục">
      <p className="modal-message">
        Tệp {annex.fileName}{read.sheet ? `, trang ${read.sheet}` : ''}: {read.lines.length} dòng, {fresh} dòng mới
        {read.lines.length > fresh ? `, ${read.lines.length - fresh} dòng sổ đã có` : ''}
        {read.skipped.length ? `; bỏ qua ${read.skipped.length} dòng tổng cộng hay ghi chú` : ''}.
      </p>
      <div className="catalog-tree-scroll">
        <table className="catalog-tree catalog-annex-lines" aria-label="Xem trước các dòng">
          <thead><tr><th>STT</th><th>Tên dòng</th><th>Mã sẽ có</th><th /></tr></thead>
          <tbody>
            {read.lines.map((l) => (
              <tr key={l.code} className={l.existing ? 'retired' : undefined}>
                <td>{l.stt}</td>
                <td style={{ paddingLeft: 6 + (depth.get(l.code) ?? 0) * 18 }}>{l.name}</td>
                <td className="catalog-code">{l.code}</td>
                <td className="catalog-note">{l.existing ? 'đã có' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal-buttons">
        <button type="button" onClick={onCancel}>Bỏ</button>
        <button type="button" disabled={fresh === 0} onClick={commit}>{fresh ? `Thêm ${fresh} dòng` : 'Không có dòng mới'}</button>
      </div>
    </div>
  );
}
