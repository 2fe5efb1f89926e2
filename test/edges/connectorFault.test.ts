/**
 * Replies go to the channel's connector (the activity's serviceUrl). When it refuses them, the person's
 * answers are kept, the failure is logged once with a reference, and the conversation goes on once it is back.
 */
import { once } from 'node:events';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';
import { en } from '../../src/locale/en';

let bot: Server;
let connector: HttpServer;
let connectorUrl: string;
let refusing = false;
const delivered: string[] = [];
const logs: string[] = [];

beforeAll(async () => {
  connector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (refusing) {
        res.writeHead(503);
        res.end();
        return;
      }
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text?: string };
      delivered.push(activity.text ?? '');
      // Restify patches Node's ServerResponse in this process: writeHead does not return it.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${delivered.length}` }));
    });
  });
  connector.listen(0, '127.0.0.1');
  await once(connector, 'listening');
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  ({ server: bot } = await start(loadConfig({ PORT: '0' }), createLogger('info', { write: (line: string) => logs.push(line) })));
});

afterAll(() => {
  bot.close();
  bot.server.closeAllConnections();
  // The bot's connector client keeps its connections alive: end them, or the test process would stay up.
  connector.close();
  connector.closeAllConnections();
});

async function say(text: string): Promise<number> {
  const before = delivered.length;
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m-${Math.random()}`,
      text,
      channelId: 'webchat',
      serviceUrl: connectorUrl,
      conversation: { id: 'connector-fault' },
      from: { id: 'person' },
      recipient: { id: 'bot' },
    }),
  });
  expect(delivered.length).toBeGreaterThanOrEqual(before);
  return response.status;
}

it('keeps the answers while the connector refuses replies, and goes on once it is back', async () => {
  await say('hi');
  await say('vm');
  expect(delivered.at(-1)).toContain(en.questions.subscription.prompt);

  refusing = true;
  expect(await say('enterprise agreement')).toBeLessThan(500);
  refusing = false;
  const failures = logs.filter((l) => l.includes('"level":50'));
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatch(/"ref":"[0-9a-f]{8}"/);

  // The answer was taken: the same words again are not understood at the next question, which comes back.
  await say('enterprise agreement');
  expect(delivered.at(-1)).toContain(en.questions.receivingDomainRejects.prompt);
  await say('it times out');
  expect(delivered.at(-1)).toContain(en.questions.solved.prompt);
});
