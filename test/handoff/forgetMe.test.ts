/**
 * "forget me" reaches the person's cases too: those nobody has in hand are deleted (and "status" no longer
 * lists them); one an engineer is working on is kept, and the person is told exactly what and why.
 * Over HTTP in local mode; a local server plays the Bot Connector for the team's channel.
 */
import type { Activity } from 'botbuilder';
import type { CaseStore } from '../../src/cases/caseStore';
import type { FakeConnector } from './fakeConnector';
import { startSupportChannelBot, SUPPORT_CHANNEL, SUPPORT_TENANT, type SupportChannelBot } from '../support/supportChannelBot';

const CHANNEL = SUPPORT_CHANNEL;

let connector: FakeConnector;
let base: string;
let store: CaseStore;

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({ HANDOFF_FIRST_ATTEMPT_MS: '0' });
  ({ connector, base, store } = bot);
});
afterAll(() => bot.stop());

async function send(from: string, conversation: string, activity: Partial<Activity>, locale = 'en-US'): Promise<string> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      locale,
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: {
        id: conversation,
        conversationType: conversation.startsWith(CHANNEL) ? 'channel' : 'personal',
        tenantId: SUPPORT_TENANT,
      },
      from: { id: from, name: from },
      recipient: { id: '28:bot', name: 'Port 25 triage' },
      ...activity,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities.map((a) => a.text ?? '').join('\n');
}

const caseNumberIn = (text: string) => /SMTP-[0-9A-HJKMNP-TV-Z]{5}/.exec(text)![0];

async function openCase(from: string, conversation: string, words: string[]): Promise<string> {
  let last = '';
  for (const text of words) last = await send(from, conversation, { text }, words[0] === 'こんにちは' ? 'ja-JP' : 'en-US');
  return caseNumberIn(last);
}

describe('"forget me" and the person\'s cases', () => {
  it('deletes a case nobody has taken, with its description and reference: "status" no longer lists it', async () => {
    connector.failNext(1_000_000);
    const number = await openCase('29:leaver', 'a:personal-leaver', [
      'hi',
      'Virtual machine',
      'Enterprise Agreement',
      'it times out',
      'no',
      'my secret server name',
      'yes',
    ]);
    const said = await send('29:leaver', 'a:personal-leaver', { text: 'forget me' });
    connector.failNext(0);
    expect(said).toContain(`I have also deleted your cases ${number}`);
    expect(await store.get(number)).toBeUndefined();
    expect(await store.openCasesOf('msteams:29:leaver')).toEqual([]);
    expect(await store.pending()).not.toContain(number);
    expect(await send('29:leaver', 'a:personal-leaver', { text: 'status' })).not.toContain(number);
  });

  it('keeps a case an engineer has in hand and says what is kept and why, in Japanese too', async () => {
    const number = await openCase('29:keeper', 'a:personal-keeper', [
      'こんにちは',
      '仮想マシン',
      'エンタープライズ契約',
      'タイムアウト',
      'いいえ',
      'スキップ',
      'はい',
    ]);
    await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity).includes(number)));
    const post = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number))!;
    const thread = `${CHANNEL};messageid=msg-${String(connector.received.indexOf(post) + 1)}`;
    await send('29:engineer', thread, { text: '', value: { caseAction: 'assign', number } });

    const said = await send('29:keeper', 'a:personal-keeper', { text: '忘れて' }, 'ja-JP');
    expect(said).toContain(`ケース ${number} はすでにサポート エンジニアが対応しているため、解決するまで保持します`);
    expect((await store.get(number))?.status).toBe('assigned');
    expect((await store.openCasesOf('msteams:29:keeper')).map((c) => c.number)).toEqual([number]);
  });

  it('finds every case of the person, not only the latest 20 that "status" reads', async () => {
    const userKey = 'msteams:29:many';
    const numbers: string[] = [];
    for (let i = 0; i < 25; i++) {
      const number = `SMTP-M${String(i).padStart(4, '0')}`;
      numbers.push(number);
      await store.create({
        number,
        status: 'resolved',
        locale: 'en',
        createdAt: new Date().toISOString(),
        answers: {},
        supportCanLift: true,
        category: [],
        description: `case ${String(i)}`,
        requester: { userKey, channelId: 'msteams', reference: {} },
        history: [],
        revision: 0,
        outbox: [],
      });
    }
    await send('29:many', 'a:personal-many', { text: 'forget me' });
    for (const number of numbers) expect([number, await store.get(number)]).toEqual([number, undefined]);
  });

  it("takes the e-mail address off a kept case's card as well", async () => {
    const visitor = (text: string) =>
      send('visitor-mail', 'webchat-mail', {
        text,
        channelId: 'webchat',
        conversation: { id: 'webchat-mail' } as Activity['conversation'],
        from: { id: 'visitor-mail' } as Activity['from'],
      });
    await visitor('agent');
    await visitor('skip');
    await visitor('mail.me@contoso.example');
    const number = caseNumberIn(await visitor('yes'));
    await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity).includes(number)));
    const post = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number))!;
    expect(JSON.stringify(post.activity)).toContain('mail.me@contoso.example');
    const cardId = post.id;
    await send('29:engineer', `${CHANNEL};messageid=${cardId}`, { text: '', value: { caseAction: 'assign', number } });

    await visitor('forget me');
    await connector.until(() =>
      connector.accepted(CHANNEL, 'PUT').some((r) => r.activityId === cardId && !JSON.stringify(r.activity).includes('mail.me@')),
    );
    expect(
      JSON.stringify(
        connector
          .accepted(CHANNEL, 'PUT')
          .filter((r) => r.activityId === cardId)
          .at(-1)!.activity,
      ),
    ).not.toContain('contoso.example');
  });
});
