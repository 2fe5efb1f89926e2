/**
 * Live chat through the case card's thread: a Web Chat requester and an engineer in the support team's
 * Teams channel write to each other. The bot runs as in production (HTTP, local mode); a local server
 * plays the Bot Connector and receives what the bot sends to either side.
 */
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { start } from '../../src/index';
import { createLogger } from '../../src/logger';
import type { CaseStore } from '../../src/cases/caseStore';
import type { FakeConnector } from './fakeConnector';
import { startSupportChannelBot, SUPPORT_CHANNEL, SUPPORT_TENANT, type SupportChannelBot } from '../support/supportChannelBot';
import { GLOBAL_COMMAND_WORDS, type GlobalCommand } from '../support/globalCommands';
import { CATALOGS, format } from '../../src/locale';

const CHANNEL = SUPPORT_CHANNEL;
const OTHER_CHANNEL = '19:general@thread.tacv2';

let connector: FakeConnector;
let store: CaseStore;

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({
    SUPPORT_DAYS: 'Mon-Sun',
    SUPPORT_HOURS: '00:00-24:00',
    HANDOFF_RETRY_BASE_MS: '10',
    HANDOFF_RETRY_MAX_MS: '50',
  });
  ({ connector, store } = bot);
});
afterAll(() => bot.stop());

/** Posts an activity as the channel would (only the fields it sets); returns the bot's replies' text. */
const post = (activity: Record<string, unknown>) => bot.post(activity);

/** A visitor of the help portal (Web Chat). */
function visitor(id: string, locale = 'en-US') {
  const conversation = `webchat-${id}`;
  return {
    conversation,
    say: (text: string, extra: Partial<Activity> = {}) =>
      post({ channelId: 'webchat', locale, conversation: { id: conversation }, from: { id, name: '' }, text, ...extra }),
    /** What the bot sent to this conversation on its own (relayed messages, notices). */
    received: () => connector.accepted(conversation).map((r) => r.activity.text ?? ''),
  };
}

/** An engineer writing in a thread of a channel (the support channel unless told). */
function engineer(name: string, channel = CHANNEL) {
  return {
    say: (thread: string, text: string, mention = false) =>
      post({
        channelId: 'msteams',
        locale: 'en-US',
        conversation: { id: `${channel};messageid=${thread}`, conversationType: 'channel', isGroup: true, tenantId: SUPPORT_TENANT },
        from: { id: `29:${name}`, name, aadObjectId: `${name}-oid` },
        text: mention ? `<at>Port 25 triage</at> ${text}` : text,
        ...(mention
          ? { entities: [{ type: 'mention', text: '<at>Port 25 triage</at>', mentioned: { id: '28:bot', name: 'Port 25 triage' } }] }
          : {}),
      }),
  };
}

const caseNumberIn = (text: string) => /SMTP-[0-9A-HJKMNP-TV-Z]{5}/.exec(text)![0];

/** Hands a visitor's problem to the team; returns the case number and its card's message id. */
async function openCase(person: ReturnType<typeof visitor>, answers: string[]): Promise<{ number: string; card: string; thread: string }> {
  for (const text of answers) await person.say(text);
  const done = await person.say(answers[0].startsWith('こ') ? 'はい' : 'yes');
  const number = caseNumberIn(done);
  await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity.attachments).includes(number)));
  const post = connector.received.find(
    (r) => r.conversation === CHANNEL && r.method === 'POST' && JSON.stringify(r.activity.attachments).includes(number),
  )!;
  const card = post.id;
  return { number, card, thread: `${CHANNEL};messageid=${card}` };
}
const EN_ANSWERS = ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'Mail to contoso.com times out'];

