// Danh mục chương trình: she orders her own lines under a node as the province's decision does.
// A move is one action that swaps two siblings; the grid's rows follow, and Hoàn tác puts them
// back exactly.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('move-line'); });

async function freshService(name: string): Promise<Service> {
  const service = new Service();
  await service.call('newBook', { path: path.join(dir, `${name}.sovon`), unitName: 'Ủy ban nhân dân huyện Phong Thổ' });
  return service;
}

/** Her lines under DA1 as the grid shows them, top to bottom. */
async function underDa1(service: Service): Promise<string[]> {
  const sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: 'DA1' });
  return sheet.rows.filter((r) => r.parentId === 'DA1' && r.own).map((r) => r.label);
}

describe('her lines in her order', () => {
  it('moves a content line up past its sibling, and undo puts it back', async () => {
    const service = await freshService('up');
    for (const name of ['Đường giao thông', 'Trường học', 'Nước sinh hoạt']) {
      await service.call('addLine', { program: 'GNBV', parentRowId: 'DA1', kind: 'content', name });
    }
    const third = (await service.call('listCatalog', {})).programs[0]!.lines.find((l) => l.name === 'Nước sinh hoạt')!.code;
    expect(await service.call('moveLine', { program: 'GNBV', code: third, direction: 'up' })).toEqual({ moved: true });
    expect(await underDa1(service)).toEqual(['Đường giao thông', 'Nước sinh hoạt', 'Trường học']);
    expect((await service.call('undoInfo', {})).undo).toBe('chuyển dòng "Nước sinh hoạt" lên');
    // the catalogue's list follows the same order
    const listed = (await service.call('listCatalog', {})).programs[0]!.lines.filter((l) => l.parent === 'DA1' && l.kind !== 'node').map((l) => l.name);
    expect(listed).toEqual(['Đường giao thông', 'Nước sinh hoạt', 'Trường học']);

    await service.call('undo', {});
    expect(await underDa1(service)).toEqual(['Đường giao thông', 'Trường học', 'Nước sinh hoạt']);
    await service.call('redo', {});
    expect(await underDa1(service)).toEqual(['Đường giao thông', 'Nước sinh hoạt', 'Trường học']);
    service.close();
  });

  it('keeps a line at the edge where it is, without an action, and skips units and other parents', async () => {
    const service = await freshService('edge');
    const { rowId: first } = await service.call('addLine', { program: 'GNBV', parentRowId: 'DA1', kind: 'content', name: 'Đường giao thông' });
    await service.call('addLine', { program: 'GNBV', parentRowId: 'DA1', kind: 'unit', name: 'Xã Mường So' });
    await service.call('addLine', { program: 'GNBV', parentRowId: 'DA2', kind: 'content', name: 'Chợ' });
    const { rowId: last } = await service.call('addLine', { program: 'GNBV', parentRowId: 'DA1', kind: 'work', name: 'Cầu treo' });
    const undoBefore = await service.call('undoInfo', {});
    expect(await service.call('moveLine', { program: 'GNBV', code: first, direction: 'up' })).toEqual({ moved: false });
    expect(await service.call('undoInfo', {})).toEqual(undoBefore);
    // Cầu treo's sibling above is Đường giao thông: the unit and DA2's line are not in between
    expect(await service.call('moveLine', { program: 'GNBV', code: last, direction: 'up' })).toEqual({ moved: true });
    // (the two trade places: the unit between them stays where it was)
    expect(await underDa1(service)).toEqual(['Cầu treo', 'Xã Mường So', 'Đường giao thông']);
    expect(await service.call('moveLine', { program: 'GNBV', code: last, direction: 'up' })).toEqual({ moved: false });
    service.close();
  });

  it('refuses to move a line of the catalogue', async () => {
    const service = await freshService('catalogue');
    await expect(service.call('moveLine', { program: 'GNBV', code: 'DA1', direction: 'down' })).rejects.toThrow(/thuộc danh mục chương trình/);
    service.close();
  });
});
