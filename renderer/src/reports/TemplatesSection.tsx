// Cài đặt > Mẫu báo cáo: the templates of the book. She adds the province's own (checked: every
// placeholder that does not read is listed with its cell, and nothing is saved), replaces or
// removes it. Bundled templates are listed, not changed.
import { useEffect, useState } from 'react';
import type { TemplateInfo } from '../../../shared/api';
import { api } from '../api/client';
import { fileBase64 } from './file-base64';
import { TPL } from '../../../shared/i18n/template';

/** A template she added under a name the book already has: she chooses what happens. */
interface SameName { file: File; id: string; name: string; rename: string }

export function TemplatesSection() {
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [issues, setIssues] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [same, setSame] = useState<SameName | null>(null);
  const reload = () => api.call('listTemplates', {}).then((r) => setTemplates(r.templates)).catch((e: Error) => setNote(e.message));
  useEffect(() => { void reload(); }, []);

  const add = async (file: File | undefined, replace?: string, name?: string) => {
    if (!file) return;
    setIssues([]);
    setSame(null);
    try {
      const res = await api.call('addTemplate', { fileName: file.name, data: await fileBase64(file), ...(replace && { replace }), ...(name && { name }) });
      if (res.sameName) { setSame({ file, ...res.sameName, rename: `${res.sameName.name} (2)` }); setNote(''); return; }
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
                <label className="file-pick">
                  <span className="button">Thay…</span>
                  <input type="file" accept=".xlsx" aria-label={`Thay mẫu ${t.name}`} onChange={(e) => { void add(e.target.files?.[0], t.id); e.target.value = ''; }} />
                </label>
                <button type="button" onClick={() => void remove(t)}>Xóa</button>
              </>
            )}
          </li>
        ))}
      </ul>
      <label className="file-pick">
        {/* the browser's own button says "Choose File / No file chosen", in English: ours speaks Vietnamese */}
        <span className="button">Thêm mẫu (.xlsx)…</span>
        <input type="file" accept=".xlsx" aria-label="Thêm mẫu báo cáo" onChange={(e) => { void add(e.target.files?.[0]); e.target.value = ''; }} />
      </label>
      {same && (
        <div className="template-same-name" role="group" aria-label="Mẫu trùng tên">
          <p>{TPL.sameNameAsk(same.name)}</p>
          <button type="button" onClick={() => void add(same.file, same.id)}>Thay mẫu cũ</button>
          <label>Tên khác <input value={same.rename} onChange={(e) => setSame({ ...same, rename: e.target.value })} /></label>
          <button type="button" disabled={!same.rename.trim()} onClick={() => void add(same.file, undefined, same.rename.trim())}>Thêm với tên này</button>
          <button type="button" onClick={() => setSame(null)}>Thôi</button>
        </div>
      )}
      {note && <p role="status">{note}</p>}
      {issues.length > 0 && (
        <ul className="template-issues" aria-label="Chỗ điền cần sửa">
          {issues.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      <p className="hint">{TPL.placeholderHint}</p>
    </section>
  );
}
