/**
 * Card actions (assign, resolve, reopen) count only from inside the registered support channel and from
 * members of its tenant, as thread messages do: not from a guest of another organisation in the channel,
 * nor from another channel's activity that names the support channel's id.
 */
import type { Activity } from 'botbuilder';
import { ConfigError, loadConfig } from '../../src/config';
import { startSupportChannelBot, SUPPORT_CHANNEL, SUPPORT_TENANT, type SupportChannelBot } from '../support/supportChannelBot';

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({ HANDOFF_FIRST_ATTEMPT_MS: '0' });
});
afterAll(() => bot.stop());

async function post(activity: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${bot.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      serviceUrl: bot.connector.url,
      recipient: { id: '28:bot', name: 'Port 25 triage' },
      ...activity,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities.map((a) => a.text ?? '').join('\n');
}

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