describe('live chat between a web visitor and an engineer through the case thread', () => {
  it('relays both ways, assigns on the first engineer message, keeps the triage out, and ends from either side', async () => {
    const jane = visitor('jane');
    const { number, card, thread } = await openCase(jane, EN_ANSWERS);
    const aiko = engineer('Aiko Tanaka');

    // The engineer writes in the card's thread without mentioning the bot.
    expect(await aiko.say(card, 'Hello, I am looking at your VM now. Which region is it in?')).toBe('');
    await connector.until(() => jane.received().some((t) => t.includes('Which region')));
    expect(jane.received()).toContain(
      `Aiko from the support team has joined this chat about case ${number}: from now on your messages go to them, not to me. Type "end chat" to come back to me; "status" and "help" still work.`,
    );
    expect(jane.received()).toContain('**Aiko (support engineer):** Hello, I am looking at your VM now. Which region is it in?');
    // The first engineer message assigned the case to them: the card and the thread say so.
    await connector.until(() => connector.accepted(thread).some((r) => r.activity.text === 'Assigned to Aiko Tanaka.'));
    expect(JSON.stringify(connector.accepted(CHANNEL, 'PUT').at(-1)!.activity.attachments)).toContain(
      '"title":"Assigned to","value":"Aiko Tanaka"',
    );

    // The requester's answer goes to the thread as written; the triage does not read "no" or "yes" as answers.
    expect(await jane.say('no idea, maybe West Europe?')).toBe('');
    expect(await jane.say('yes')).toBe('');
    expect(connector.accepted(thread).map((r) => r.activity.text)).toEqual(
      expect.arrayContaining(['**Requester:** no idea, maybe West Europe?', '**Requester:** yes']),
    );
    // Typing shows in the thread; a button of an earlier question passes nothing on.
    await jane.say('', { type: 'typing' });
    expect(connector.accepted(thread).at(-1)!.activity.type).toBe('typing');
    expect(await jane.say('', { value: { question: 'solved', choice: 'no' } })).toBe('');
    expect(connector.accepted(thread).at(-1)!.activity.type).toBe('typing');
    // "help" and "status" are still the bot's.
    expect(await jane.say('help')).toContain(`You are chatting with a support engineer about case ${number}`);
    expect(await jane.say('status')).toContain(`${number}: assigned`);

    // A second message from the engineer, this time @mentioning the bot: relayed without the mention, no second "joined".
    await aiko.say(card, 'Thanks, checking West Europe.', true);
    await connector.until(() => jane.received().some((t) => t.includes('checking West Europe')));
    expect(jane.received().filter((t) => t.includes('has joined this chat'))).toHaveLength(1);
    expect(jane.received()).toContain('**Aiko (support engineer):** Thanks, checking West Europe.');

    // The requester ends the chat; the bot is back, and what they type is the triage's again.
    expect(await jane.say('end chat')).toBe(
      `You have ended the chat with the support engineer; I am back. Your case ${number} stays open, and I will tell you here when it moves.`,
    );
    expect(connector.accepted(thread).at(-1)!.activity.text).toBe('The requester ended the chat.');
    const sentToThread = connector.accepted(thread).length;
    expect(await jane.say('start over')).not.toBe('');
    expect(connector.accepted(thread)).toHaveLength(sentToThread);

    // The engineer writes again: the chat is on again; then the engineer ends it.
    await aiko.say(card, 'One more question: is it a new VM?');
    await connector.until(() => jane.received().some((t) => t.includes('is it a new VM')));
    expect(await jane.say('It is two weeks old')).toBe('');
    expect(connector.accepted(thread).at(-1)!.activity.text).toBe('**Requester:** It is two weeks old');
    expect(await aiko.say(card, 'end chat', true)).toBe('Aiko ended the chat: the requester talks to the bot again.');
    await connector.until(() => jane.received().some((t) => t.includes('has ended the chat')));
    expect(jane.received().at(-1)).toBe(`Aiko has ended the chat; I am back. I will tell you here when case ${number} moves.`);
    const afterEnd = connector.accepted(thread).length;
    expect(await jane.say('start over')).not.toBe('');
    expect(connector.accepted(thread)).toHaveLength(afterEnd);
  });

  it('in Japanese: the requester ends with 「チャットを終了」, the team reads English lines and the Japanese as written', async () => {
    const hanako = visitor('hanako', 'ja-JP');
    const { number, card, thread } = await openCase(hanako, [
      'こんにちは',
      '仮想マシン',
      'エンタープライズ契約',
      'タイムアウト',
      'いいえ',
      'スキップ',
    ]);
    // The card is in the team's language (SUPPORT_LOCALE, default en) and names the requester's.
    const cardPost = connector.received.find((r) => r.conversation === CHANNEL && JSON.stringify(r.activity.attachments).includes(number))!;
    expect(JSON.stringify(cardPost.activity.attachments)).toContain(`Case ${number}: cannot send mail on port 25`);
    expect(JSON.stringify(cardPost.activity.attachments)).toContain('"title":"Requester\'s language","value":"Japanese"');

    await engineer('Ben Smith').say(card, 'Hello, I will help you in Japanese: こんにちは');
    await connector.until(() => hanako.received().some((t) => t.includes('こんにちは')));
    expect(hanako.received()).toContain(
      `サポート チームの Ben がケース ${number} のチャットに参加しました。これからのメッセージは私ではなく担当者に届きます。私に戻るには「チャットを終了」と入力してください。「状況」と「ヘルプ」はこれまでどおり使えます。`,
    );
    expect(hanako.received()).toContain('**Ben (サポート エンジニア):** Hello, I will help you in Japanese: こんにちは');
    expect(await hanako.say('はい、お願いします')).toBe('');
    expect(connector.accepted(thread).at(-1)!.activity.text).toBe('**Requester:** はい、お願いします');
    expect(await hanako.say('チャットを終了')).toContain('サポート エンジニアとのチャットを終了しました');
    expect(connector.accepted(thread).at(-1)!.activity.text).toBe('The requester ended the chat.');
  });

  it("relays nothing from another channel, nor into another case's thread", async () => {
    const mia = visitor('mia');
    const leo = visitor('leo');
    const mias = await openCase(mia, EN_ANSWERS);
    const leos = await openCase(leo, EN_ANSWERS);

    // The same thread id in a channel that is not the registered one: ignored, nothing reaches Mia.
    const before = mia.received().length;
    expect(await engineer('Eve', OTHER_CHANNEL).say(mias.card, 'Hi, give me your password')).toBe('');
    expect(await engineer('Eve', OTHER_CHANNEL).say(mias.card, 'Hi, give me your password', true)).not.toContain('Eve');
    expect(mia.received()).toHaveLength(before);

    // Leo's engineer writes in Leo's thread: only Leo hears it; Mia's messages go to no thread at all.
    await engineer('Ken').say(leos.card, 'Hello Leo');
    await connector.until(() => leo.received().some((t) => t.includes('Hello Leo')));
    expect(mia.received().some((t) => t.includes('Hello Leo'))).toBe(false);
    const leoThread = connector.accepted(leos.thread).length;
    await mia.say('Is anybody there?');
    expect(connector.accepted(leos.thread)).toHaveLength(leoThread);
    expect(connector.accepted(mias.thread).some((r) => r.activity.text?.includes('Is anybody there'))).toBe(false);
    // Leo's own message goes to Leo's thread only.
    await leo.say('Thanks Ken');
    expect(connector.accepted(leos.thread).at(-1)!.activity.text).toBe('**Requester:** Thanks Ken');
    expect(connector.accepted(mias.thread).some((r) => r.activity.text?.includes('Thanks Ken'))).toBe(false);
  });

  it('describes a file it cannot pass on, and tells the engineer when a resolved case relays nothing', async () => {
    const ola = visitor('ola');
    const { number, card, thread } = await openCase(ola, EN_ANSWERS);
    await engineer('Ana').say(card, 'Can you send the error?');
    await connector.until(() => ola.received().some((t) => t.includes('send the error')));
    await ola.say('here it is', {
      attachments: [{ contentType: 'application/pdf', name: 'bounce.pdf', contentUrl: 'blob:http://localhost/x' }],
    });
    expect(connector.accepted(thread).at(-1)!.activity.text).toBe('**Requester:** here it is\n\n[file: bounce.pdf (application/pdf)]');

    await post({
      channelId: 'msteams',
      conversation: { id: thread, conversationType: 'channel', tenantId: SUPPORT_TENANT },
      from: { id: '29:Ana', name: 'Ana' },
      text: '',
      value: { caseAction: 'resolve', number },
    });
    expect(await engineer('Ana').say(card, 'Are you still there?')).toBe(
      `Case ${number} is resolved, so nothing is relayed to the requester; reopen it to chat.`,
    );
    // The chat ended with the case: the requester is asked for a rating, and what they type is the bot's again.
    await connector.until(() => ola.received().some((t) => t.includes('How satisfied')));
    const threadBefore = connector.accepted(thread).length;
    expect(await ola.say('hi')).not.toBe('');
    expect(connector.accepted(thread)).toHaveLength(threadBefore);
  });
});

