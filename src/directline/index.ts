/** Mounts the help portal and the Direct Line routes it needs, as the configuration allows. */
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { RefusalLog } from '../http/refusals';
import { mountPortal } from '../portal/page';
import { DIRECT_LINE_PATH, mountLocalDirectLine } from './localDirectLine';
import { mountTokenEndpoint, TOKEN_PATH } from './tokenEndpoint';

export interface WebChannelDeps {
  config: Config;
  adapter: CloudAdapter;
  handleTurn: (context: TurnContext) => Promise<void>;
  logger: Logger;
  onRefused?: RefusalLog;
}

/**
 * With a Direct Line secret the page uses the Azure Direct Line service; without one, in local
 * mode, the in-process endpoint; otherwise the token endpoint answers 503 and the page says so.
 */
export function mountWebChannels(server: Server, { config, adapter, handleTurn, logger, onRefused }: WebChannelDeps): void {
  const service = { tokenUrl: TOKEN_PATH, domain: `${config.DIRECT_LINE_ENDPOINT}/v3/directline`, webSocket: true };
  mountTokenEndpoint(server, {
    secret: config.DIRECT_LINE_SECRET,
    endpoint: config.DIRECT_LINE_ENDPOINT,
    allowedOrigins: config.PORTAL_ORIGINS,
    logger,
    trustedHops: config.trustedProxyHops,
    onRefused,
  });
  if (config.localMode && !config.DIRECT_LINE_SECRET) {
    mountLocalDirectLine(server, {
      adapter,
      handleTurn,
      logger,
      bot: { id: 'smtp25-triage-bot', name: 'SMTP 25 triage' },
      trustedHops: config.trustedProxyHops,
      onRefused,
    });
    // A WebSocket stream, as with the service.
    const local = { tokenUrl: `${DIRECT_LINE_PATH}/tokens/generate`, domain: DIRECT_LINE_PATH, webSocket: true };
    mountPortal(server, { directLine: local });
  } else {
    mountPortal(server, { directLine: service });
  }
}
