import { TestAdapter, TurnContext, type Activity, type StoreItem } from 'botbuilder';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { VersionedConversationState } from '../../src/storage/versionedConversationState';

const KEY = 'test/conversations/c/';

async function stored(storage: BoundedMemoryStorage): Promise<StoreItem | undefined> {
  return (await storage.read([KEY]))[KEY] as StoreItem | undefined;
}

function setUp() {
  const storage = new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 });
  const state = new VersionedConversationState(storage);
  const adapter = new TestAdapter();
  const activity: Partial<Activity> = {
    type: 'message',
    channelId: 'test',
    conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' },
  };
  const newTurn = () => new TurnContext(adapter, activity);
  return { storage, state, newTurn };
}

describe('VersionedConversationState', () => {
  it('writes nothing when a turn changed nothing, so it cannot conflict with anyone', async () => {
    const { storage, state, newTurn } = setUp();
    const first = newTurn();
    (await state.load(first)).step = 1;
    await state.saveChanges(first);
    const before = (await stored(storage))?.eTag;

    const idle = newTurn();
    await state.load(idle);
    await state.saveChanges(idle);
    expect((await stored(storage))?.eTag).toBe(before);
  });

  it('can save twice in one turn, and clear() empties the stored state', async () => {
    const { storage, state, newTurn } = setUp();
    const first = newTurn();
    (await state.load(first)).step = 1;
    await state.saveChanges(first);
    (await state.load(first)).step = 2;
    await state.saveChanges(first);
    expect(await stored(storage)).toMatchObject({ step: 2 });

    const clearing = newTurn();
    await state.load(clearing);
    await state.clear(clearing);
    await state.saveChanges(clearing);
    expect(await stored(storage)).not.toHaveProperty('step');
  });
});
