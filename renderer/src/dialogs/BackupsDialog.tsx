// Tệp > Sao lưu và khôi phục: the book's backups with their date, size and what she did after
// each; one can be put back after she confirms (the book as it is now is saved first).
import { useCallback, useEffect, useState } from 'react';
import type { BackupList, BookInfo } from '../../../shared/api';
import { api } from '../api/client';
import { useDialogKeys } from './dialog-keys';

const REASON: Record<BackupList['backups'][number]['reason'], string> = {
  open: 'khi mở sổ', import: 'trước khi nhập', restore: 'trước khi khôi phục', migration: 'trước khi nâng cấp sổ', manual: 'sao lưu ngay',
};

interface Props {
  onClose(): void;
  onRestored(info: BookInfo): void;
  onMessage(text: string, error?: boolean): void;
}

type Entry = BackupList['backups'][number];

export function BackupsDialog({ onClose, onRestored, onMessage }: Props) {
  const [list, setList] = useState<BackupList | null>(null);
  // she confirms in the dialog itself: the question stays beside the list it is about
  const [confirming, setConfirming] = useState<Entry | null>(null);
  const box = useDialogKeys<HTMLDivElement>(onClose);
  const guard = useCallback(async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      onMessage((e as Error).message, true);
    }
  }, [onMessage]);
  useEffect(() => { void guard(async () => setList(await api.call('listBackups', {}))); }, [guard]);

  const restore = (b: Entry) => guard(async () => {
    onRestored(await api.call('restoreBackup', { name: b.name }));
    onMessage(`Đã khôi phục sổ về lúc ${when(b.at)}.`);
    onClose();
  });

  return (
    <div className="modal-backdrop" role="presentation">
      <div ref={box} className="modal backups" role="dialog" aria-label="Sao lưu và khôi phục">
        <h2>Sao lưu và khôi phục</h2>
        <p className="modal-message">
          Sổ Vốn tự sao lưu sổ khi mở (mỗi ngày một lần), trước mỗi lần nhập, khôi phục hay nâng cấp; giữ 30 bản gần nhất và mỗi tháng một bản,
          trong thư mục dữ liệu của Sổ Vốn trên máy này.
        </p>
        {list && list.backups.length === 0 && <p className="modal-message">Chưa có bản sao lưu nào.</p>}
        {list && list.backups.length > 0 && (
          <table className="backups-table" aria-label="Các bản sao lưu">
            <thead><tr><th>Lúc</th><th>Vì sao</th><th>Dung lượng</th><th>Làm sau đó</th><th /></tr></thead>
            <tbody>
              {list.backups.map((b) => (
                <tr key={b.name}>
                  <td>{when(b.at)}</td>
                  <td>{b.reason === 'import' && b.after.file ? `trước khi nhập tệp "${b.after.file}"` : REASON[b.reason]}</td>
                  <td className="num">{(b.size / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB</td>
                  <td title={b.after.labels.join('\n')}>{b.after.count ? `${b.after.count} thao tác, gần nhất: ${b.after.labels.join('; ')}${b.after.count > b.after.labels.length ? '…' : ''}` : 'không có'}</td>
                  <td><button type="button" onClick={() => setConfirming(b)}>Khôi phục…</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {confirming && (
          <div className="confirm" role="alertdialog" aria-label="Khôi phục sổ?">
            <p className="modal-message">
              Sổ sẽ trở về như lúc {when(confirming.at)}
              {confirming.after.count ? `; ${confirming.after.count} thao tác làm sau đó sẽ không còn trong sổ` : ''}.
              Sổ hiện tại được sao lưu trước, nên vẫn lấy lại được.
            </p>
            <div className="modal-buttons">
              <button type="button" onClick={() => setConfirming(null)}>Hủy</button>
              <button type="button" className="primary" onClick={() => void restore(confirming)}>Khôi phục</button>
            </div>
          </div>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={() => void guard(async () => { setList(await api.call('backupNow', {})); onMessage('Đã sao lưu sổ.'); })}>Sao lưu ngay</button>
          <button type="button" className="primary" onClick={onClose}>Đóng</button>
        </div>
      </div>
    </div>
  );
}

/** 25/11/2026 22:05 */
function when(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
