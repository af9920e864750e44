// Cài đặt: the unit's names, codes and signers, kept in the book and printed on every sheet. When
// the unit's name or a signer changes (a district became a commune in 2025, a chief accountant
// retired), she says from which year: the sheets of earlier years keep who signed then.
import { useState } from 'react';
import type { BookSettings } from '../../../shared/settings';
import { TemplatesSection } from '../reports/TemplatesSection';
import { SettingsEras, changesWhoSigns } from './SettingsEras';
import { useDialogKeys } from './dialog-keys';

interface Props {
  settings: BookSettings;
  /** the year she is looking at: the first year a change is offered from */
  year: number;
  /** `from`: the change holds from that year on; absent, for every year (a correction) */
  onSave(next: BookSettings, from?: number): Promise<void>;
  onClose(): void;
}

type SignerKey = keyof BookSettings['signers'];
const FIELDS: [Exclude<keyof BookSettings, 'signers' | 'firstYear' | 'earlier' | 'treasury'>, string][] = [
  ['title', 'Tên sổ'],
  ['unitName', 'Tên đơn vị'],
  ['parentAgency', 'Cơ quan chủ quản'],
  ['unitCode', 'Mã đơn vị (mã QHNS)'],
  ['place', 'Địa danh (ghi ở dòng ngày tháng)'],
];
type TreasuryKey = keyof NonNullable<BookSettings['treasury']>;
const TREASURY: [TreasuryKey, string][] = [['chapter', 'Mã chương'], ['budgetLevel', 'Mã cấp ngân sách'], ['office', 'Mã KBNN nơi giao dịch']];
const NO_TREASURY = { chapter: '', budgetLevel: '', office: '' };
const SIGNERS: [SignerKey, string][] = [['preparer', 'Người lập biểu'], ['chiefAccountant', 'Kế toán trưởng / Phụ trách kế toán'], ['head', 'Thủ trưởng đơn vị']];

export function SettingsDialog({ settings, year, onSave, onClose }: Props) {
  const [draft, setDraft] = useState<BookSettings>(settings);
  // '' : a correction for every year; a year: the change holds from then on
  const [from, setFrom] = useState('');
  const fromYear = /^\d{4}$/.test(from) ? Number(from) : undefined;
  const fromProblem = from !== '' && fromYear === undefined ? 'Ghi năm bằng bốn chữ số (ví dụ 2026), hoặc để trống.' : null;
  const box = useDialogKeys<HTMLFormElement>(onClose);
  const setSigner = (who: SignerKey, field: 'title' | 'name', value: string) =>
    setDraft({ ...draft, signers: { ...draft.signers, [who]: { ...draft.signers[who], [field]: value } } });
  const submit = () => {
    if (fromProblem) return;
    void onSave(draft, changesWhoSigns(settings, draft) ? fromYear : undefined).then(onClose);
  };
  return (
    <div className="modal-backdrop" role="presentation">
      <form ref={box} className="modal settings" role="dialog" aria-label="Cài đặt sổ" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <h2>Cài đặt sổ</h2>
        <div className="settings-unit">
          {FIELDS.map(([key, label]) => (
            <label key={key}>{label}
              <input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
            </label>
          ))}
        </div>
        <h3>Mã với Kho bạc (in trên mẫu 01a, 02a, 04-SDKP/ĐVDT)</h3>
        <div className="settings-treasury">
          {TREASURY.map(([key, label]) => (
            <label key={key}>{label}
              <input value={draft.treasury?.[key] ?? ''} onChange={(e) => setDraft({ ...draft, treasury: { ...NO_TREASURY, ...draft.treasury, [key]: e.target.value } })} />
            </label>
          ))}
        </div>
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
        {changesWhoSigns(settings, draft) && (
          <label className="settings-from">Thay đổi tên đơn vị, cơ quan chủ quản hay người ký áp dụng từ năm
            <input inputMode="numeric" placeholder={`ví dụ ${year}`} value={from} onChange={(e) => setFrom(e.target.value.trim())}
              aria-invalid={fromProblem !== null} aria-describedby="settings-from-note" />
            <span id="settings-from-note" className={fromProblem ? 'field-problem' : 'field-note'}>
              {fromProblem ?? (fromYear ? `Các năm trước ${fromYear} giữ tên và người ký cũ trên bảng in.` : 'Để trống: sửa cho mọi năm (sửa lỗi gõ).')}
            </span>
          </label>
        )}
        <SettingsEras settings={settings} />
        <TemplatesSection />
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>Hủy</button>
          <button type="submit" className="primary">Lưu</button>
        </div>
      </form>
    </div>
  );
}