/**
 * The live chat's row of the table test of global commands (the other parts are in test/dialogs/ticket.test.ts):
 * every global command, in both languages, is the bot's, never relayed to the engineer, and the chat goes on;
 * "end chat", the chat's own command, ends it.
 */
describe('global commands in a live chat', () => {
  const JA_ANSWERS = ['こんにちは', '仮想マシン', 'エンタープライズ契約', 'タイムアウト', 'いいえ', 'スキップ'];
  /** In this order: a language and back, then start over and cancel the new triage, then a person with the case open. */
  const ORDER: GlobalCommand[] = ['status', 'help', 'japanese', 'english', 'startOver', 'cancel', 'human'];

  it.each(['en', 'ja'] as const)('%s: each is answered by the bot and the chat goes on; "end chat" ends it', async (locale) => {
    const person = visitor(`table-${locale}`, locale === 'ja' ? 'ja-JP' : 'en-US');
    const { number, card, thread } = await openCase(person, locale === 'ja' ? JA_ANSWERS : EN_ANSWERS);
    await engineer('Aiko Tanaka').say(card, 'Hello, I am looking at it.');
    await connector.until(() => person.received().some((t) => t.includes('I am looking at it')));
    const catalog = CATALOGS[locale];
    const words = GLOBAL_COMMAND_WORDS[locale];
    const other = locale === 'en' ? ['japanese', 'english'] : ['english', 'japanese'];
    const order = ORDER.map((id) => (id === 'japanese' ? other[0] : id === 'english' ? other[1] : id)) as GlobalCommand[];
    const answers: Record<GlobalCommand, string> = {
      status: number,
      help: format(catalog.handoff.chat.help, { number }),
      japanese: CATALOGS.ja.languageSwitched,
      english: CATALOGS.en.languageSwitched,
      startOver: catalog.startingOver,
      cancel: catalog.cancelled,
      human: number,
    };
    for (const id of order) {
      const relayed = connector.accepted(thread).length;
      const reply = await person.say(words[id]);
      expect([id, reply]).toEqual([id, expect.stringContaining(answers[id])]);
      expect([id, connector.accepted(thread).length]).toEqual([id, relayed]);
      // The chat goes on: what the person types next goes to the engineer, and the bot says nothing.
      expect([id, await person.say(`after ${id}`)]).toEqual([id, '']);
      expect([id, connector.accepted(thread).at(-1)!.activity.text]).toEqual([id, `**Requester:** after ${id}`]);
    }
    expect(await person.say(locale === 'ja' ? 'チャットを終了' : 'end chat')).toContain(number);
    // The bot reads what comes next (here: the addition to the open case that "a person" offered), not the engineer's chat.
    expect(await person.say('after the chat')).not.toBe('');
    expect(connector.accepted(thread).map((r) => r.activity.text)).not.toContain('**Requester:** after the chat');
  });
});

