/**
 * The local Direct Line endpoint over HTTP, as Web Chat's DirectLineJS uses it: token, start,
 * post, poll with a watermark, refresh; and what it refuses. Plus the portal's own routes.
 */
import type { Activity } from 'botbuilder';
import { CATALOGS } from '../../src/locale';
import { PORTAL_TEXT } from '../../src/locale/portal';
import { MAX_CONVERSATION_BYTES } from '../../src/directline/localDirectLine';
import { useRunningBot } from '../support/runningBot';

const server = useRunningBot();

async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${server.url}/v3/directline${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function conversation(locale: string) {
  const grant = (await call('POST', '/tokens/generate')).body as { token: string; conversationId: string };
  const started = await call('POST', '/conversations', grant.token, { locale });
  expect(started.status).toBe(201);
  return grant;
}

const messages = (activities: unknown) => (activities as Partial<Activity>[]).filter((a) => a.type === 'message');

test('a conversation: the welcome in the page language, the echo of what the user sent, the reply, by watermark', async () => {
  const { token, conversationId } = await conversation('ja-JP');
  const first = await call('GET', `/conversations/${conversationId}/activities`, token);
  expect(messages(first.body.activities)[0]?.text).toContain(CATALOGS.ja.welcome);

  const posted = await call('POST', `/conversations/${conversationId}/activities`, token, {
    type: 'message',
    text: 'VM',
    from: { id: 'someone-else', role: 'user' },
    channelData: { clientActivityID: 'client-1' },
  });
  expect(posted.status).toBe(200);

  const next = await call('GET', `/conversations/${conversationId}/activities?watermark=${String(first.body.watermark)}`, token);
  const [echo, reply] = messages(next.body.activities);
  // Web Chat matches its message by clientActivityID; the sender is the token's user, whatever the page claimed.
  expect(echo?.channelData).toEqual({ clientActivityID: 'client-1' });
  expect(echo?.from?.id).toMatch(/^dl_/);
  expect(echo?.id).toBe(posted.body.id);
  expect(reply?.text).toContain(CATALOGS.ja.questions.subscription.prompt);
  expect(reply?.from?.role).toBe('bot');
});

test('refresh gives a new token for the same conversation', async () => {
  const { token, conversationId } = await conversation('en-US');
  const refreshed = await call('POST', '/tokens/refresh', token);
  expect(refreshed.body.conversationId).toBe(conversationId);
  expect(refreshed.body.token).not.toBe(token);
  const polled = await call('GET', `/conversations/${conversationId}/activities`, refreshed.body.token as string);
  expect(polled.status).toBe(200);
});

test("the service's status codes, each with { error: { code, message } }: no token 401, a made-up or another conversation's token 403", async () => {
  const a = await conversation('en-US');
  const b = await conversation('en-US');
  const refusals = [
    [await call('GET', `/conversations/${a.conversationId}/activities`), 401],
    [await call('GET', `/conversations/${a.conversationId}/activities`, 'made-up'), 403],
    [await call('GET', `/conversations/${a.conversationId}/activities`, b.token), 403],
    [await call('POST', `/conversations/${a.conversationId}/activities`, b.token, { type: 'message', text: 'hi' }), 403],
    [await call('GET', `/conversations/${a.conversationId}`, b.token), 403],
  ] as const;
  for (const [answer, status] of refusals) {
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: { code: expect.any(String) as string, message: expect.any(String) as string } });
  }
});

test('starting a conversation answers 201 with a streamUrl; starting it again 200, and the bot is not told twice', async () => {
  const grant = (await call('POST', '/tokens/generate')).body as { token: string; conversationId: string };
  const first = await call('POST', '/conversations', grant.token, { locale: 'en-US' });
  expect(first.status).toBe(201);
  expect(first.body.streamUrl).toMatch(new RegExp(`^ws://.+/v3/directline/conversations/${grant.conversationId}/stream\\?t=`));
  const again = await call('POST', '/conversations', grant.token, { locale: 'en-US' });
  expect(again.status).toBe(200);
  expect(again.body.streamUrl).not.toBe(first.body.streamUrl);
  const polled = await call('GET', `/conversations/${grant.conversationId}/activities`, grant.token);
  expect(messages(polled.body.activities)).toHaveLength(1);
});

