// The toolbar's Dòng: her own lines under a node (content, implementing unit, work): add one under
// the line she is on, rename or remove one she added. A menu, so the toolbar keeps to one row.
import { useCallback, useRef, useState } from 'react';
import type { SheetRow } from '../../../shared/sheet/sheet';
import type { LineKind } from '../../../shared/catalog';
import { LINE_KINDS } from '../../../shared/catalog';
import { LINE_KIND_LABEL } from '../../../shared/i18n/vi';
import { api } from '../api/client';
import type { PromptSpec } from '../dialogs/PromptDialog';
import { useDismiss } from '../useDismiss';

interface Props {
  program: string;
  row: SheetRow | null;
  ask(spec: PromptSpec): void;
  onDone(): Promise<void>;
  onMessage(text: string, error?: boolean): void;
}

export function LineMenu({ program, row, ask, onDone, onMessage }: Props) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useDismiss(open, menu, useCallback(() => setOpen(false), []));
  const run = async (work: () => Promise<string>) => {
    try {
      onMessage(await work());
      await onDone();
    } catch (e) {
      onMessage((e as Error).message, true);
    }
  };
  const add = (at: SheetRow) => ask({
    title: `Thêm dòng dưới ${at.code || at.label}`,
    label: 'Tên dòng',
    choices: { label: 'Loại dòng', options: LINE_KINDS.map((k) => ({ value: k, label: LINE_KIND_LABEL[k] })) },
    confirm: 'Thêm',
    onSubmit: (name, kind) => run(async () => {
      await api.call('addLine', { program, parentRowId: at.id, kind: kind as LineKind, name });
      return `Đã thêm dòng "${name}".`;
    }),
  });
  const rename = (at: SheetRow) => ask({
    title: 'Đổi tên dòng', label: 'Tên mới', initial: at.label, confirm: 'Đổi tên',
    onSubmit: (name) => run(async () => {
      await api.call('renameLine', { program, rowId: at.id, name });
      return `Đã đổi tên thành "${name}".`;
    }),
  });
  const remove = (at: SheetRow) => ask({
    title: `Xóa dòng "${at.label}" và mọi số liệu của dòng?`, label: '', confirm: 'Xóa',
    onSubmit: () => run(async () => {
      const res = await api.call('removeLine', { program, rowId: at.id });
      return `Đã xóa dòng "${at.label}" (${res.removedClaims} số liệu).`;
    }),
  });
  const items: { label: string; why: string; act: ((at: SheetRow) => void) | null }[] = [
    { label: row ? `Thêm dòng dưới ${row.code || row.label}…` : 'Thêm dòng…', why: 'Chọn một dòng của lưới trước; dưới đơn vị thực hiện không thêm được dòng', act: row && row.kind !== 'unit' ? add : null },
    { label: 'Đổi tên dòng…', why: 'Chỉ đổi tên được dòng tự thêm, không phải dòng của danh mục', act: row?.own ? rename : null },
    { label: 'Xóa dòng…', why: 'Chỉ xóa được dòng tự thêm, không phải dòng của danh mục', act: row?.own ? remove : null },
  ];
  return (
    <div className="menu" ref={menu}>
      <button type="button" className="menu-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>Dòng ▾</button>
      {open && (
        <ul className="menu-list" role="menu" aria-label="Dòng">
          {items.map(({ label, why, act }) => (
            <li key={label} role="menuitem" aria-disabled={!act} className={act ? undefined : 'disabled'} title={act ? undefined : why}
              onClick={() => { if (!act || !row) return; setOpen(false); act(row); }}>{label}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
