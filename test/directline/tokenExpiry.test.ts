/**
 * Token lifetimes on the local Direct Line, on a clock the test moves: a refreshed token's predecessor keeps
 * working until its own expiry, then answers 403 TokenExpired, as the service does; the refreshed one works on.
 */
import { CloudAdapter } from 'botbuilder';
import { createServer, plugins, type Server } from 'restify';
import { mountLocalDirectLine } from '../../src/directline/localDirectLine';
import { createLogger } from '../../src/logger';

let server: Server;
let base: string;
let now = Date.now();
beforeAll(async () => {
  server = createServer();
  server.use(plugins.queryParser(), plugins.bodyParser());
  mountLocalDirectLine(server, {
    adapter: new CloudAdapter(),
    handleTurn: async (context) => {
      await context.sendActivity('hello');
    },
    logger: createLogger('silent'),
    bot: { id: 'bot', name: 'Bot' },
    clock: () => now,
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  base = `${server.url}/v3/directline`;
});
afterAll(() => {
  server.close();
});

async function call(method: string, path: string, token: string) {
  const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as { token?: string; error?: { code: string } } };
}

test('the old token works until its own expiry, then 403 TokenExpired; the refreshed one still works', async () => {
  const grant = (await (await fetch(`${base}/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const activities = `/conversations/${grant.conversationId}/activities`;
  now += 15 * 60_000; // Web Chat refreshes at half of the 30 minutes.
  const refreshed = await call('POST', '/tokens/refresh', grant.token);
  expect(refreshed.status).toBe(200);
  expect((await call('GET', activities, grant.token)).status).toBe(200);

  now += 15 * 60_000 + 1000;
  const expired = await call('GET', activities, grant.token);
  expect(expired).toEqual({ status: 403, body: { error: { code: 'TokenExpired', message: expect.any(String) as string } } });
  expect((await call('GET', activities, refreshed.body.token!)).status).toBe(200);
});