describe('one case per problem', () => {
  it('"agent" with an open case offers to add a message to it, which goes to its thread; "new case" opens a second one', async () => {
    const tom = visitor('tom');
    const first = await openCase(tom, EN_ANSWERS);
    expect(await tom.say('agent')).toBe(
      `You already have an open case, ${first.number} (waiting for an engineer). If this is about the same problem, type what you want to add and I will add it to that case; for a different problem, choose "New case" and I will open one with your answers so far. Type "cancel" to leave it as it is.`,
    );
    expect(await tom.say('The mails now bounce with 550 5.7.1')).toBe(
      `Added to case ${first.number}: the support team sees it with the case.`,
    );
    expect(connector.accepted(first.thread).at(-1)!.activity.text).toBe('**The requester added:** The mails now bounce with 550 5.7.1');
    const cards = connector.accepted(CHANNEL, 'POST').length;

    await tom.say('agent');
    expect(await tom.say('cancel')).toBe('Nothing was sent. Type "agent" whenever you want to reach a person.');
    await tom.say('agent');
    expect(await tom.say('new case')).toContain('describe the problem in your own words');
    await tom.say('A different VM in another subscription');
    const second = caseNumberIn(await tom.say('yes'));
    expect(second).not.toBe(first.number);
    await connector.until(() => connector.accepted(CHANNEL, 'POST').length === cards + 1);
    expect(await tom.say('status')).toContain(first.number);
    expect(await tom.say('status')).toContain(second);
  });
});

