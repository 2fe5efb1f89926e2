/** Composition root: config → storage → dialogs → bot → adapter → server. */
import 'dotenv/config';
import { ConversationState, MemoryStorage } from 'botbuilder';
import { createAdapter } from './adapter';
import { TriageBot } from './bot';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { createMetrics } from './metrics';
import { createServer } from './server';
import { dropTraceReplies } from './traceReplies';
import { TriageDialog } from '../dialogs/triageDialog';
import { version } from '../package.json';

export async function start(config: Config, logger: Logger = createLogger(config.LOG_LEVEL)) {
  const conversationState = new ConversationState(new MemoryStorage());
  const bot = new TriageBot(conversationState, new TriageDialog());
  const adapter = createAdapter(config, conversationState, logger);
  const metrics = createMetrics();
  // Metrics first: they read the dialog's trace activities before these are dropped.
  adapter.use(metrics.middleware, dropTraceReplies);
  const server = createServer({ adapter, handleTurn: (context) => bot.run(context), version, logger, metrics: metrics.registry });

  await new Promise<void>((resolve) => {
    server.listen(config.PORT, config.host, resolve);
  });
  const url: string = server.url;
  if (config.localMode) {
    logger.warn(
      { url },
      'LOCAL MODE: no MicrosoftAppId is set, so requests to /api/messages are NOT authenticated. Use this only on your own machine.',
    );
  } else {
    logger.info({ url, appType: config.MicrosoftAppType }, 'listening; every request must carry a valid Bot Framework token');
  }
  return { server, logger };
}

if (require.main === module) {
  try {
    void start(loadConfig(process.env)).catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
}
