/**
 * Destination 1: the support team's channel in Teams. The bot runs as in production (HTTP, local mode);
 * a local server plays the Bot Connector and receives the real connector client's posts and updates.
 */
import type { Activity, Attachment } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';
import { startAzurite } from '../support/azurite';
import { FakeConnector, type Received } from './fakeConnector';

const CHANNEL = '19:support@thread.tacv2';
const TENANT = 'tenant-1';
const ADMIN = 'admin-object-id';

interface Bot {
  server: Server;
  base: string;
}

async function startBot(env: Record<string, string>): Promise<Bot & Awaited<ReturnType<typeof start>>> {
  const started = await start(
    loadConfig({
      PORT: '0',
      HANDOFF_DESTINATIONS: 'teams',
      SUPPORT_ADMINS: ADMIN,
      SUPPORT_TIME_ZONE: 'Asia/Tokyo',
      SUPPORT_DAYS: 'Mon-Sun',
      SUPPORT_HOURS: '00:00-24:00',
      HANDOFF_RETRY_BASE_MS: '10',
      HANDOFF_RETRY_MAX_MS: '50',
      ...env,
    }),
    createLogger('silent'),
  );
  return { ...started, base: started.server.url.replace('[::]', '127.0.0.1') };
}

/** One Teams user's conversation with the bot. */
class TeamsUser {
  constructor(
    private readonly bot: Bot,
    private readonly connector: FakeConnector,
    readonly conversation: { id: string; conversationType: string },
    readonly from: { id: string; name: string; aadObjectId: string },
    private readonly locale = 'en-US',
  ) {}

  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const response = await fetch(`${this.bot.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        locale: this.locale,
        deliveryMode: 'expectReplies',
        channelId: 'msteams',
        serviceUrl: this.connector.url,
        conversation: { ...this.conversation, tenantId: TENANT },
        from: this.from,
        recipient: { id: '28:bot', name: 'Port 25 triage' },
        channelData: { tenant: { id: TENANT } },
        ...activity,
      }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
  }

  async say(text: string): Promise<string> {
    return (await this.send({ text })).map((a) => a.text ?? '').join('\n');
  }
}

function adaptiveCard(r: Received): {
  body: { type: string; text?: string; facts?: { title: string; value: string }[] }[];
  actions: { title: string; url?: string }[];
} {
  return (r.activity.attachments as Attachment[])[0].content as ReturnType<typeof adaptiveCard>;
}
const cardText = (r: Received) => JSON.stringify(adaptiveCard(r).body);
const actionTitles = (r: Received) => adaptiveCard(r).actions.map((a) => a.title);
const caseNumberIn = (text: string) => /SMTP-[0-9A-HJKMNP-TV-Z]{5}/.exec(text)![0];

let connector: FakeConnector;
beforeEach(async () => {
  connector = new FakeConnector();
  await connector.start();
});
afterEach(async () => {
  await connector.stop();
});

function people(bot: Bot, locale = 'en-US') {
  const admin = new TeamsUser(
    bot,
    connector,
    { id: `${CHANNEL};messageid=1`, conversationType: 'channel' },
    { id: '29:admin', name: 'Admin', aadObjectId: ADMIN },
    locale,
  );
  const stranger = new TeamsUser(
    bot,
    connector,
    { id: `${CHANNEL};messageid=1`, conversationType: 'channel' },
    { id: '29:x', name: 'X', aadObjectId: 'someone' },
    locale,
  );
  const requester = new TeamsUser(
    bot,
    connector,
    { id: 'a:personal-1', conversationType: 'personal' },
    { id: '29:requester', name: 'Requester', aadObjectId: 'req' },
    locale,
  );
  connector.members.set('29:requester', 'requester@contoso.com');
  const engineer = (name: string, thread: string) =>
    new TeamsUser(
      bot,
      connector,
      { id: `${CHANNEL};messageid=${thread}`, conversationType: 'channel' },
      { id: `29:${name}`, name, aadObjectId: `${name}-oid` },
      locale,
    );
  return { admin, stranger, requester, engineer };
}

const mention = (text: string) => ({
  text: `<at>Port 25 triage</at> ${text}`,
  entities: [{ type: 'mention', text: '<at>Port 25 triage</at>', mentioned: { id: '28:bot', name: 'Port 25 triage' } }],
});

describe("cases in the support team's Teams channel", () => {
  it('registers the channel by admin command, posts a card per case, and moves it through assign, resolve, rating and reopen in place', async () => {
    const bot = await startBot({});
    try {
      const { admin, stranger, requester, engineer } = people(bot);
      expect((await stranger.send(mention('register support channel')))[0]?.text).toContain('Only a support admin');
      expect((await admin.send(mention('register support channel')))[0]?.text).toContain('This channel now receives the support cases');

      for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'Outbound mail times out'])
        await requester.say(text);
      const done = await requester.say('yes');
      const number = caseNumberIn(done);
      expect(done).not.toContain('has not reached the support team yet');

      const [post] = connector.accepted(CHANNEL, 'POST');
      expect(connector.accepted(CHANNEL, 'POST')).toHaveLength(1);
      expect(cardText(post)).toContain(`Case ${number}: cannot send mail on port 25`);
      expect(cardText(post)).toContain('waiting for an engineer');
      expect(cardText(post)).toContain('Technical → Virtual Network → Cannot send email (SMTP/Port 25) (H1)');
      expect(cardText(post)).toContain('Outbound mail times out');
      expect(actionTitles(post)).toEqual(['Assign to me', 'Resolve', 'Chat with requester']);
      expect(adaptiveCard(post).actions[2].url).toBe('https://teams.microsoft.com/l/chat/0/0?users=requester%40contoso.com');
      const cardId = `msg-${String(connector.received.indexOf(post) + 1)}`;

      const aiko = engineer('Aiko', cardId);
      const press = (who: typeof aiko, caseAction: string) => who.send({ text: '', value: { caseAction, number } });

      await press(aiko, 'assign');
      const [update] = connector.accepted(CHANNEL, 'PUT');
      expect(update?.activityId).toBe(cardId);
      expect(cardText(update)).toContain('"title":"Assigned to","value":"Aiko"');
      expect(connector.accepted(`${CHANNEL};messageid=${cardId}`).map((r) => r.activity.text)).toEqual(['Assigned to Aiko.']);
      expect(connector.accepted('a:personal-1').map((r) => r.activity.text)).toContain(
        `Your case ${number} was assigned to Aiko, who will contact you.`,
      );

      await press(aiko, 'resolve');
      const resolvedNotice = connector.accepted('a:personal-1').at(-1)!;
      expect(resolvedNotice.activity.text).toContain(`Your case ${number} was resolved by Aiko. How satisfied are you`);
      const ratingButtons = (resolvedNotice.activity.attachments![0].content as { buttons: { title: string; value: unknown }[] }).buttons;
      expect(ratingButtons.map((b) => b.title)).toEqual(['1', '2', '3', '4', '5']);
      expect(ratingButtons[3].value).toEqual({ caseRating: 4, number });
      expect(actionTitles(connector.accepted(CHANNEL, 'PUT').at(-1)!)).toEqual(['Reopen', 'Chat with requester']);

      expect((await requester.send({ text: '4', value: { caseRating: 4, number } }))[0]?.text).toBe('Thank you for your rating.');
      expect(cardText(connector.accepted(CHANNEL, 'PUT').at(-1)!)).toContain('"title":"Satisfaction","value":"4/5"');

      const ben = engineer('Ben', cardId);
      await press(ben, 'reopen');
      expect(connector.accepted('a:personal-1').at(-1)!.activity.text).toBe(`Your case ${number} was reopened by Ben.`);
      expect(cardText(connector.accepted(CHANNEL, 'PUT').at(-1)!)).toContain('reopened');
      expect((await press(ben, 'reopen'))[0]?.text).toBe(
        `Case ${number} is reopened now, so that button no longer applies; the card shows where it stands.`,
      );
      expect((await requester.send({ text: '2', value: { caseRating: 2, number } }))[0]?.text).toBe(
        `Case ${number} is reopened now, so it cannot be rated yet; I will ask again once it is resolved.`,
      );

      expect(connector.accepted(`${CHANNEL};messageid=${cardId}`).map((r) => r.activity.text)).toEqual([
        'Assigned to Aiko.',
        'Resolved by Aiko.',
        'The requester rated the help 4/5.',
        'Reopened by Ben.',
      ]);
      // Every change updated the one card; none posted another.
      expect(connector.accepted(CHANNEL, 'POST')).toHaveLength(1);
      expect(await requester.say('status')).toContain(`${number}: reopened`);
    } finally {
      bot.server.close();
    }
  });

  it('in Japanese, with a Japanese team (SUPPORT_LOCALE=ja): retries after 500s without a second card, and tells the person honestly that delivery is pending', async () => {
    const bot = await startBot({
      HANDOFF_FIRST_ATTEMPT_MS: '0',
      SUPPORT_CHANNEL_ID: CHANNEL,
      SUPPORT_CHANNEL_SERVICE_URL: connector.url,
      SUPPORT_CHANNEL_TENANT_ID: TENANT,
      SUPPORT_LOCALE: 'ja',
    });
    try {
      const { requester, engineer } = people(bot, 'ja-JP');
      connector.failNext(3);
      for (const text of ['こんにちは', '仮想マシン', 'エンタープライズ契約', 'タイムアウト', 'いいえ', 'スキップ'])
        await requester.say(text);
      const done = await requester.say('はい');
      expect(done).toContain('まだサポート チームに届いていません');
      const number = caseNumberIn(done);

      await connector.until(() => connector.accepted(CHANNEL, 'POST').length === 1);
      const post = connector.accepted(CHANNEL, 'POST')[0];
      expect(connector.received.filter((r) => r.conversation === CHANNEL && r.status === 500).length).toBeGreaterThanOrEqual(1);
      expect(cardText(post)).toContain(`ケース ${number}: ポート 25 でメールを送信できない`);
      expect(cardText(post)).toContain('エンジニアの対応待ち');
      expect(cardText(post)).toContain('[技術関連] → [仮想ネットワーク] → [メールを送信できない (SMTP 25 番ポート)] (H1)');
      expect(actionTitles(post)).toEqual(['自分に割り当て', '解決', '依頼者とチャット']);

      // A refused update is retried too, and still updates the same card.
      const cardId = `msg-${String(connector.received.indexOf(post) + 1)}`;
      connector.failNext(2);
      await engineer('Aiko', cardId).send({ text: '', value: { caseAction: 'assign', number } });
      await connector.until(() => connector.accepted('a:personal-1').some((r) => r.activity.text?.includes('担当者は Aiko')));
      expect(cardText(connector.accepted(CHANNEL, 'PUT').at(-1)!)).toContain('担当者割り当て済み');
      expect(connector.accepted(`${CHANNEL};messageid=${cardId}`).map((r) => r.activity.text)).toEqual(['Aiko に割り当てました。']);
      expect(connector.accepted(CHANNEL, 'POST')).toHaveLength(1);
    } finally {
      bot.server.close();
    }
  });

  it('keeps a case whose card could not be posted across a restart, and the next run posts it once', async () => {
    const azurite = await startAzurite();
    const env = {
      STATE_STORE: 'blobs',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: 'handoff-restart',
      HANDOFF_FIRST_ATTEMPT_MS: '0',
      SUPPORT_CHANNEL_ID: CHANNEL,
      SUPPORT_CHANNEL_SERVICE_URL: connector.url,
      SUPPORT_CHANNEL_TENANT_ID: TENANT,
    };
    try {
      const first = await startBot(env);
      connector.failNext(1_000_000);
      const { requester } = people(first);
      for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'skip']) await requester.say(text);
      const done = await requester.say('yes');
      expect(done).toContain('has not reached the support team yet');
      const number = caseNumberIn(done);
      await connector.until(() => connector.received.some((r) => r.conversation === CHANNEL && r.status === 500));
      await first.handoff.deliveries!.stop();
      first.server.close();
      expect(connector.accepted(CHANNEL)).toHaveLength(0);

      connector.failNext(0);
      const second = await startBot(env);
      try {
        await connector.until(() => connector.accepted(CHANNEL, 'POST').length === 1);
        expect(cardText(connector.accepted(CHANNEL, 'POST')[0])).toContain(`Case ${number}`);
        // The person may ask in the meantime: the case is there, as saved before the restart.
        expect(await people(second).requester.say('status')).toContain(`${number}: waiting for an engineer`);
        await second.handoff.deliveries!.stop();
        expect(connector.accepted(CHANNEL, 'POST')).toHaveLength(1);
      } finally {
        second.server.close();
      }
    } finally {
      await azurite.stop();
    }
  });
});