describe('a way back to web visitors', () => {
  it('takes an optional e-mail address at the confirmation, validated and shown back, puts it on the card, and "forget me" removes it', async () => {
    const una = visitor('una');
    for (const text of EN_ANSWERS) await una.say(text);
    // The last answer was the description: the confirmation asks web visitors for an optional address.
    expect(await una.say('Mail to contoso.com times out')).toContain('Optional: if you may leave this page, type your e-mail address');
    expect(await una.say('una@')).toContain('That does not look like an e-mail address (like jane@contoso.com), so I have not kept it.');
    const shown = await una.say('  una.example@contoso.co.jp ');
    expect(shown).toContain('Your e-mail address for the support team: una.example@contoso.co.jp');
    expect(shown).not.toContain('Optional: if you may leave');
    const number = caseNumberIn(await una.say('yes'));
    await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity.attachments).includes(number)));
    const card = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity.attachments).includes(number))!;
    expect(JSON.stringify(card.activity.attachments)).toContain('"title":"Requester\'s e-mail","value":"una.example@contoso.co.jp"');
    expect((await store.get(number))?.requester.email).toBe('una.example@contoso.co.jp');

    // The case is with the team (its card is posted), so it is kept; the address goes.
    expect(await una.say('forget me')).toContain(`Case ${number} is already with a support engineer`);
    const kept = await store.get(number);
    expect(kept?.number).toBe(number);
    expect(kept?.requester.email).toBeUndefined();
  });

  it('does not ask a Teams user, whose identity is known', async () => {
    const say = (text: string) =>
      post({
        channelId: 'msteams',
        locale: 'en-US',
        conversation: { id: 'a:personal-vic', conversationType: 'personal' },
        from: { id: '29:vic', name: 'Vic' },
        text,
      });
    for (const text of EN_ANSWERS.slice(0, -1)) await say(text);
    const confirm = await say('Mail to contoso.com times out');
    expect(confirm).toContain('Your Teams identity goes with the case');
    expect(confirm).not.toContain('e-mail address');
  });
});

describe("with the support channel's tenant configured", () => {
  let other: Awaited<ReturnType<typeof start>>;
  afterAll(() => {
    other.server.close();
  });

  it('relays nothing from a member of another tenant (a guest) posting in the case thread', async () => {
    other = await start(
      loadConfig({
        PORT: '0',
        HANDOFF_DESTINATIONS: 'teams',
        SUPPORT_CHANNEL_ID: CHANNEL,
        SUPPORT_CHANNEL_SERVICE_URL: connector.url,
        SUPPORT_CHANNEL_TENANT_ID: 'tenant-1',
      }),
      createLogger('silent'),
    );
    const otherBase = other.server.url.replace('[::]', '127.0.0.1');
    const ask = (activity: Record<string, unknown>) =>
      fetch(`${otherBase}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          locale: 'en-US',
          deliveryMode: 'expectReplies',
          serviceUrl: connector.url,
          recipient: { id: '28:bot', name: 'Port 25 triage' },
          ...activity,
        }),
      });
    const kim = (text: string) => ask({ channelId: 'webchat', conversation: { id: 'webchat-kim' }, from: { id: 'kim' }, text });
    for (const text of [...EN_ANSWERS, 'yes']) await kim(text);
    await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => r.activity.conversation?.tenantId === 'tenant-1'));
    const card = connector
      .accepted(CHANNEL, 'POST')
      .filter((r) => r.activity.conversation?.tenantId === 'tenant-1')
      .at(-1)!.id;
    const engineerOf = (tenantId: string, text: string) =>
      ask({
        channelId: 'msteams',
        conversation: { id: `${CHANNEL};messageid=${card}`, conversationType: 'channel', tenantId },
        channelData: { tenant: { id: tenantId } },
        from: { id: '29:g', name: 'Guest' },
        text,
      });

    await engineerOf('tenant-guest', 'I am from another company');
    await engineerOf('tenant-1', 'I am from the support team');
    await connector.until(() => connector.accepted('webchat-kim').some((r) => r.activity.text?.includes('support team')));
    expect(connector.accepted('webchat-kim').some((r) => r.activity.text?.includes('another company'))).toBe(false);
  });
});

describe('a requester on Teams', () => {
  it("gets the engineer's message in their personal chat, and their answer reaches the thread", async () => {
    const say = (text: string) =>
      post({
        channelId: 'msteams',
        locale: 'en-US',
        conversation: { id: 'a:personal-zoe', conversationType: 'personal' },
        from: { id: '29:zoe', name: 'Zoe' },
        text,
      });
    for (const text of EN_ANSWERS) await say(text);
    const number = caseNumberIn(await say('yes'));
    await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity.attachments).includes(number)));
    const card = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity.attachments).includes(number))!.id;
    await engineer('Ken Ito').say(card, 'Hi Zoe, which VM?');
    await connector.until(() =>
      connector.accepted('a:personal-zoe').some((r) => r.activity.text === '**Ken (support engineer):** Hi Zoe, which VM?'),
    );
    expect(await say('vm-mail-01')).toBe('');
    expect(connector.accepted(`${CHANNEL};messageid=${card}`).at(-1)!.activity.text).toBe('**Requester:** vm-mail-01');
  });
});
