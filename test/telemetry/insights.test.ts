/**
 * Application Insights end to end: the built bot runs as a process with a connection string whose
 * IngestionEndpoint is a local HTTP server, holds a conversation, and what arrives there is read:
 * the outcome events with their labels, the request and the Bot Connector call as traces, and
 * nowhere an id, a name or a text the person typed.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generate } from 'selfsigned';
import { TELEMETRY_EVENTS } from '../../src/telemetry/events';
import { startTelemetry } from '../../src/telemetry';
import { startBotProcess, type BotProcess } from '../support/bot';

interface Envelope {
  name: string;
  data: { baseType: string; baseData: { name?: string; url?: string; data?: string; properties?: Record<string, string> } };
}

const CONVERSATION = 'conv-7f3a9c2b-private';
const USER = 'user-4d2e8b91';
const USER_NAME = 'Hanako Yamada';
const TYPED = 'virtual machine';

let ingestion: Server;
let caDir: string;
let base: string;
const envelopes: Envelope[] = [];
const raw: string[] = [];
let bot: BotProcess;

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  return req.headers['content-encoding'] === 'gzip' ? gunzipSync(all) : all;
}

beforeAll(async () => {
  // The exporter sends only over https: a certificate made here, which the bot process is told to trust.
  const tls = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  caDir = mkdtempSync(path.join(tmpdir(), 'insights-ca-'));
  writeFileSync(path.join(caDir, 'ca.pem'), tls.cert);
  // One server stands in for both the ingestion endpoint and the channel's Bot Connector.
  ingestion = createServer({ key: tls.private, cert: tls.cert }, (req, res) => {
    void body(req).then((payload) => {
      if (req.url?.includes('/track')) {
        const text = payload.toString('utf8');
        raw.push(text);
        const items = (
          text.trim().startsWith('[')
            ? JSON.parse(text)
            : text
                .trim()
                .split('\n')
                .map((l) => JSON.parse(l) as Envelope)
        ) as Envelope[];
        envelopes.push(...items);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'sent-1' }));
      }
    });
  });
  ingestion.listen(0, '127.0.0.1');
  await once(ingestion, 'listening');
  const port = (ingestion.address() as AddressInfo).port;
  base = `https://127.0.0.1:${port}`;
  bot = await startBotProcess({
    APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint=${base}/`,
    // No Microsoft endpoint is reachable from a test: the SDK's own usage reports stay off.
    APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
    OTEL_BLRP_SCHEDULE_DELAY: '200',
    OTEL_BSP_SCHEDULE_DELAY: '200',
    NODE_EXTRA_CA_CERTS: path.join(caDir, 'ca.pem'),
  });
});

afterAll(async () => {
  await bot.stop();
  ingestion.close();
  rmSync(caDir, { recursive: true, force: true });
});

async function send(activity: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'directline',
      serviceUrl: base,
      conversation: { id: CONVERSATION },
      from: { id: USER, name: USER_NAME },
      recipient: { id: 'bot' },
      locale: 'en-US',
      ...activity,
    }),
  });
  expect(response.status).toBeLessThan(300);
}

async function arrived(predicate: (e: Envelope[]) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!predicate(envelopes) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

const events = (name: string) =>
  envelopes.filter((e) => e.data.baseType === 'EventData' && e.data.baseData.name === name).map((e) => e.data.baseData.properties ?? {});

it('sends the conversation, its verdict and closing as events, the request and the connector call as traces, and no personal data', async () => {
  await send({ type: 'conversationUpdate', membersAdded: [{ id: USER, name: USER_NAME }, { id: 'bot' }] });
  // To the verdict and "did that solve it?", then a case for a person (no destination is configured here).
  for (const text of ['hello', TYPED, 'MS-AZR-0003P', 'no', 'agent', 'skip', 'yes'])
    await send({ type: 'message', text, deliveryMode: 'expectReplies' });
  await arrived((e) => events('handoff_deliveries_total').length > 0 && e.some((x) => x.data.baseType === 'RemoteDependencyData'));

  expect(events('bot_conversations_started')).toEqual([{ channel: 'directline' }]);
  expect(events('triage_verdicts_total')).toEqual([{ outcome: 'blocked' }]);
  expect(events('triage_verdict_rules_total')).toEqual([{ rule: 'S1' }, { rule: 'O1' }]);
  expect(events('triage_closings_total')).toEqual([{ outcome: 'blocked', resolution: 'not_escalated' }]);
  expect(events('handoff_deliveries_total')).toEqual([{ destination: 'none', result: 'none' }]);

  const requests = envelopes.filter((e) => e.data.baseType === 'RequestData');
  expect(requests.map((r) => r.data.baseData.url)).toContainEqual(expect.stringContaining('/api/messages'));
  const dependencies = envelopes.filter((e) => e.data.baseType === 'RemoteDependencyData').map((d) => d.data.baseData.data ?? '');
  // The welcome went to the channel's Bot Connector: traced, with its ids taken out.
  expect(dependencies).toContainEqual(expect.stringMatching(/\/v3\/conversations\/:id\/activities$/));

  const everything = raw.join('\n');
  for (const personal of [CONVERSATION, USER, USER_NAME, TYPED])
    expect([personal, everything.includes(personal)]).toEqual([personal, false]);
  // Each event carries exactly the properties the list declares (what the workbook may query).
  const declared = new Map<string, readonly string[]>(Object.values(TELEMETRY_EVENTS).map((e) => [e.name, e.properties]));
  for (const e of envelopes.filter((x) => x.data.baseType === 'EventData')) {
    expect(Object.keys(e.data.baseData.properties ?? {}).sort()).toEqual(
      [...(declared.get(e.data.baseData.name!) ?? ['(not declared)'])].sort(),
    );
  }
});

it('is off without a connection string: every hook passes through', async () => {
  const off = startTelemetry(undefined);
  expect(off.enabled).toBe(false);
  const options = { store: undefined as never, hours: undefined as never };
  expect(off.observeHandoff(options)).toBe(options);
  await expect(off.stop()).resolves.toBeUndefined();
});
