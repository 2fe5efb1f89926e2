/**
 * POST /api/directline/token against a local HTTP server standing in for the Direct Line
 * service: per-user tokens, 503 without a secret, a per-client rate limit, and the secret in
 * no response, no page and no log line.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';

const SECRET = 'dl-secret-Zq8XvP2mK7wR4tY9uB3nC6';

interface FakeDirectLine {
  url: string;
  requests: { authorization: string | undefined; userId: string }[];
  /** When set, the service fails and echoes the request headers, as a careless proxy might. */
  failing: boolean;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Restify patches Node's ServerResponse (writeHead no longer returns it), so no chaining. */
function reply(res: ServerResponse, status: number, json: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(json);
}

async function fakeDirectLine(): Promise<FakeDirectLine> {
  const fake: Omit<FakeDirectLine, 'url' | 'close'> = { requests: [], failing: false };
  const server: HttpServer = createServer((req, res) => {
    void body(req).then((text) => {
      if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
        reply(res, 404, '');
        return;
      }
      if (fake.failing) {
        reply(res, 500, JSON.stringify({ error: { headers: req.headers } }));
        return;
      }
      if (req.headers.authorization !== `Bearer ${SECRET}`) {
        reply(res, 403, '');
        return;
      }
      const userId = (JSON.parse(text) as { user: { id: string } }).user.id;
      fake.requests.push({ authorization: req.headers.authorization, userId });
      reply(res, 200, JSON.stringify({ conversationId: `conv-${fake.requests.length}`, token: `token-for-${userId}`, expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  });
}

async function startBot(env: Record<string, string>) {
  const logs: string[] = [];
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'trace', ...env });
  const { server } = await start(config, createLogger(config.LOG_LEVEL, { write: (line: string) => logs.push(line) }));
  return { server, logs };
}

function stop(server: Server) {
  return new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

async function postToken(server: Server) {
  const response = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
  const text = await response.text();
  return { status: response.status, text, headers: [...response.headers].join('\n'), cacheControl: response.headers.get('cache-control') };
}

describe('with a Direct Line secret', () => {
  let directLine: FakeDirectLine;
  let bot: Awaited<ReturnType<typeof startBot>>;

  beforeAll(async () => {
    directLine = await fakeDirectLine();
    bot = await startBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: directLine.url });
  });

  afterAll(async () => {
    await stop(bot.server);
    await directLine.close();
  });

  afterEach(() => {
    expect(bot.logs.join('')).not.toContain(SECRET);
  });

  test('each request gets a token for a new dl_ user, exchanged with the secret server-side', async () => {
    const first = await postToken(bot.server);
    const second = await postToken(bot.server);
    expect(first.status).toBe(200);
    expect(first.cacheControl).toBe('no-store');
    const [a, b] = directLine.requests;
    expect(a.authorization).toBe(`Bearer ${SECRET}`);
    expect(a.userId).toMatch(/^dl_[0-9a-f]{32}_[0-9a-f]{16}$/);
    expect(b.userId).not.toBe(a.userId);
    expect(JSON.parse(first.text)).toEqual({ token: `token-for-${a.userId}`, conversationId: 'conv-1', expires_in: 3600 });
    for (const answer of [first, second]) {
      expect(answer.text).not.toContain(SECRET);
      expect(answer.headers).not.toContain(SECRET);
    }
  });

  test('the portal page points the browser at the token endpoint and the Direct Line service, never at the secret', async () => {
    const response = await fetch(`${bot.server.url}/`);
    const page = await response.text();
    expect(page).toContain(`"directLine":{"tokenUrl":"/api/directline/token","domain":"${directLine.url}/v3/directline","webSocket":true}`);
    expect(page).not.toContain(SECRET);
    // The page may reach Direct Line, and its WebSocket stream, and nothing else beyond the bot.
    const host = new URL(directLine.url).host;
    expect(response.headers.get('content-security-policy')).toContain(`connect-src 'self' ${directLine.url} ws://${host}`);
  });

  test('a failing Direct Line gives 502 with a plain message, even when it echoes the secret back', async () => {
    directLine.failing = true;
    try {
      const answer = await postToken(bot.server);
      expect(answer.status).toBe(502);
      expect(JSON.parse(answer.text)).toEqual({ error: expect.stringMatching(/Direct Line/) as unknown });
      expect(answer.text).not.toContain(SECRET);
    } finally {
      directLine.failing = false;
    }
  });
});

test('without a secret the endpoint answers 503 and says what is missing', async () => {
  const bot = await startBot({});
  try {
    const answer = await postToken(bot.server);
    expect(answer.status).toBe(503);
    expect((JSON.parse(answer.text) as { error: string }).error).toContain('DIRECT_LINE_SECRET');
  } finally {
    await stop(bot.server);
  }
});

test('one client fetching tokens in a loop is stopped with 429 after a short burst', async () => {
  const directLine = await fakeDirectLine();
  const bot = await startBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: directLine.url });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await postToken(bot.server)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses).toContain(429);
    expect(directLine.requests.length).toBeLessThan(12);
    expect(bot.logs.join('')).not.toContain(SECRET);
  } finally {
    await stop(bot.server);
    await directLine.close();
  }
});

