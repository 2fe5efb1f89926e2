/**
 * Limits that hold against a person who is many ids: every Direct Line token is a new user, so new cases
 * are counted per client (the one the token endpoint marks in the user id: an address, an IPv6 /64 as
 * one), and the support channel takes a bounded number of new cards a minute, the rest queued.
 * Over HTTP in local mode, as Direct Line would relay the visitors' messages; a local Bot Connector.
 */
import type { Activity } from 'botbuilder';
import { clientKey } from '../../src/http/clientAddress';
import { directLineUserId } from '../../src/directline/tokenEndpoint';
import { startSupportChannelBot, SUPPORT_CHANNEL, type SupportChannelBot } from '../support/supportChannelBot';

let bot: SupportChannelBot;
afterEach(() => bot.stop());

async function say(userId: string, text: string, name?: string): Promise<string> {
  const response = await fetch(`${bot.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text,
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      channelId: 'directline',
      serviceUrl: bot.connector.url,
      conversation: { id: `conversation-${userId}` },
      from: { id: userId, ...(name !== undefined && { name }) },
      recipient: { id: 'bot' },
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities.map((a) => a.text ?? '').join('\n');
}

/** A new Direct Line user of the client at `address`, as the token endpoint makes one; then "agent", no description, "yes". */
async function openCaseAs(address: string, name?: string): Promise<string> {
  const user = directLineUserId(clientKey(address), 'the-direct-line-secret');
  await say(user, 'agent', name);
  await say(user, 'skip', name);
  return say(user, 'yes', name);
}

const cards = () => bot.connector.accepted(SUPPORT_CHANNEL, 'POST').length;

describe('new cases per client', () => {
  it('stops one client rotating Direct Line users (and its /64) after the cases allowed in the window, and counts the refusal', async () => {
    bot = await startSupportChannelBot({ HANDOFF_CASES_PER_CLIENT: '3', HANDOFF_FIRST_ATTEMPT_MS: '0' });
    for (let i = 1; i <= 3; i++) expect(await openCaseAs(`2001:db8:1:2::${String(i)}`)).toContain('Your case number is');
    const refused = await openCaseAs('2001:db8:1:2::ff');
    expect(refused).toContain('I cannot open another case for you right now');
    expect(refused).toContain('Technical → Virtual Network → Cannot send email (SMTP/Port 25)');
    expect(refused).not.toMatch(/SMTP-[0-9A-Z]{5}/);
    const metrics = await (await fetch(`${bot.base}/metrics`)).text();
    expect(metrics).toContain('cases_refused_total{reason="client_limit"} 1');
    // Another client is not held back by it.
    expect(await openCaseAs('198.51.100.20')).toContain('Your case number is');
  });

  it('in Japanese, says so in Japanese', async () => {
    bot = await startSupportChannelBot({ HANDOFF_CASES_PER_CLIENT: '1', HANDOFF_FIRST_ATTEMPT_MS: '0' });
    await openCaseAs('203.0.113.8');
    const user = directLineUserId(clientKey('203.0.113.8'), 'the-direct-line-secret');
    const ja = (text: string) =>
      fetch(`${bot.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          text,
          locale: 'ja-JP',
          deliveryMode: 'expectReplies',
          channelId: 'directline',
          serviceUrl: bot.connector.url,
          conversation: { id: `conversation-${user}` },
          from: { id: user },
          recipient: { id: 'bot' },
        }),
      }).then(async (r) => ((await r.json()) as { activities: Partial<Activity>[] }).activities.map((a) => a.text ?? '').join('\n'));
    await ja('担当者');
    await ja('スキップ');
    expect(await ja('はい')).toContain('今は新しいケースを作成できず');
  });
});

describe('new cards a minute in the support channel', () => {
  it('posts at most SUPPORT_CARDS_PER_MINUTE at once; the next case is saved, queued and told it has not reached the team yet', async () => {
    bot = await startSupportChannelBot({ SUPPORT_CARDS_PER_MINUTE: '2', HANDOFF_FIRST_ATTEMPT_MS: '2000' });
    expect(await openCaseAs('198.51.100.1')).not.toContain('has not reached the support team yet');
    expect(await openCaseAs('198.51.100.2')).not.toContain('has not reached the support team yet');
    const third = await openCaseAs('198.51.100.3');
    expect(third).toContain('has not reached the support team yet');
    const number = /SMTP-[0-9A-Z]{5}/.exec(third)![0];
    expect(cards()).toBe(2);
    expect(await bot.store.pending()).toContain(number);
  });
});

describe('a case store with a size', () => {
  it('refuses new cases once full, says so and counts it, and keeps every case it holds', async () => {
    bot = await startSupportChannelBot({ CASE_STORE_MAX_MB: '0.02', HANDOFF_FIRST_ATTEMPT_MS: '0' });
    const opened: string[] = [];
    let refused = '';
    for (let i = 1; i <= 30 && !refused; i++) {
      const reply = await openCaseAs(`198.51.100.${String(i)}`);
      const number = /SMTP-[0-9A-Z]{5}/.exec(reply)?.[0];
      if (number) opened.push(number);
      else refused = reply;
    }
    expect(refused).toContain('the case store is full, so nothing was sent');
    expect(opened.length).toBeGreaterThan(0);
    for (const number of opened) expect(await bot.store.get(number)).toBeDefined();
    expect(await (await fetch(`${bot.base}/metrics`)).text()).toContain('cases_refused_total{reason="store_full"} 1');
  });

  it('keeps only what reaching the requester needs: a 200 KB display name is not stored with the case', async () => {
    bot = await startSupportChannelBot({ HANDOFF_FIRST_ATTEMPT_MS: '0' });
    const number = /SMTP-[0-9A-Z]{5}/.exec(await openCaseAs('203.0.113.50', 'N'.repeat(200 * 1024)))![0];
    const stored = (await bot.store.get(number))!;
    expect(JSON.stringify(stored.requester).length).toBeLessThan(2048);
    expect(stored.requester.reference).toMatchObject({ channelId: 'directline', conversation: { id: expect.any(String) as string } });
  });
});
