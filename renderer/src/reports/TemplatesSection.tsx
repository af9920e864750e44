// Cài đặt > Mẫu báo cáo: the templates of the book. She adds the province's own (checked: every
// placeholder that does not read is listed with its cell, and nothing is saved), replaces or
// removes it. Bundled templates are listed, not changed.
import { useEffect, useState } from 'react';
import type { TemplateInfo } from '../../../shared/api';
import { api } from '../api/client';
import { fileBase64 } from './file-base64';

export function TemplatesSection() {
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [issues, setIssues] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const reload = () => api.call('listTemplates', {}).then((r) => setTemplates(r.templates)).catch((e: Error) => setNote(e.message));
  useEffect(() => { void reload(); }, []);

  const add = async (file: File | undefined, replace?: string) => {
    if (!file) return;
    setIssues([]);
    try {
      const res = await api.call('addTemplate', { fileName: file.name, data: await fileBase64(file), ...(replace && { replace }) });
      if (!res.added) { setIssues(res.issues); setNote(''); return; }
      setNote(replace ? `Đã thay mẫu "${res.added.name}".` : `Đã thêm mẫu "${res.added.name}".`);
      await reload();
    } catch (e) {
      setNote((e as Error).message);
    }
  };

  const remove = async (t: TemplateInfo) => {
    if (!window.confirm(`Xóa mẫu "${t.name}" khỏi sổ?`)) return;
    await api.call('removeTemplate', { id: t.id });
    setNote(`Đã xóa mẫu "${t.name}".`);
    await reload();
  };

  return (
    <section className="templates" aria-label="Mẫu báo cáo">
      <h3>Mẫu báo cáo</h3>
      <ul>
        {templates.map((t) => (
          <li key={t.id}>
            <span>{t.name}</span> <span className="template-source">{t.source === 'book' ? 'trong sổ' : 'đi kèm'}</span>
            {t.source === 'book' && (
              <>
                <label className="file-button">Thay…
                  <input type="file" accept=".xlsx" aria-label={`Thay mẫu ${t.name}`} hidden onChange={(e) => void add(e.target.files?.[0], t.id)} />
                </label>
                <button type="button" onClick={() => void remove(t)}>Xóa</button>
              </>
            )}
          </li>
        ))}
      </ul>
      <label className="file-button">Thêm mẫu (.xlsx)…
        <input type="file" accept=".xlsx" aria-label="Thêm mẫu báo cáo" onChange={(e) => void add(e.target.files?.[0])} />
      </label>
      {note && <p role="status">{note}</p>}
      {issues.length > 0 && (
        <ul className="template-issues" aria-label="Chỗ điền cần sửa">
          {issues.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      <p className="hint">Cách viết chỗ điền: xem hướng dẫn "Mẫu báo cáo" (docs/mau-bao-cao.md).</p>
    </section>
  );
}
