// Which dialogs stand over the grid: several at once, each closed on its own.
import { describe, expect, it } from 'vitest';
import type { PromptSpec } from '../../renderer/src/dialogs/PromptDialog';
import { dialogsReducer, opening } from '../../renderer/src/open-dialogs';

const prompt = (title: string): PromptSpec => ({ title, label: '', onSubmit: () => {} });

describe('the open dialogs', () => {
  it('keeps F1\'s keys over the import, and closing one leaves the other', () => {
    let open = dialogsReducer({}, opening('import', { dropped: null }));
    open = dialogsReducer(open, opening('shortcuts', true));
    expect(open).toEqual({ import: { dropped: null }, shortcuts: true });
    expect(dialogsReducer(open, { type: 'close', dialog: 'shortcuts' })).toEqual({ import: { dropped: null } });
  });

  it('closes a prompt only while it is the one shown: an answer that asked the next question keeps it', () => {
    const replace = prompt('Thay tệp?');
    const next = prompt('Tên tệp');
    const asked = dialogsReducer(dialogsReducer({}, opening('prompt', replace)), opening('prompt', next));
    expect(dialogsReducer(asked, { type: 'close', dialog: 'prompt', only: replace })).toBe(asked);
    expect(dialogsReducer(asked, { type: 'close', dialog: 'prompt', only: next })).toEqual({});
  });

  it('leaves the state as it was when what is closed was not open', () => {
    const open = dialogsReducer({}, opening('print', true));
    expect(dialogsReducer(open, { type: 'close', dialog: 'backups' })).toBe(open);
  });
});
