/**
 * Fields of the wrong type are refused at the edge with 400: never a 500, and never a turn that fails
 * and resets the person's conversation.
 */
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
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

async function post(conversationId: string, fields: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/never-called',
      conversation: { id: conversationId, conversationType: 'personal' },
      from: { id: 'user-1' },
      recipient: { id: '28:bot' },
      ...fields,
    }),
  });
  const body = response.status === 200 ? ((await response.json()) as { activities: Partial<Activity>[] }) : undefined;
  return { status: response.status, text: body?.activities.map((a) => a.text ?? '').join('\n') ?? '' };
}

describe.each([
  ['"locale": 123', { text: 'x', locale: 123 }],
  ['"text": 123', { text: 123 }],
  ['"text": {}', { text: { toString: 'x' } }],
  ['"value": 5', { text: 'x', value: 5 }],
  ['membersAdded: "x"', { type: 'conversationUpdate', membersAdded: 'x' }],
  ['membersAdded without ids', { type: 'conversationUpdate', membersAdded: [{}] }],
  ['entities: "x"', { text: 'x', entities: 'x' }],
  ['a conversation id of 600 characters', { text: 'x', conversation: { id: `long-${'x'.repeat(600)}`, conversationType: 'personal' } }],
  ['a sender id of 600 characters', { text: 'x', from: { id: 'x'.repeat(600) } }],
  ['a Teams mention without mentioned', { text: '<at>Bot</at> hi', entities: [{ type: 'mention', text: '<at>Bot</at>' }] }],
])('%s', (_name, fields) => {
  it('is refused with 400, and the conversation goes on where it was', async () => {
    const conversation = `types-${_name.replace(/\W+/g, '-')}`;
    await post(conversation, { text: 'hello' });
    expect((await post(conversation, { text: 'vm' })).text).toContain('Which subscription type');
    expect((await post(conversation, fields)).status).toBe(400);
    expect((await post(conversation, { text: 'pay as you go' })).text).not.toContain('Hello!');
  });
});
