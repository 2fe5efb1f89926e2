/**
 * Two instances of the bot on one Azurite blob store, as App Service runs them behind its load balancer:
 * a conversation's turns alternate between them. The hand-off transcript holds every turn, and a live
 * chat (the requester's turns on one instance, the engineer's on the other) loses and doubles nothing.
 */
import type { Activity, Attachment } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';
import { createStateStorage } from '../../src/storage/createStateStorage';
import { SharedTranscriptStore } from '../../src/handoff/sharedTranscriptStore';
import { startAzurite, type Azurite } from '../support/azurite';
import { FakeConnector } from './fakeConnector';

jest.setTimeout(60_000);

const CHANNEL = '19:support@thread.tacv2';

let azurite: Azurite;
let connector: FakeConnector;
let instances: { server: Server; base: string }[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  connector = new FakeConnector();
  await connector.start();
  const env = {
    PORT: '0',
    STATE_STORE: 'blobs',
    BLOB_CONNECTION_STRING: azurite.connectionString,
    BLOB_CONTAINER: 'two-instances',
    HANDOFF_DESTINATIONS: 'handoffProtocol,teams',
    SUPPORT_CHANNEL_ID: CHANNEL,
    SUPPORT_CHANNEL_SERVICE_URL: connector.url,
    SUPPORT_CHANNEL_TENANT_ID: 'tenant-1',
    SUPPORT_DAYS: 'Mon-Sun',
    SUPPORT_HOURS: '00:00-24:00',
  };
  for (let i = 0; i < 2; i++) {
    const { server } = await start(loadConfig(env), createLogger('silent'));
    instances.push({ server, base: server.url.replace('[::]', '127.0.0.1') });
  }
});
afterAll(async () => {
  for (const { server } of instances) server.close();
  instances = [];
  await connector.stop();
  await azurite.stop();
});

async function send(instance: number, activity: Record<string, unknown>): Promise<Partial<Activity>[]> {
  const response = await fetch(`${instances[instance].base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      serviceUrl: connector.url,
      recipient: { id: 'bot' },
      ...activity,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
}
const texts = (activities: Partial<Activity>[]) => activities.map((a) => a.text ?? '').join('\n');
const ANSWERS = ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'It stopped on Monday'];

it('the hand-off transcript holds every turn, whichever instance served it', async () => {
  const user = (i: number, text: string) =>
    send(i % 2, { channelId: 'directline', conversation: { id: 'dl-both' }, from: { id: 'user-both' }, text });
  for (const [i, text] of ANSWERS.entries()) await user(i, text);
  const replies = await user(ANSWERS.length, 'yes');
  const initiate = replies.find((a) => a.type === 'event' && a.name === 'handoff.initiate');
  const transcript = (initiate?.attachments as Attachment[])[0].content as { activities: Partial<Activity>[] };
  const userSaid = transcript.activities.filter((a) => a.type === 'message' && a.from?.id === 'user-both').map((a) => a.text);
  expect(userSaid).toEqual(ANSWERS);
  const botSaid = transcript.activities.filter((a) => a.type === 'message' && a.from?.id === 'bot').map((a) => a.text ?? '');
  expect(botSaid.filter((t) => t.includes('What sends the mail?'))).toHaveLength(1);
});

it('a live chat with the requester on one instance and the engineer on the other loses and doubles nothing', async () => {
  const requester = (text: string) =>
    send(0, { channelId: 'webchat', conversation: { id: 'wc-both' }, from: { id: 'visitor-both' }, text });
  for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'skip']) await requester(text);
  // The web visitor's case goes to the hub first (handoffProtocol): it fails, and the case falls back to the team.
  const replies = await requester('yes');
  const number = /SMTP-[0-9A-Z]{5}/.exec(texts(replies))![0];
  const correlationId = (replies.find((a) => a.type === 'event')?.value as { correlationId: string }).correlationId;
  await send(0, {
    type: 'event',
    name: 'handoff.status',
    value: { state: 'failed', correlationId },
    channelId: 'webchat',
    conversation: { id: 'wc-both' },
    from: { id: 'visitor-both' },
  });
  await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity.attachments).includes(number)));
  const card = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity.attachments).includes(number))!.id;
  const thread = `${CHANNEL};messageid=${card}`;
  const engineer = (text: string) =>
    send(1, {
      channelId: 'msteams',
      conversation: { id: thread, conversationType: 'channel', tenantId: 'tenant-1' },
      from: { id: '29:aiko', name: 'Aiko Tanaka' },
      text,
    });

  const fromEngineer = ['Hello, which region?', 'And which VM size?', 'Thanks, looking now.'];
  const fromRequester = ['West Europe', 'D2s v5'];
  await engineer(fromEngineer[0]);
  await requester(fromRequester[0]);
  await engineer(fromEngineer[1]);
  await requester(fromRequester[1]);
  await engineer(fromEngineer[2]);

  const toRequester = connector.accepted('wc-both').map((r) => r.activity.text ?? '');
  expect(toRequester.filter((t) => t.includes('has joined this chat'))).toHaveLength(1);
  expect(toRequester.filter((t) => t.startsWith('**Aiko (support engineer):**'))).toEqual(
    fromEngineer.map((t) => `**Aiko (support engineer):** ${t}`),
  );
  await connector.until(() => connector.accepted(thread).some((r) => r.activity.text === 'Assigned to Aiko Tanaka.'));
  const inThread = connector.accepted(thread).map((r) => r.activity.text ?? '');
  expect(inThread.filter((t) => t.startsWith('**Requester:**'))).toEqual(fromRequester.map((t) => `**Requester:** ${t}`));
  expect(inThread.filter((t) => t === 'Assigned to Aiko Tanaka.')).toHaveLength(1);
});

it('keeps the latest activities of a conversation on blobs, in order, each text cut, and deletes them for "forget me"', async () => {
  const storage = await createStateStorage(
    loadConfig({ STATE_STORE: 'blobs', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'transcript-bounds' }),
  );
  const store = new SharedTranscriptStore(storage, { maxActivities: 3, maxTextChars: 10 });
  // Logged at once, as the transcript logger does at the end of a turn.
  await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      store.logActivity({
        type: 'message',
        channelId: 'webchat',
        conversation: { id: 'bounded' },
        text: `message ${String(i)} ${'x'.repeat(50)}`,
      } as Activity),
    ),
  );
  expect((await store.getTranscriptActivities('webchat', 'bounded')).items.map((a) => a.text)).toEqual([
    'message 3 ',
    'message 4 ',
    'message 5 ',
  ]);
  await store.deleteTranscript('webchat', 'bounded');
  expect((await store.getTranscriptActivities('webchat', 'bounded')).items).toEqual([]);
});
