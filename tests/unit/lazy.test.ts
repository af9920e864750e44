// A module loaded on first use is loaded once; a load that failed is tried again.
import { describe, expect, it } from 'vitest';
import { lazily } from '../../electron/backend/lazy';

describe('lazily', () => {
  it('loads once, however often it is asked', async () => {
    let loads = 0;
    const get = lazily(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let loads = 0;
    const get = lazily(async () => { if (++loads === 1) throw new Error('thiếu tệp'); return 'ok'; });
    await expect(get()).rejects.toThrow('thiếu tệp');
    expect(await get()).toBe('ok');
    expect(loads).toBe(2);
  });
});
