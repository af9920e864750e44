// Her own lines under a node: add (content, implementing unit, work), rename, remove.
import type { SheetRow } from '../../shared/sheet/sheet';
import type { LineKind } from '../../shared/catalog';
import { LINE_KINDS } from '../../shared/catalog';
import { LINE_KIND_LABEL } from '../../shared/i18n/vi';
import { api } from './api/client';
import type { PromptSpec } from './dialogs/PromptDialog';

interface Props {
  program: string;
  row: SheetRow | null;
  ask(spec: PromptSpec): void;
  onDone(): Promise<void>;
  onMessage(text: string, error?: boolean): void;
}

export function LineActions({ program, row, ask, onDone, onMessage }: Props) {
  const run = async (work: () => Promise<string>) => {
    try {
      onMessage(await work());
      await onDone();
    } catch (e) {
      onMessage((e as Error).message, true);
    }
  };
  const add = () => row && ask({
    title: `Thêm dòng dưới ${row.code || row.label}`,
    label: 'Tên dòng',
    choices: { label: 'Loại dòng', options: LINE_KINDS.map((k) => ({ value: k, label: LINE_KIND_LABEL[k] })) },
    confirm: 'Thêm',
    onSubmit: (name, kind) => run(async () => {
      await api.call('addLine', { program, parentRowId: row.id, kind: kind as LineKind, name });
      return `Đã thêm dòng "${name}".`;
    }),
  });
  const rename = () => row && ask({
    title: 'Đổi tên dòng', label: 'Tên mới', initial: row.label, confirm: 'Đổi tên',
    onSubmit: (name) => run(async () => {
      await api.call('renameLine', { program, rowId: row.id, name });
      return `Đã đổi tên thành "${name}".`;
    }),
  });
  const remove = () => row && ask({
    title: `Xóa dòng "${row.label}" và mọi số liệu của dòng?`, label: '', confirm: 'Xóa',
    onSubmit: () => run(async () => {
      const res = await api.call('removeLine', { program, rowId: row.id });
      return `Đã xóa dòng "${row.label}" (${res.removedClaims} số liệu).`;
    }),
  });
  const canAdd = row !== null && row.kind !== 'unit';
  return (
    <span className="line-actions">
      <button type="button" disabled={!canAdd} onClick={add}>+ Thêm dòng</button>
      <button type="button" disabled={!row?.own} onClick={rename}>Đổi tên</button>
      <button type="button" disabled={!row?.own} onClick={remove}>Xóa dòng</button>
    </span>
  );
}