test('a watermark never moves backwards, also past the end or after old activities were dropped to bound the conversation', async () => {
  const { token, conversationId } = await conversation('en-US');
  const start = await call('GET', `/conversations/${conversationId}/activities`, token);
  const ahead = Number(start.body.watermark) + 50;
  const past = await call('GET', `/conversations/${conversationId}/activities?watermark=${String(ahead)}`, token);
  expect(past.body).toEqual({ activities: [], watermark: String(ahead) });

  // Long messages until the conversation holds more than its bound: the oldest go, the watermarks keep counting.
  let watermark = Number(start.body.watermark);
  const long = 'x'.repeat(1900);
  for (let i = 0; i < 80; i++) {
    expect((await call('POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text: long })).status).toBe(200);
    const next = await call('GET', `/conversations/${conversationId}/activities?watermark=${String(watermark)}`, token);
    expect(Number(next.body.watermark)).toBeGreaterThan(watermark);
    watermark = Number(next.body.watermark);
  }
  const all = await call('GET', `/conversations/${conversationId}/activities`, token);
  expect(all.body.watermark).toBe(String(watermark));
  expect(Buffer.byteLength(JSON.stringify(all.body.activities))).toBeLessThanOrEqual(MAX_CONVERSATION_BYTES);
  expect(messages(all.body.activities)[0]?.text).not.toContain(CATALOGS.en.welcome);
});

test('an activity without a type is a 400 with a message, not a crash', async () => {
  const { token, conversationId } = await conversation('en-US');
  const answer = await call('POST', `/conversations/${conversationId}/activities`, token, { text: 'no type' });
  expect(answer.status).toBe(400);
  expect(JSON.stringify(answer.body)).toContain('type');
});

test("the portal page is in the browser's language, and serves Web Chat from this server", async () => {
  const ja = await fetch(`${server.url}/`, { headers: { 'accept-language': 'ja,en-US;q=0.8' } });
  const html = await ja.text();
  expect(html).toContain(`<title>${PORTAL_TEXT.ja.title}</title>`);
  const webChatUrl = /src="(\/vendor\/webchat\.[0-9a-f]{16}\.js)"/.exec(html)?.[1];
  expect(webChatUrl).toBeDefined();
  expect(ja.headers.get('content-security-policy')).toContain("script-src 'self'");
  const en = await (await fetch(`${server.url}/`, { headers: { 'accept-language': 'en-GB' } })).text();
  expect(en).toContain(`<title>${PORTAL_TEXT.en.title}</title>`);

  const webChat = await fetch(`${server.url}${webChatUrl!}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(webChat.status).toBe(200);
  expect(webChat.headers.get('content-type')).toContain('javascript');
  expect(await webChat.text()).toContain('renderWebChat');
  expect((await fetch(`${server.url}/portal/..%2Fpackage.json`)).status).toBe(404);
  expect((await fetch(`${server.url}/portal/constructor`)).status).toBe(404);
});

test("what the bot sends on its own reaches the conversation's next poll; unknown conversations and non-activities are refused", async () => {
  const { token, conversationId } = await conversation('en-US');
  const connector = (id: string, body: unknown) =>
    fetch(`${server.url}/v3/directline/connector/v3/conversations/${encodeURIComponent(id)}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  expect((await connector('made-up', { type: 'message', text: 'hi' })).status).toBe(404);
  expect((await connector(conversationId, { text: 'no type' })).status).toBe(400);
  expect((await connector(conversationId, { type: 'message', text: 'A notice', from: { id: 'someone', name: 'Someone' } })).status).toBe(
    200,
  );
  const polled = messages((await call('GET', `/conversations/${conversationId}/activities`, token)).body.activities);
  expect(polled.at(-1)).toMatchObject({ text: 'A notice', from: { role: 'bot' } });
});
