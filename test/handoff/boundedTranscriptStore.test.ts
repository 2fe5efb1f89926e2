import type { Activity } from 'botbuilder';
import { BoundedTranscriptStore } from '../../src/handoff/boundedTranscriptStore';

const said = (conversation: string, text: string) =>
  ({
    type: 'message',
    text,
    channelId: 'directline',
    conversation: { id: conversation },
    from: { id: 'u' },
    timestamp: new Date(),
  }) as unknown as Activity;
const texts = async (store: BoundedTranscriptStore, conversation: string) =>
  (await store.getTranscriptActivities('directline', conversation)).items.map((a) => a.text);

describe('the hand-off transcript store', () => {
  it('keeps the most recently active conversations up to its cap and forgets the rest', async () => {
    const store = new BoundedTranscriptStore({ maxConversations: 2, ttlMs: 60_000 });
    await store.logActivity(said('a', 'first in a'));
    await store.logActivity(said('b', 'first in b'));
    await store.logActivity(said('a', 'second in a'));
    await store.logActivity(said('c', 'first in c'));
    expect(await texts(store, 'a')).toEqual(['first in a', 'second in a']);
    expect(await texts(store, 'b')).toEqual([]);
    expect(await texts(store, 'c')).toEqual(['first in c']);
  });
});

describe('the hand-off transcript store under a flood', () => {
  const big = 'x'.repeat(200 * 1024);

  it('keeps the latest activities of a conversation within its count and byte caps, long texts cut', async () => {
    const store = new BoundedTranscriptStore({
      maxConversations: 10,
      ttlMs: 60_000,
      maxActivities: 50,
      maxConversationBytes: 64 * 1024,
      maxTextChars: 4096,
    });
    for (let i = 0; i < 300; i++) await store.logActivity(said('flood', `${String(i)} ${big}`));
    const kept = (await store.getTranscriptActivities('directline', 'flood')).items;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(50);
    expect(kept.at(-1)?.text?.startsWith('299 ')).toBe(true);
    expect(kept.every((a) => (a.text ?? '').length <= 4096)).toBe(true);
    expect(store.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('keeps the total under its cap over many conversations, forgetting the least recently active', async () => {
    const store = new BoundedTranscriptStore({
      maxConversations: 1000,
      ttlMs: 60_000,
      maxConversationBytes: 64 * 1024,
      maxTotalBytes: 256 * 1024,
    });
    for (let i = 0; i < 200; i++) await store.logActivity(said(`c${String(i)}`, big));
    expect(store.bytes).toBeLessThanOrEqual(256 * 1024);
    expect(await texts(store, 'c199')).toHaveLength(1);
    expect(await texts(store, 'c0')).toEqual([]);
  });

  it('counts every append to a conversation it already holds, so the total cap holds for long conversations too', async () => {
    const store = new BoundedTranscriptStore({
      maxConversations: 1000,
      ttlMs: 60_000,
      maxConversationBytes: 64 * 1024,
      maxTotalBytes: 256 * 1024,
    });
    const line = 'y'.repeat(1000);
    // Ten conversations of a first short line each, then each grown by appends alone.
    for (let c = 0; c < 10; c++) await store.logActivity(said(`long${String(c)}`, 'hello'));
    for (let i = 0; i < 60; i++) for (let c = 0; c < 10; c++) await store.logActivity(said(`long${String(c)}`, line));
    const held = await Promise.all(
      Array.from({ length: 10 }, async (_, c) =>
        (await store.getTranscriptActivities('directline', `long${String(c)}`)).items.reduce((sum, a) => sum + JSON.stringify(a).length, 0),
      ),
    );
    const total = held.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(256 * 1024);
    // What it reports is what it holds, not the size of the first activity.
    expect(store.bytes).toBeGreaterThan(total * 0.9);
    expect(store.bytes).toBeLessThanOrEqual(256 * 1024);
  });

  it('pages a long transcript so the hand-off reads it whole', async () => {
    const store = new BoundedTranscriptStore({ maxConversations: 10, ttlMs: 60_000 });
    for (let i = 0; i < 250; i++) await store.logActivity(said('long', String(i)));
    const read: string[] = [];
    let token: string | undefined;
    do {
      const page = await store.getTranscriptActivities('directline', 'long', token);
      read.push(...page.items.map((a) => a.text ?? ''));
      token = page.continuationToken || undefined;
    } while (token);
    expect(read).toEqual(Array.from({ length: 250 }, (_, i) => String(i)));
  });
});
