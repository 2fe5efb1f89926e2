/**
 * Destination 2: the Bot Framework hand-off protocol on a non-Teams channel (an agent hub on Direct Line).
 * The bot runs over HTTP in local mode; the hub's side is played by posting handoff.status events.
 */
import type { Activity, Attachment } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';
import { FakeConnector } from './fakeConnector';

const CHANNEL = '19:support@thread.tacv2';

let connector: FakeConnector;
let bot: Awaited<ReturnType<typeof start>>;
let base: string;

beforeAll(async () => {
  connector = new FakeConnector();
  await connector.start();
  bot = await start(
    loadConfig({
      PORT: '0',
      HANDOFF_DESTINATIONS: 'handoffProtocol,teams',
      SUPPORT_CHANNEL_ID: CHANNEL,
      SUPPORT_CHANNEL_SERVICE_URL: connector.url,
      SUPPORT_CHANNEL_TENANT_ID: 'tenant-1',
      SUPPORT_DAYS: 'Mon-Sun',
      SUPPORT_HOURS: '00:00-24:00',
    }),
    createLogger('silent'),
  );
  base = bot.server.url.replace('[::]', '127.0.0.1');
});
afterAll(async () => {
  await bot.handoff.deliveries?.stop();
  bot.server.close();
  await connector.stop();
});

async function send(
  conversation: string,
  activity: Partial<Activity>,
  channelId = 'directline',
  locale = 'en-US',
): Promise<Partial<Activity>[]> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      locale,
      deliveryMode: 'expectReplies',
      channelId,
      serviceUrl: connector.url,
      conversation: { id: conversation },
      from: { id: `user-${conversation}` },
      recipient: { id: 'bot' },
      ...activity,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
}

const texts = (activities: Partial<Activity>[]) => activities.map((a) => a.text ?? '').join('\n');
/** The hub's handoff.status, carrying back the correlation id it was given in handoff.initiate. */
const status = (conversation: string, state: string, correlationId: unknown) =>
  send(conversation, { type: 'event', name: 'handoff.status', value: { state, correlationId } });
const correlationOf = (replies: Partial<Activity>[]) =>
  (replies.find((a) => a.type === 'event')?.value as { correlationId: string }).correlationId;

/** Runs the triage to an escalating verdict and confirms the hand-off; returns the last turn's replies. */
async function handOff(
  conversation: string,
  channelId = 'directline',
  locale = 'en-US',
  words = ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'It stopped on Monday', 'yes'],
) {
  let replies: Partial<Activity>[] = [];
  for (const text of words) replies = await send(conversation, { text }, channelId, locale);
  return replies;
}

describe('the Bot Framework hand-off protocol', () => {
  it('sends handoff.initiate with the case and the transcript attached, then tells the person when the hub accepts and completes', async () => {
    const replies = await handOff('dl-1');
    const initiate = replies.find((a) => a.type === 'event');
    expect(initiate?.name).toBe('handoff.initiate');
    const number = /SMTP-[0-9A-Z]{5}/.exec(texts(replies))![0];
    expect(initiate?.value).toEqual({
      caseNumber: number,
      locale: 'en',
      category: ['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)'],
      facts: expect.objectContaining({ resource: 'virtualMachine', subscription: 'enterpriseAgreement' }) as unknown,
      subscriptionSource: 'told',
      verdict: { outcome: 'open', rules: ['S1', 'E1'] },
      supportCanLift: true,
      description: 'It stopped on Monday',
      correlationId: expect.stringMatching(/^[\w-]{32}$/) as unknown,
    });
    const hub = correlationOf(replies);
    const transcript = (initiate?.attachments as Attachment[])[0];
    expect(transcript).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    const logged = (transcript.content as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
    const userSaid = logged.filter((a) => a.from?.id === 'user-dl-1').map((a) => a.text);
    expect(userSaid).toEqual(['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'It stopped on Monday']);
    const botSaid = logged.filter((a) => a.from?.id === 'bot').map((a) => a.text ?? '');
    expect(botSaid.filter((t) => t.includes('What sends the mail?'))).toHaveLength(1);
    expect(botSaid.some((t) => t.includes('Case summary'))).toBe(true);
    expect(texts(replies)).toContain(`I am passing your case ${number} to a support agent`);

    expect(texts(await status('dl-1', 'accepted', hub))).toBe(`A support agent has taken your case ${number} and will answer here.`);
    const completed = await status('dl-1', 'completed', hub);
    expect(texts(completed)).toContain(`The support agent has closed the conversation about case ${number}. How satisfied are you`);
    expect(completed[0]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['1', '2', '3', '4', '5']);
    expect(texts(await send('dl-1', { text: '5', value: { caseRating: 5, number } }))).toBe('Thank you for your rating.');
    expect(texts(await send('dl-1', { text: 'status' }))).toContain('You have no open cases.');
    // A case the hub took never reaches the team's channel.
    expect(connector.accepted(CHANNEL)).toHaveLength(0);
  });

  it("falls back to the support team's channel when the hub fails, in Japanese", async () => {
    const replies = await handOff('dl-2', 'directline', 'ja-JP', [
      'こんにちは',
      '仮想マシン',
      'エンタープライズ契約',
      'タイムアウト',
      'いいえ',
      'スキップ',
      'はい',
    ]);
    const number = /SMTP-[0-9A-Z]{5}/.exec(texts(replies))![0];
    expect(replies.find((a) => a.type === 'event')?.value).toMatchObject({
      locale: 'ja',
      category: ['技術関連', '仮想ネットワーク', 'メールを送信できない (SMTP 25 番ポート)'],
    });
    expect(texts(await status('dl-2', 'failed', correlationOf(replies)))).toBe(
      `現在ケース ${number} を引き受けられる担当者がいないため、サポート チームに引き継ぎました。チームからご連絡します。動きがあれば、ここでお知らせします。`,
    );
    await connector.until(() => connector.accepted(CHANNEL, 'POST').length === 1);
    // The card is in the team's language (SUPPORT_LOCALE, default en) and names the requester's.
    const card = JSON.stringify(connector.accepted(CHANNEL, 'POST')[0].activity.attachments);
    expect(card).toContain(`Case ${number}`);
    expect(card).toContain('"title":"Requester\'s language","value":"Japanese"');
  });

  it("ignores a handoff.status the requester sends without the hub's correlation id: the case stays open and off the team's channel", async () => {
    const replies = await handOff('dl-fake');
    const number = /SMTP-[0-9A-Z]{5}/.exec(texts(replies))![0];
    const posts = connector.accepted(CHANNEL, 'POST').length;
    for (const forged of [undefined, 'guessed', { $ne: null }]) {
      expect(await status('dl-fake', 'completed', forged)).toEqual([]);
      expect(await status('dl-fake', 'failed', forged)).toEqual([]);
    }
    expect(texts(await send('dl-fake', { text: 'status' }))).toContain(number);
    expect(connector.accepted(CHANNEL, 'POST')).toHaveLength(posts);
    expect(texts(await status('dl-fake', 'accepted', correlationOf(replies)))).toContain(number);
  });

  it("never sends handoff.initiate on Teams: the case goes to the team's channel there", async () => {
    const replies = await handOff('a:teams-personal', 'msteams');
    expect(replies.some((a) => a.type === 'event')).toBe(false);
    expect(texts(replies)).toContain('Support works');
    await connector.until(() => connector.accepted(CHANNEL, 'POST').length === 2);
  });
});
