/** The bot as `npm start` runs it, with the support team's Teams channel played by a local Bot Connector. */
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import type { CaseStore } from '../../src/cases/caseStore';
import { loadConfig } from '../../src/config';
import { start } from '../../src/index';
import { createLogger } from '../../src/logger';
import { FakeConnector } from '../handoff/fakeConnector';

export const SUPPORT_CHANNEL = '19:support@thread.tacv2';
/** The support channel's tenant: engineers' activities state it, as Teams does. */
export const SUPPORT_TENANT = 'tenant-1';

export interface SupportChannelBot {
  connector: FakeConnector;
  server: Server;
  /** The bot's address, for POST /api/messages. */
  base: string;
  store: CaseStore;
  /** Posts an activity as a channel would (only the fields it sets); returns the bot's replies' text. */
  post(activity: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

/** Posts an activity to the bot at `base` as a channel would, replies expected in the response; returns their text. */
export async function postActivity(base: string, serviceUrl: string, activity: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      deliveryMode: 'expectReplies',
      serviceUrl,
      recipient: { id: '28:bot', name: 'Port 25 triage' },
      ...activity,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities.map((a) => a.text ?? '').join('\n');
}

/** Hand-off to the Teams channel only; `settings` adds to or overrides the defaults. */
export async function startSupportChannelBot(settings: Record<string, string> = {}): Promise<SupportChannelBot> {
  const connector = new FakeConnector();
  await connector.start();
  const started = await start(
    loadConfig({
      PORT: '0',
      HANDOFF_DESTINATIONS: 'teams',
      SUPPORT_CHANNEL_ID: SUPPORT_CHANNEL,
      SUPPORT_CHANNEL_SERVICE_URL: connector.url,
      SUPPORT_CHANNEL_TENANT_ID: SUPPORT_TENANT,
      ...settings,
    }),
    createLogger('silent'),
  );
  const server = started.server;
  const base = server.url.replace('[::]', '127.0.0.1');
  return {
    connector,
    server,
    base,
    store: started.handoff.dialog.store,
    post: (activity) => postActivity(base, connector.url, activity),
    stop: async () => {
      server.close();
      await connector.stop();
    },
  };
}
