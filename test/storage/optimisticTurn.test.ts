/**
 * The turn that loses a race runs again on the state the winner saved, and the person sees only
 * the replies of that run. The race is arranged, not hoped for: see GatedStorage.
 */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { Writable } from 'node:stream';
import { TriageBot } from '../../src/bot';
import { createLogger } from '../../src/logger';
import { en } from '../../src/locale/en';
import { ja } from '../../src/locale/ja';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { VersionedConversationState } from '../../src/storage/versionedConversationState';
import { TriageRoot } from '../../dialogs/triageRoot';
import { GatedStorage } from '../support/gatedStorage';

function setUp(conflictRetries: number) {
  const storage = new GatedStorage(new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 }));
  const logLines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const bot = new TriageBot(new VersionedConversationState(storage), new TriageRoot(), { conflictRetries, logger });
  const adapter = new TestAdapter();
  /** One turn as a channel with deliveryMode 'expectReplies' sends it; resolves to the replies' texts. */
  const turn = async (text: string, locale = 'en-US'): Promise<string[]> => {
    const activity: Partial<Activity> = {
      type: 'message',
      text,
      locale,
      channelId: 'test',
      conversation: { id: 'race', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'person', name: '' },
      recipient: { id: 'bot', name: '' },
      deliveryMode: 'expectReplies',
    };
    const context = new TurnContext(adapter, activity);
    await bot.run(context);
    return context.bufferedReplyActivities.map((a) => a.text ?? '');
  };
  return { storage, turn, logLines };
}

describe('a turn that loses a race on the same conversation', () => {
  it("runs again on the winner's state and answers once", async () => {
    const { storage, turn, logLines } = setUp(3);
    await turn('hello');
    const hold = storage.holdNextRead();
    const late = turn('vm');
    await hold.reached;
    const early = await turn('vm');
    hold.release();
    const lateReplies = await late;

    expect(early).toHaveLength(1);
    expect(early[0]).toContain(en.questions.subscription.prompt);
    // Its first run answered the resource question too; that reply was held back and dropped.
    expect(lateReplies).toHaveLength(1);
    expect(lateReplies[0]).toContain(en.notUnderstood.split('{text}')[0]);
    expect(lateReplies[0]).toContain(en.questions.subscription.prompt);
    expect((await turn('pay as you go')).join('\n')).toContain(en.outcome.blocked);
    // Operators see the collision.
    expect(logLines.filter((l) => l.includes('turn runs again'))).toHaveLength(1);
  });

  it("after the last retry asks the person, in their language, to send it again, and keeps the winner's step", async () => {
    const { storage, turn } = setUp(0);
    await turn('hello', 'ja-JP');
    const hold = storage.holdNextRead();
    const late = turn('vm', 'ja-JP');
    await hold.reached;
    expect((await turn('vm', 'ja-JP')).join('\n')).toContain(ja.questions.subscription.prompt);
    hold.release();
    expect(await late).toEqual([ja.sendAgain]);
    expect((await turn('pay as you go', 'ja-JP')).join('\n')).toContain(ja.outcome.blocked);
  });

  it('also when both are the first message of a new conversation (create only if absent)', async () => {
    const { storage, turn } = setUp(3);
    const hold = storage.holdNextRead();
    const late = turn('hello');
    await hold.reached;
    expect((await turn('hello')).join('\n')).toContain(en.welcome);
    hold.release();
    const lateReplies = await late;
    expect(lateReplies).toHaveLength(1);
    expect(lateReplies[0]).not.toContain(en.welcome);
    expect(lateReplies[0]).toContain(en.notUnderstood.split('{text}')[0]);
  });
});
