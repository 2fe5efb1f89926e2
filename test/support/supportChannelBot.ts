/** The bot as `npm start` runs it, with the support team's Teams channel played by a local Bot Connector. */
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
  stop(): Promise<void>;
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
  return {
    connector,
    server,
    base: server.url.replace('[::]', '127.0.0.1'),
    store: started.handoff.dialog.store,
    stop: async () => {
      server.close();
      await connector.stop();
    },
  };
}