describe('behind a trusted front end (TRUSTED_PROXY_HOPS=1, as on App Service)', () => {
  let directLine: FakeDirectLine;
  let bot: Awaited<ReturnType<typeof startBot>>;
  /** As the front end sends it: whatever the client wrote, then the address the front end saw. */
  const via = (client: string, forged?: string) => ({ 'x-forwarded-for': forged ? `${forged}, ${client}:50123` : `${client}:50123` });
  const post = async (headers: Record<string, string>) =>
    (await fetch(`${bot.server.url}/api/directline/token`, { method: 'POST', headers })).status;

  beforeEach(async () => {
    directLine = await fakeDirectLine();
    bot = await startBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: directLine.url, TRUSTED_PROXY_HOPS: '1' });
  });
  afterEach(async () => {
    await stop(bot.server);
    await directLine.close();
  });

  it("limits each visitor on their own: one abuser does not lock the others out, though all share the front end's socket", async () => {
    for (let i = 0; i < 10; i++) await post(via('203.0.113.7'));
    expect(await post(via('203.0.113.7'))).toBe(429);
    for (const visitor of ['198.51.100.1', '198.51.100.2', '[2001:db8::5]'])
      expect(await post({ 'x-forwarded-for': `${visitor}:443` })).toBe(200);
  });

  it('is not fooled by addresses the client wrote into X-Forwarded-For itself', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push(await post(via('203.0.113.9', `10.0.0.${String(i)}`)));
    expect(statuses).toContain(429);
  });

  it('falls back to the socket address when the header is missing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push(await post({}));
    expect(statuses).toContain(429);
  });

  it('counts an IPv6 /64 as one client: rotating through its addresses gets one burst, not a token each', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 20; i++) statuses.push(await post({ 'x-forwarded-for': `[2001:db8:1:2::${i.toString(16)}]:443` }));
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    // Another /64 is another client, and an IPv4-mapped address is its IPv4 one.
    expect(await post({ 'x-forwarded-for': '[2001:db8:1:3::1]:443' })).toBe(200);
    for (let i = 0; i < 5; i++) await post({ 'x-forwarded-for': '198.51.100.77' });
    expect(await post({ 'x-forwarded-for': '[::ffff:198.51.100.77]:443' })).toBe(429);
  });

  it("marks each user id with its client, the same for one /64's addresses, without the address itself", async () => {
    await post({ 'x-forwarded-for': '[2001:db8:9:9::1]:443' });
    await post({ 'x-forwarded-for': '[2001:db8:9:9::2]:443' });
    await post({ 'x-forwarded-for': '[2001:db8:9:8::1]:443' });
    const [a, b, c] = directLine.requests.map((r) => r.userId.split('_'));
    expect(a[1]).not.toBe(b[1]);
    expect(a[2]).toBe(b[2]);
    expect(c[2]).not.toBe(a[2]);
    expect(directLine.requests.map((r) => r.userId).join()).not.toContain('2001');
  });

  it('has a ceiling over all clients: 300 addresses together get a burst of about 120 tokens, not 300', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 300 }, (_, i) => post({ 'x-forwarded-for': `198.51.${String(Math.floor(i / 250))}.${String((i % 250) + 1)}` })),
    );
    // 120 at once, and 2 a second after that while the requests come in.
    expect(statuses.filter((s) => s === 200).length).toBeLessThan(150);
    expect(statuses).toContain(429);
  });

  it('logs the refusals as one sampled line, not one per request', async () => {
    for (let i = 0; i < 30; i++) await post(via('203.0.113.11'));
    const refusals = bot.logs.filter((l) => l.includes('too many requests'));
    expect(refusals).toHaveLength(1);
    expect(JSON.parse(refusals[0])).toMatchObject({ level: 40, msg: 'request refused' });
  });
});

test('without a trusted front end (the default off App Service) a forged X-Forwarded-For changes nothing', async () => {
  const directLine = await fakeDirectLine();
  const bot = await startBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: directLine.url });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(
        (await fetch(`${bot.server.url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': `10.1.1.${String(i)}` } }))
          .status,
      );
    }
    expect(statuses).toContain(429);
  } finally {
    await stop(bot.server);
    await directLine.close();
  }
});

describe('which pages may fetch a token', () => {
  let directLine: FakeDirectLine;
  let bot: Awaited<ReturnType<typeof startBot>>;
  const PORTAL = 'https://support.contoso.example';

  beforeAll(async () => {
    directLine = await fakeDirectLine();
    bot = await startBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: directLine.url, PORTAL_ORIGINS: `${PORTAL}/` });
  });

  afterAll(async () => {
    await stop(bot.server);
    await directLine.close();
  });

  const post = (origin: string) => fetch(`${bot.server.url}/api/directline/token`, { method: 'POST', headers: { origin } });

  test('another site is refused, and its page is given nothing to read', async () => {
    const before = directLine.requests.length;
    const answer = await post('https://evil.example');
    expect(answer.status).toBe(403);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(directLine.requests.length).toBe(before);
  });

  test('a listed portal gets the token with the header that lets its page read it', async () => {
    const answer = await post(PORTAL);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(PORTAL);
    const preflight = await fetch(`${bot.server.url}/api/directline/token`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
  });

  test("the bot's own page may, as before", async () => {
    const answer = await post(new URL(bot.server.url).origin);
    expect(answer.status).toBe(200);
  });
});
