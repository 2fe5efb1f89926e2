import { once } from 'node:events';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';
import { startBotProcess } from '../support/botProcess';

let server: Server;
let base: string;

beforeAll(async () => {
  ({ server } = await start(loadConfig({ PORT: '0' }), createLogger('silent')));
  base = server.url.replace('[::]', '127.0.0.1');
});
afterAll(() => {
  server.close();
});

async function post(body: unknown, contentType = 'application/json'): Promise<Response> {
  return fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function say(conversationId: string, text: string, locale = 'en-US'): Promise<string> {
  const response = await post({
    type: 'message',
    text,
    locale,
    deliveryMode: 'expectReplies',
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/never-called',
    conversation: { id: conversationId },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { activities: Partial<Activity>[] };
  return body.activities.map((a) => a.text ?? '').join('\n');
}

describe('the bot over HTTP', () => {
  it('answers /healthz with its version', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown });
  });

  it('holds a whole conversation with deliveryMode expectReplies', async () => {
    expect(await say('http-1', 'hello')).toContain('What sends the mail?');
    expect(await say('http-1', 'virtual machine')).toContain('Which subscription type');
    const verdict = await say('http-1', 'MS-AZR-0003P');
    expect(verdict).toContain('Blocked');
    expect(verdict).toContain('(R0)');
    expect(await say('http-1', 'no')).toContain('Case summary');
  });

  it("welcomes once when a channel both announces the person and sends Web Chat's join event", async () => {
    const base = {
      deliveryMode: 'expectReplies',
      channelId: 'directline',
      serviceUrl: 'http://127.0.0.1:9/never-called',
      conversation: { id: 'welcome-once' },
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
    };
    const turn = async (activity: object) => {
      const response = await post({ ...base, ...activity });
      return ((await response.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
    };
    const joined = await turn({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] });
    expect(joined.map((a) => a.text).join('\n')).toContain('What sends the mail?');
    expect(await turn({ type: 'event', name: 'webchat/join' })).toEqual([]);
  });

  it('keeps conversations apart, each in its own language', async () => {
    expect(await say('http-ja', 'こんにちは', 'ja-JP')).toContain('メールを送信しているリソースはどれですか？');
    expect(await say('http-en', 'hi')).toContain('What sends the mail?');
    expect(await say('http-ja', 'VM', 'ja-JP')).toContain('どの種類のサブスクリプション');
    expect(await say('http-en', 'firewall')).toContain('Which subscription type');
  });

  it.each([
    ['not JSON', '{"type": "message", ', 'application/json'],
    ['a JSON array', '[1, 2, 3]', 'application/json'],
    ['an activity without a conversation', JSON.stringify({ type: 'message', text: 'hi' }), 'application/json'],
    ['an activity without a type', JSON.stringify({ conversation: { id: 'x' } }), 'application/json'],
    ['wrong field types', JSON.stringify({ type: 42, conversation: 'x' }), 'application/json'],
    ['an activity without a sender', JSON.stringify({ type: 'message', text: 'hi', conversation: { id: 'x' } }), 'application/json'],
    [
      'an unknown activity type',
      JSON.stringify({ type: 'selfDestruct', conversation: { id: 'x' }, from: { id: 'u' } }),
      'application/json',
    ],
    ['a form instead of JSON', 'type=message', 'application/x-www-form-urlencoded'],
  ])('answers %s with a 4xx and keeps serving', async (name, body, contentType) => {
    const response = await post(body, contentType);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    // A new conversation each time: the same greeting over and over in one would rightly stop being re-asked.
    expect(await say(`http-after-${name}`, 'hi')).toContain('What sends the mail?');
  });

  it.each([300 * 1024, 10 * 1024 * 1024])('answers a body of %i bytes, over the size limit, with 413 and keeps serving', async (size) => {
    const response = await post({ type: 'message', text: 'x'.repeat(size), conversation: { id: 'big' } });
    expect(response.status).toBe(413);
    expect(await say('http-after-big', 'hi')).toContain('What sends the mail?');
  });

  it('answers an unknown path with 404 and a wrong method with 405', async () => {
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
    expect((await fetch(`${base}/api/messages`)).status).toBe(405);
  });
});

describe('a client that stalls', () => {
  it('is disconnected once idle, while other conversations go on', async () => {
    const { server: strict } = await start(loadConfig({ PORT: '0', HTTP_IDLE_TIMEOUT_MS: '300' }), createLogger('silent'));
    try {
      const { port } = strict.address();
      const stalled = connect(port, '127.0.0.1');
      await once(stalled, 'connect');
      stalled.write('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl');
      const closed = once(stalled, 'close');
      const other = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(other.status).toBe(200);
      await closed;
      expect(stalled.destroyed).toBe(true);
    } finally {
      strict.close();
    }
  });
});

describe('npm start in local mode', () => {
  it('binds to loopback and says loudly that requests are not authenticated', async () => {
    const bot = await startBotProcess({ PORT: '0' });
    bot.child.kill();
    await bot.exited;
    expect(bot.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bot.output()).toContain('LOCAL MODE');
    expect(bot.output()).toContain('NOT authenticated');
  });

  it('stops on SIGTERM with exit code 0 after finishing its work', async () => {
    const bot = await startBotProcess({ PORT: '0' });
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('"msg":"stopped"');
    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
  });

  it('says in one line that the port is in use, naming PORT and HOST, and exits non-zero', async () => {
    const taken = createNetServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const port = String((taken.address() as AddressInfo).port);
    try {
      const bot = await startBotProcess({ PORT: port, HOST: '127.0.0.1' });
      expect(await bot.exited).toBe(1);
      expect(bot.output()).toContain(
        `Cannot listen on 127.0.0.1:${port} (the port is in use by another program). Set PORT (and HOST) to a free address.`,
      );
      expect(bot.output()).not.toMatch(/^\s+at /m);
    } finally {
      taken.close();
    }
  });

  it('refuses to start with an invalid setting and names it', async () => {
    const bot = await startBotProcess({
      PORT: '0',
      MicrosoftAppId: 'abc',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppPassword: 's3cret-value',
    });
    expect(await bot.exited).toBe(1);
    expect(bot.url).toBe('');
    expect(bot.output()).toContain('MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant');
    expect(bot.output()).not.toContain('s3cret-value');
  });
});
