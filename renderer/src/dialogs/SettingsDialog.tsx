// Cài đặt: the unit's names, codes and signers, kept in the book and printed on every sheet.
import { useState } from 'react';
import type { BookSettings } from '../../../shared/settings';
import { TemplatesSection } from '../reports/TemplatesSection';
import { useDialogKeys } from './dialog-keys';

interface Props {
  settings: BookSettings;
  onSave(next: BookSettings): Promise<void>;
  onClose(): void;
}

type SignerKey = keyof BookSettings['signers'];
const FIELDS: [Exclude<keyof BookSettings, 'signers' | 'firstYear'>, string][] = [
  ['title', 'Tên sổ'],
  ['unitName', 'Tên đơn vị'],
  ['parentAgency', 'Cơ quan chủ quản'],
  ['unitCode', 'Mã đơn vị (mã QHNS)'],
  ['place', 'Địa danh (ghi ở dòng ngày tháng)'],
];
const SIGNERS: [SignerKey, string][] = [['preparer', 'Người lập biểu'], ['chiefAccountant', 'Kế toán trưởng / Phụ trách kế toán'], ['head', 'Thủ trưởng đơn vị']];

export function SettingsDialog({ settings, onSave, onClose }: Props) {
  const [draft, setDraft] = useState<BookSettings>(settings);
  const box = useDialogKeys<HTMLFormElement>(onClose);
  const setSigner = (who: SignerKey, field: 'title' | 'name', value: string) =>
    setDraft({ ...draft, signers: { ...draft.signers, [who]: { ...draft.signers[who], [field]: value } } });
  return (
    <div className="modal-backdrop" role="presentation">
      <form ref={box} className="modal settings" role="dialog" aria-label="Cài đặt sổ" onSubmit={(e) => { e.preventDefault(); void onSave(draft).then(onClose); }}>
        <h2>Cài đặt sổ</h2>
        {FIELDS.map(([key, label]) => (
          <label key={key}>{label}
            <input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
          </label>
        ))}
        <h3>Người ký</h3>
        {SIGNERS.map(([who, label]) => (
          <div key={who} className="signer">
            <label>Chức danh ({label})
              <input value={draft.signers[who].title} onChange={(e) => setSigner(who, 'title', e.target.value)} />
            </label>
            <label>Họ và tên
              <input value={draft.signers[who].name} onChange={(e) => setSigner(who, 'name', e.target.value)} />
            </label>
          </div>
        ))}
        <TemplatesSection />
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>Hủy</button>
          <button type="submit" className="primary">Lưu</button>
        </div>
      </form>
    </div>
  );
}
