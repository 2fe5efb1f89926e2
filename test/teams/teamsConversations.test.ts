/**
 * Teams as Teams sends it, through the real bot server and the Bot Framework adapter, with a local Bot
 * Connector that records what the bot posts and updates: HTML text and pasted pictures, group chats and
 * channels with one triage per person, the greeting when the bot is added, "status" in a group.
 */
import type { Activity, Attachment } from 'botbuilder';
import { CATALOGS, format } from '../../src/locale';
import { SUPPORT_CHANNEL, startSupportChannelBot, type SupportChannelBot } from '../support/supportChannelBot';

const en = CATALOGS.en;
const teams = CATALOGS.en.teamsChat;
const TENANT = 'tenant-1';
const BOT = { id: '28:bot', name: 'Port 25 triage' };
const PICTURE_URL = 'https://smba.trafficmanager.net/emea/v3/attachments/0-abc/views/original';

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({ SUPPORT_DAYS: 'Mon-Sun', SUPPORT_HOURS: '00:00-24:00', LOG_LEVEL: 'silent' });
});
afterAll(async () => {
  await bot.stop();
});

type Scope = 'personal' | 'groupChat' | 'channel';

/** One person in one Teams conversation. */
function person(name: string, conversationId: string, conversationType: Scope) {
  const from = { id: `29:${name}`, name, aadObjectId: `${name}-oid` };
  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const response = await fetch(`${bot.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `${name}-${String(Date.now())}-${String(Math.random())}`,
        locale: 'en-US',
        deliveryMode: 'expectReplies',
        channelId: 'msteams',
        serviceUrl: bot.connector.url,
        conversation: { id: conversationId, conversationType, tenantId: TENANT, isGroup: conversationType !== 'personal' },
        from,
        recipient: BOT,
        channelData: { tenant: { id: TENANT } },
        ...activity,
      }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { activities?: Partial<Activity>[] }).activities ?? [];
  }
  const addressed = (text: string): Partial<Activity> =>
    conversationType === 'personal'
      ? { text }
      : { text: `<at>${BOT.name}</at> ${text}`, entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] };
  return {
    from,
    send,
    async say(text: string): Promise<string> {
      return (await send(addressed(text))).map((a) => a.text ?? '').join('\n');
    },
  };
}

const caseNumberIn = (text: string) => /SMTP-[0-9A-HJKMNP-TV-Z]{5}/.exec(text)?.[0];
let next = 0;
const unique = (prefix: string) => `${prefix}-${String(++next)}-${String(Date.now())}`;

describe('Teams text as Teams sends it', () => {
  test('HTML in the text is read as plain text: entities decoded, line breaks kept, no markup echoed back', async () => {
    const aiko = person('aiko', unique('a:personal'), 'personal');
    const reply = await aiko.say(
      '<div><div><span>Our virtual machine&nbsp;can&#39;t send mail<br>on port&nbsp;25 &amp; it times out</span></div></div>',
    );
    expect(reply).not.toMatch(/<\/?(div|span|br)|&amp;|&#39;/);
    expect(reply).toContain(en.questions.subscription.prompt);
  });

  test('a pasted picture is described, not echoed; the case sent later links it for the engineers', async () => {
    const ben = person('ben', unique('a:personal'), 'personal');
    await ben.say('hi');
    const pasted = await ben.send({
      text: '<div><div><span><img height="142" src="https://us-api.asm.skype.com/v1/objects/0-abc/views/imgo" width="300" style="vertical-align:bottom" itemscope="png" alt="image"></span></div></div>',
      attachments: [
        { contentType: 'image/*', contentUrl: PICTURE_URL },
        { contentType: 'text/html', content: '<div><img src="…"></div>' },
      ],
    });
    const said = pasted.map((a) => a.text ?? '').join('\n');
    expect(said).toContain(teams.pictureReceived);
    expect(said).not.toContain('<');
    expect(said).not.toContain(en.notUnderstood.split('"')[0]);

    for (const text of ['Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'The error is in the picture'])
      await ben.say(text);
    const number = caseNumberIn(await ben.say('yes'));
    expect(number).toBeDefined();
    const posted = bot.connector.accepted(SUPPORT_CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number!));
    const card = JSON.stringify((posted?.activity.attachments as Attachment[])[0].content);
    expect(card).toContain(`**${teams.picturesLabel}:**`);
    expect(card).toContain(`(${PICTURE_URL})`);
  });
});

describe('group chats and channels', () => {
  test('adding the bot to a group chat greets once with how to call it; members joining later hear nothing', async () => {
    const group = unique('19:group@thread.v2');
    const aiko = person('aiko', group, 'groupChat');
    const added = await aiko.send({ type: 'conversationUpdate', membersAdded: [BOT] });
    expect(added.map((a) => a.text)).toEqual([format(teams.addedToGroup, { name: BOT.name })]);
    const joined = await aiko.send({ type: 'conversationUpdate', membersAdded: [{ id: '29:newcomer', name: 'Newcomer' }] });
    expect(joined).toEqual([]);
  });

  test('each member of a group chat has their own triage: another member is asked from the start', async () => {
    const group = unique('19:group@thread.v2');
    const aiko = person('aiko', group, 'groupChat');
    const ben = person('ben', group, 'groupChat');
    expect(await aiko.say('hi')).toContain(en.questions.resource.prompt);
    expect(await aiko.say('Virtual machine')).toContain(en.questions.subscription.prompt);
    // Ben's first words start Ben's triage; Aiko's answer is not his.
    expect(await ben.say('hello')).toContain(en.questions.resource.prompt);
    expect(await aiko.say('Enterprise Agreement')).not.toContain(en.questions.resource.prompt);
  });

  test("a hand-off in a group chat is its starter's: another member's reply does not answer it; a case open elsewhere is offered beside a new one", async () => {
    const dai = person('dai', unique('a:personal'), 'personal');
    for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'skip']) await dai.say(text);
    const first = caseNumberIn(await dai.say('yes'))!;

    const group = unique('19:group@thread.v2');
    const inGroup = person('dai', group, 'groupChat');
    const eve = person('eve', group, 'groupChat');
    await inGroup.say('hi');
    await inGroup.say('App Service without VNet integration, pay as you go');
    const offer = await inGroup.say('agent');
    expect(offer).toContain(`You already have an open case, ${first}`);
    expect(offer).toContain('choose "New case"');
    // Eve's "new case" and "yes" are hers: her own triage answers, Dai's hand-off still waits.
    expect(await eve.say('new case')).toContain(en.questions.resource.prompt);
    expect(await eve.say('yes')).not.toContain('Your case number');
    expect(await inGroup.say('new case')).toContain('describe the problem in your own words');
    await inGroup.say('skip');
    const second = caseNumberIn(await inGroup.say('yes'))!;
    expect(second).not.toBe(first);
    const status = await dai.say('status');
    expect(status).toContain(first);
    expect(status).toContain(second);
    expect(await eve.say('status')).toContain(teams.statusInGroupNone);
  });

  test.each([
    ['groupChat', 'status', 'forget me', 'You have 1 open case.', 'One of your cases is already with a support engineer'],
    ['channel', 'ステータス', '忘れて', '未解決のケースが1件あります。', 'ケースのうち1件はすでにサポート エンジニアが対応しているため'],
  ] as const)(
    'in a %s, "%s" gives only the count and "%s" says what it kept without naming the case; the personal chat shows the number',
    async (scope, status, forget, count, kept) => {
      const name = `chika-${scope}`;
      const personal = person(name, unique('a:personal'), 'personal');
      for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'Outbound mail times out'])
        await personal.say(text);
      const number = caseNumberIn(await personal.say('yes'))!;

      const conversation = scope === 'channel' ? `${unique('19:general@thread.tacv2')};messageid=1` : unique('19:group@thread.v2');
      const inGroup = person(name, conversation, scope);
      const said = await inGroup.say(status);
      expect(said).toContain(count);
      expect(said).not.toContain(number);
      expect(await personal.say('status')).toContain(number);

      const forgotten = await inGroup.say(forget);
      expect(forgotten).toContain(kept);
      expect(forgotten).not.toContain(number);
      expect(await personal.say('status')).toContain(number);
    },
  );
});
