import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { ETagConflictError } from '../../src/storage/versionedStorage';

/** A clock the test moves by hand, so expiry is tested without waiting. */
function manualClock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('BoundedMemoryStorage', () => {
  it('keeps at most maxItems conversations, dropping the least recently active', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 3, ttlMs: 60_000 });
    for (let i = 0; i < 10; i++) await storage.write({ [`c${String(i)}`]: { step: i, eTag: '*' } });
    expect(storage.size).toBe(3);
    expect(Object.keys(await storage.read(['c0', 'c6', 'c7', 'c8', 'c9']))).toEqual(['c7', 'c8', 'c9']);
  });

  it('forgets an idle conversation after the TTL, but not an active one', async () => {
    const clock = manualClock();
    const storage = new BoundedMemoryStorage({ maxItems: 100, ttlMs: 60_000, clock });
    await storage.write({ idle: { step: 1, eTag: '*' }, active: { step: 1, eTag: '*' } });
    clock.advance(40_000);
    await storage.read(['active']);
    clock.advance(40_000);
    expect(Object.keys(await storage.read(['idle', 'active']))).toEqual(['active']);
    expect(storage.size).toBe(1);
  });

  it('writes only over the version that was read, and creates only what does not exist', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
    const created = await storage.writeIfUnchanged('c', { step: 1 }, undefined);
    await expect(storage.writeIfUnchanged('c', { step: 9 }, undefined)).rejects.toBeInstanceOf(ETagConflictError);
    const second = await storage.writeIfUnchanged('c', { step: 2 }, created);
    await expect(storage.writeIfUnchanged('c', { step: 3 }, created)).rejects.toBeInstanceOf(ETagConflictError);
    expect(await storage.read(['c'])).toEqual({ c: { step: 2, eTag: second } });
  });

  it('stores a copy: changing the written object afterwards changes nothing', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
    const item = { answers: ['vm'], eTag: '*' };
    await storage.write({ c: item });
    item.answers.push('ea');
    expect((await storage.read(['c'])).c).toMatchObject({ answers: ['vm'] });
  });

  it('keeps its total size under the byte cap however large each conversation is', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 10_000, maxBytes: 4 * 1024 * 1024, ttlMs: 60_000 });
    const big = 'x'.repeat(200 * 1024);
    for (let i = 0; i < 100; i++) await storage.write({ [`conversation-${String(i)}`]: { big, eTag: '*' } });
    expect(storage.bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(Object.keys(await storage.read(['conversation-99']))).toEqual(['conversation-99']);
    expect(Object.keys(await storage.read(['conversation-0']))).toEqual([]);
  });
});
