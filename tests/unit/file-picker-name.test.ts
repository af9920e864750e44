// The name she types in the picker of Mới… and Lưu bản sao… becomes the path of a book.
import { describe, expect, it } from 'vitest';
import type { FolderListing } from '../../shared/api';
import { bookTarget, kilobytes } from '../../renderer/src/dialogs/file-picker-text';

const folder = (path: string, separator: '/' | '\\', files: string[] = []): FolderListing => ({
  path, parent: null, crumbs: [], folders: [], places: [], separator, note: null,
  files: files.map((name) => ({ name, path: `${path}${separator}${name}`, size: 1, modified: '2025-06-30T00:00:00Z' })),
});

describe('the name of a new book or a copy', () => {
  it('lands in the folder she is looking at, with .sovon added once', () => {
    expect(bookTarget(folder('/home/lan/So', '/'), ' Xã Mường So 2025 ')).toEqual({ path: '/home/lan/So/Xã Mường So 2025.sovon', name: 'Xã Mường So 2025.sovon', exists: false });
    expect(bookTarget(folder('C:\\', '\\'), 'so.SOVON')).toMatchObject({ path: 'C:\\so.SOVON' });
  });

  it('knows a name that is taken, whatever its case', () => {
    expect(bookTarget(folder('/s', '/', ['Demo.sovon']), 'demo')).toMatchObject({ exists: true });
  });

  it('takes a whole path as typed, and refuses an empty name, slashes and characters Windows refuses', () => {
    expect(bookTarget(folder('/s', '/'), '~/So/ban-sao')).toMatchObject({ path: '~/So/ban-sao.sovon' });
    expect(bookTarget(folder('/s', '/'), 'D:\\So\\ban-sao')).toMatchObject({ path: 'D:\\So\\ban-sao.sovon' });
    for (const bad of ['', '  ', 'So/ban-sao', 'ban?sao']) expect(bookTarget(folder('/s', '/'), bad)).toHaveProperty('problem');
  });

  it('shows sizes in KB, never 0 KB for a book with something in it', () => {
    expect(kilobytes(1)).toBe('1 KB');
    expect(kilobytes(258_048)).toBe('252 KB');
    expect(kilobytes(2_097_152)).toBe('2.048 KB');
  });
});
