/**
 * A requester cannot flood the support team: "agent" again offers the open case and what they type goes to it, not
 * to a new card (a new case is asked for explicitly, at most three open per person), one rating
 * per resolution, sent messages pruned from the case, and "status" reads a bounded number of cases.
 * The bot runs as in production (HTTP, local mode); a local server plays the Bot Connector.
 */
import type { Activity, StoreItems } from 'botbuilder';
import { CaseStore } from '../../src/cases/caseStore';
import type { SupportCase } from '../../src/cases/case';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import type { FakeConnector } from './fakeConnector';
import { startSupportChannelBot, SUPPORT_CHANNEL, type SupportChannelBot } from '../support/supportChannelBot';

const CHANNEL = SUPPORT_CHANNEL;
const TENANT = 'tenant-1';

let connector: FakeConnector;
let base: string;
let store: CaseStore;

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({
    SUPPORT_DAYS: 'Mon-Sun',
    SUPPORT_HOURS: '00:00-24:00',
    HANDOFF_RETRY_BASE_MS: '10',
    HANDOFF_RETRY_MAX_MS: '50',
  });
  ({ connector, base, store } = bot);
});
afterAll(() => bot.stop());

async function send(from: string, conversation: string, activity: Partial<Activity>): Promise<string> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: conversation, conversationType: conversation.startsWith(CHANNEL) ? 'channel' : 'personal', tenantId: TENANT },
      from: { id: from, name: from, aadObjectId: `${from}-oid` },
      recipient: { id: '28:bot', name: 'Port 25 triage' },
      channelData: { tenant: { id: TENANT } },
      ...activity,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities.map((a) => a.text ?? '').join('\n');
}

const caseNumberIn = (text: string) => /SMTP-[0-9A-HJKMNP-TV-Z]{5}/.exec(text)![0];

describe('a requester flooding the support channel', () => {
  it('gets one card for repeated "agent", description, "yes": asking again offers the open case, and the text goes to it', async () => {
    const say = (text: string) => send('29:flooder', 'a:personal-flood', { text });
    for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'first description']) await say(text);
    const number = caseNumberIn(await say('yes'));
    await connector.until(() => connector.accepted(CHANNEL, 'POST').length === 1);
    for (let i = 0; i < 5; i++) {
      const again = await say('agent');
      expect(again).toContain(`You already have an open case, ${number}`);
      await say(`description ${String(i)}`);
      await say('yes');
    }
    expect(connector.accepted(CHANNEL, 'POST')).toHaveLength(1);
    expect((await say('status')).match(/SMTP-/g)).toHaveLength(1);
  });

  it('rates a resolved case once; a second rating posts nothing to the thread', async () => {
    const say = (activity: Partial<Activity>) => send('29:rater', 'a:personal-rater', activity);
    for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'skip']) await say({ text });
    const number = caseNumberIn(await say({ text: 'yes' }));
    await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity).includes(number)));
    const post = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number))!;
    const cardId = `msg-${String(connector.received.indexOf(post) + 1)}`;
    const thread = `${CHANNEL};messageid=${cardId}`;
    await send('29:engineer', thread, { text: '', value: { caseAction: 'resolve', number } });

    expect(await say({ text: '4', value: { caseRating: 4, number } })).toBe('Thank you for your rating.');
    await connector.until(() => connector.accepted(thread).some((r) => r.activity.text?.includes('rated')));
    const updates = connector.accepted(CHANNEL, 'PUT').length;
    for (let i = 0; i < 5; i++) {
      expect(await say({ text: '1', value: { caseRating: 1, number } })).toBe(
        `Case ${number} is already rated, thank you: one rating per resolution.`,
      );
    }
    expect(connector.accepted(thread).filter((r) => r.activity.text?.includes('rated'))).toHaveLength(1);
    expect(connector.accepted(CHANNEL, 'PUT')).toHaveLength(updates);
    expect((await store.get(number))?.rating).toBe(4);
    // Everything owed was sent, and nothing sent is kept on the case.
    await connector.until(() => connector.accepted('a:personal-rater').length >= 1);
    expect((await store.get(number))?.outbox).toEqual([]);
  });
});

describe('"status" with a long history', () => {
  it('reads a bounded number of cases however many the requester ever had', async () => {
    class CountingStorage extends BoundedMemoryStorage {
      reads = 0;
      override read(keys: string[]): Promise<StoreItems> {
        this.reads += keys.length;
        return super.read(keys);
      }
    }
    const storage = new CountingStorage({ maxItems: 10_000, ttlMs: 60_000 });
    const cases = new CaseStore(storage);
    const base: Omit<SupportCase, 'number'> = {
      status: 'resolved',
      locale: 'en',
      createdAt: new Date().toISOString(),
      answers: {},
      supportCanLift: true,
      category: [],
      requester: { userKey: 'test:many', channelId: 'test', reference: {} },
      history: [],
      revision: 0,
      outbox: [],
    };
    for (let i = 0; i < 200; i++) await cases.create({ ...base, number: `SMTP-${String(i).padStart(5, '0')}` });
    storage.reads = 0;
    expect(await cases.openCasesOf('test:many')).toEqual([]);
    expect(storage.reads).toBeLessThanOrEqual(21);
  });
});
