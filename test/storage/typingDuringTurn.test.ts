import { ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { runOptimistically } from '../../src/storage/optimisticTurn';

it("lets a typing indicator out at once while the turn's replies wait for the state to be saved", async () => {
  const adapter = new TestAdapter();
  const context = new TurnContext(adapter, {
    type: 'message',
    text: 'look it up',
    channelId: 'test',
    conversation: { id: 'typing', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'person', name: '' },
    recipient: { id: 'bot', name: '' },
  });
  const seenDuringTurn: string[][] = [];
  await runOptimistically(
    context,
    new ConversationState(new MemoryStorage()),
    async () => {
      await context.sendActivity({ type: 'typing' });
      await context.sendActivity('the answer');
      seenDuringTurn.push(adapter.activeQueue.map((a) => a.type ?? ''));
    },
    { retries: 0, onGiveUp: () => Promise.resolve() },
  );
  expect(seenDuringTurn).toEqual([['typing']]);
  expect(adapter.activeQueue.map((a) => a.text ?? a.type)).toEqual(['typing', 'the answer']);
});
