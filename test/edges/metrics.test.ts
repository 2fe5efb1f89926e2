import type { Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';
import { start } from '../../src/index';

let server: Server;
let base: string;

beforeAll(async () => {
  ({ server } = await start(loadConfig({ PORT: '0' }), createLogger('silent')));
  base = server.url.replace('[::]', '127.0.0.1');
});
afterAll(() => {
  server.close();
});

const SUBSCRIPTION_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

async function turn(conversationId: string, text: string, channelId = 'directline'): Promise<Partial<Activity>[]> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text,
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      channelId,
      serviceUrl: 'http://127.0.0.1:9/never-called',
      conversation: { id: conversationId },
      from: { id: `person-${conversationId}` },
      recipient: { id: 'bot' },
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
}

async function scrape(): Promise<string> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one series in Prometheus text, 0 when the series is not there yet. */
function value(metrics: string, series: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics', () => {
  it('counts turns, verdicts, rules and how each triage closed, after conversations over HTTP', async () => {
    const before = await scrape();
    const texts: string[] = [];
    const say = async (conversation: string, text: string) => {
      const replies = await turn(conversation, text);
      expect(replies.map((a) => a.type)).not.toContain('trace');
      texts.push(replies.map((a) => a.text ?? '').join('\n'));
    };

    await say('metrics-ea', 'hello');
    await say('metrics-ea', 'virtual machine');
    await say('metrics-ea', SUBSCRIPTION_ID);
    await say('metrics-ea', 'Enterprise Agreement (EA)');
    await say('metrics-ea', 'The connection times out');
    await say('metrics-ea', 'No, I still need help');
    expect(texts.at(-1)).toContain('(H1)');

    await say('metrics-payg', 'hello');
    await say('metrics-payg', 'virtual machine');
    await say('metrics-payg', 'Pay-As-You-Go');
    await say('metrics-payg', 'Yes, solved');
    expect(texts.at(-1)).toContain('Glad that helped');

    const after = await scrape();
    const moved = (series: string) => value(after, series) - value(before, series);
    expect(moved('bot_turns_total{channel="directline"}')).toBe(10);
    expect(moved('bot_turn_duration_seconds_count{channel="directline"}')).toBe(10);
    expect(moved('triage_verdicts_total{outcome="open"}')).toBe(1);
    expect(moved('triage_verdicts_total{outcome="blocked"}')).toBe(1);
    expect(moved('triage_verdict_rules_total{rule="S1"}')).toBe(2);
    expect(moved('triage_verdict_rules_total{rule="E1"}')).toBe(1);
    expect(moved('triage_verdict_rules_total{rule="O1"}')).toBe(1);
    expect(moved('triage_closings_total{outcome="open",resolution="escalated"}')).toBe(1);
    expect(moved('triage_closings_total{outcome="blocked",resolution="solved"}')).toBe(1);
    expect(moved('bot_turn_errors_total{channel="directline"}')).toBe(0);
    expect(after).toContain('process_resident_memory_bytes');

    // No personal data: neither the subscription id, nor the conversation or user ids.
    for (const secret of [SUBSCRIPTION_ID, 'metrics-ea', 'metrics-payg', 'person-']) expect(after).not.toContain(secret);
  });

  it('files an unknown channel id under "other", so a client cannot add labels', async () => {
    await turn('metrics-odd-channel', 'hello', 'made-up-channel-42');
    const metrics = await scrape();
    expect(value(metrics, 'bot_turns_total{channel="other"}')).toBeGreaterThanOrEqual(1);
    expect(metrics).not.toContain('made-up-channel-42');
  });
});

describe('trace activities', () => {
  it('reach the Emulator, for debugging, with how the triage closed', async () => {
    for (const text of ['hello', 'Another Azure service']) await turn('metrics-emulator', text, 'emulator');
    const replies = await turn('metrics-emulator', 'No, I still need help', 'emulator');
    expect(replies.find((a) => a.type === 'trace')).toMatchObject({
      name: 'triage/closed',
      value: { outcome: 'unsupported', rules: ['S4'], solved: false, escalated: false },
    });
  });
});

describe('the metrics middleware', () => {
  it('counts a turn that fails, and lets the adapter handle the error', async () => {
    const metrics = createMetrics();
    const handled: string[] = [];
    const adapter = new TestAdapter(() => Promise.reject(new Error('the bot broke')));
    adapter.use(metrics.middleware);
    adapter.onTurnError = (_context, error) => {
      handled.push(error.message);
      return Promise.resolve();
    };
    await adapter.send('hello');
    expect(handled).toEqual(['the bot broke']);
    expect(value(await metrics.registry.metrics(), 'bot_turn_errors_total{channel="test"}')).toBe(1);
  });
});
