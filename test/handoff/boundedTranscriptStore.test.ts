import type { Activity } from 'botbuilder';
import { BoundedTranscriptStore } from '../../src/handoff/boundedTranscriptStore';

const said = (conversation: string, text: string) =>
  ({ type: 'message', text, channelId: 'directline', conversation: { id: conversation }, from: { id: 'u' }, timestamp: new Date() }) as unknown as Activity;
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
