/**
 * Local Direct Line under a flood of anonymous token requests: each client may start only so many
 * conversations, the least recently active are forgotten first (so a visitor in a conversation keeps
 * it), and refreshing in a loop keeps few tokens. Behind a trusted front end, so clients differ by
 * X-Forwarded-For, as they would on a shared host.
 */
import { useRunningBot } from '../support/runningBot';

const server = useRunningBot({ TRUSTED_PROXY_HOPS: '1' });

async function call(
  method: string,
  path: string,
  { token, client = '198.51.100.1' }: { token?: string; client?: string } = {},
  body?: unknown,
) {
  const response = await fetch(`${server.url}/v3/directline${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `${client}:40000`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function visitor(client: string) {
  const grant = (await call('POST', '/tokens/generate', { client })).body as { token: string; conversationId: string };
  expect((await call('POST', '/conversations', { token: grant.token, client }, { locale: 'en-US' })).status).toBe(201);
  return grant;
}

test('one client asking for tokens in a loop is stopped with 429', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 60; i++) statuses.push((await call('POST', '/tokens/generate', { client: '192.0.2.66' })).status);
  expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
  expect(statuses).toContain(429);
});

test('a visitor in an active conversation keeps it while 300 new conversations are started', async () => {
  const { token, conversationId } = await visitor('198.51.100.7');
  for (let i = 0; i < 300; i++) {
    expect((await call('POST', '/tokens/generate', { client: `203.0.113.${String(i % 250)}` })).status).toBe(200);
    // The visitor's page polls, as Web Chat does.
    if (i % 50 === 0)
      expect((await call('GET', `/conversations/${conversationId}/activities`, { token, client: '198.51.100.7' })).status).toBe(200);
  }
  expect((await call('GET', `/conversations/${conversationId}/activities`, { token, client: '198.51.100.7' })).status).toBe(200);
});

test('a refreshed token leaves the old one working until its own expiry, as the service does; a refresh loop keeps only the latest three', async () => {
  const { token, conversationId } = await visitor('198.51.100.8');
  const refreshed = await call('POST', '/tokens/refresh', { token, client: '198.51.100.8' });
  expect(refreshed.status).toBe(200);
  const poll = (t: string) => call('GET', `/conversations/${conversationId}/activities`, { token: t, client: '198.51.100.8' });
  expect((await poll(token)).status).toBe(200);
  expect((await poll(refreshed.body.token as string)).status).toBe(200);

  let latest = refreshed.body.token as string;
  for (let i = 0; i < 5; i++)
    latest = (await call('POST', '/tokens/refresh', { token: latest, client: '198.51.100.8' })).body.token as string;
  expect((await poll(token)).status).toBe(403);
  expect((await poll(latest)).status).toBe(200);
});
