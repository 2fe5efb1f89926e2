/**
 * Card actions (assign, resolve, reopen) count only from inside the registered support channel and from
 * members of its tenant, as thread messages do: not from a guest of another organisation in the channel,
 * nor from another channel's activity that names the support channel's id.
 */
import { ConfigError, loadConfig } from '../../src/config';
import { startSupportChannelBot, SUPPORT_CHANNEL, SUPPORT_TENANT, type SupportChannelBot } from '../support/supportChannelBot';

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({ HANDOFF_FIRST_ATTEMPT_MS: '0' });
});
afterAll(() => bot.stop());

/** As the help portal's visitors and the channel post, in English. */
const post = (activity: Record<string, unknown>) => bot.post({ locale: 'en-US', ...activity });

async function openCase(): Promise<{ number: string; card: string }> {
  const visitor = (text: string) =>
    post({ channelId: 'webchat', conversation: { id: 'webchat-actions' }, from: { id: 'visitor-actions' }, text });
  await visitor('agent');
  await visitor('skip');
  const number = /SMTP-[0-9A-Z]{5}/.exec(await visitor('yes'))![0];
  await bot.connector.until(() => bot.connector.accepted(SUPPORT_CHANNEL, 'POST').some((r) => JSON.stringify(r.activity).includes(number)));
  const card = bot.connector.accepted(SUPPORT_CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number))!.id;
  return { number, card };
}

const press = (channelId: string, tenantId: string, thread: string, caseAction: string, number: string) =>
  post({
    channelId,
    conversation: { id: thread, conversationType: 'channel', tenantId },
    channelData: { tenant: { id: tenantId } },
    from: { id: '29:presser', name: 'Presser', aadObjectId: 'presser-oid' },
    text: '',
    value: { caseAction, number },
  });

describe('case card actions', () => {
  it('move a case only when pressed in the support channel by a member of its tenant', async () => {
    const { number, card } = await openCase();
    const thread = `${SUPPORT_CHANNEL};messageid=${card}`;
    await press('msteams', 'tenant-guest', thread, 'resolve', number);
    await press('directline', SUPPORT_TENANT, thread, 'assign', number);
    expect((await bot.store.get(number))?.status).toBe('open');
    await press('msteams', SUPPORT_TENANT, thread, 'assign', number);
    expect((await bot.store.get(number))?.status).toBe('assigned');
  });

  it("need the channel's tenant when the channel is configured", () => {
    const configured = { SUPPORT_CHANNEL_ID: SUPPORT_CHANNEL, SUPPORT_CHANNEL_SERVICE_URL: 'https://smba.trafficmanager.net/emea/' };
    expect(() => loadConfig(configured)).toThrow(ConfigError);
    expect(() => loadConfig(configured)).toThrow('SUPPORT_CHANNEL_TENANT_ID: is required with SUPPORT_CHANNEL_ID');
  });
});

describe('live chats in one conversation', () => {
  it('holds one at a time: a second case’s engineer is told, and nothing of the first chat is misrouted', async () => {
    const group = { id: '19:group-chat@thread.v2', conversationType: 'groupChat', tenantId: SUPPORT_TENANT, isGroup: true };
    const member = (id: string) => (text: string) =>
      post({
        channelId: 'msteams',
        conversation: group,
        channelData: { tenant: { id: SUPPORT_TENANT } },
        from: { id, name: id, aadObjectId: `${id}-oid` },
        text: `<at>Port 25 triage</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>Port 25 triage</at>', mentioned: { id: '28:bot', name: 'Port 25 triage' } }],
      });
    const cases: { number: string; thread: string }[] = [];
    for (const who of ['29:mia', '29:leo']) {
      const say = member(who);
      await say('agent');
      await say('skip');
      const number = /SMTP-[0-9A-Z]{5}/.exec(await say('yes'))![0];
      await bot.connector.until(() =>
        bot.connector.accepted(SUPPORT_CHANNEL, 'POST').some((r) => JSON.stringify(r.activity).includes(number)),
      );
      const card = bot.connector.accepted(SUPPORT_CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number))!.id;
      cases.push({ number, thread: `${SUPPORT_CHANNEL};messageid=${card}` });
    }
    const engineer = (thread: string, text: string) =>
      post({
        channelId: 'msteams',
        conversation: { id: thread, conversationType: 'channel', tenantId: SUPPORT_TENANT },
        from: { id: '29:eng', name: 'Eng' },
        text,
      });
    await engineer(cases[0].thread, 'Hello Mia');
    expect(await engineer(cases[1].thread, 'Hello Leo')).toContain(`about case ${cases[0].number} in the same conversation`);
    expect(bot.connector.accepted(group.id).some((r) => r.activity.text?.includes('Hello Leo'))).toBe(false);
    // Mia's chat goes on: her message reaches her case's thread.
    expect(await member('29:mia')('It is in West Europe')).toBe('');
    expect(bot.connector.accepted(cases[0].thread).some((r) => r.activity.text?.includes('It is in West Europe'))).toBe(true);
  });

  it('keeps each member\'s hand-off their own: another member\'s "yes" neither confirms it nor makes them its requester', async () => {
    const group = { id: '19:handoff-group@thread.v2', conversationType: 'groupChat', tenantId: SUPPORT_TENANT, isGroup: true };
    const member = (id: string) => (text: string) =>
      post({
        channelId: 'msteams',
        conversation: group,
        channelData: { tenant: { id: SUPPORT_TENANT } },
        from: { id, name: id, aadObjectId: `${id}-oid` },
        text: `<at>Port 25 triage</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>Port 25 triage</at>', mentioned: { id: '28:bot', name: 'Port 25 triage' } }],
      });
    await member('29:ana')('agent');
    await member('29:ana')('skip');
    expect(await member('29:bob')('yes')).not.toMatch(/SMTP-[0-9A-Z]{5}/);
    const number = /SMTP-[0-9A-Z]{5}/.exec(await member('29:ana')('yes'))![0];
    expect((await bot.store.get(number))?.requester.userKey).toBe('msteams:29:ana');
    expect(await bot.store.openCasesOf('msteams:29:bob')).toEqual([]);
  });
});
