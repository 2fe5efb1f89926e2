/** Composition root: config → storage → dialogs → bot → adapter → server. */
import 'dotenv/config';
// Before anything loads node:http: Application Insights, when a connection string is set.
import './telemetry/preload';
import type { Registry } from 'prom-client';
import type { Server } from 'restify';
import { TeamsSSOTokenExchangeMiddleware } from 'botbuilder';
import { createAdapter } from './adapter';
import { TriageBot } from './bot';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { consoleToLog, sampledRefusals } from './http/refusals';
import { countCaseRefusals, createMetrics, watchSupportChannel } from './metrics';
import { createServer } from './server';
import { mountWebChannels } from './directline';
import { stopGracefully } from './shutdown';
import { TypingOnSlowTurns } from './typing';
import { createStateStorage } from './storage/createStateStorage';
import { BoundedDedupeStorage } from './storage/boundedDedupeStorage';
import { VersionedConversationState } from './storage/versionedConversationState';
import { TriageRoot } from '../dialogs/triageRoot';
import { AzureSubscriptionLookup } from './azure/lookup';
import { AzureNetworkLookup } from './azure/networkLookup';
import { azureSettings } from './azure/settings';
import { dropTraceReplies } from './traceReplies';
import { openCaseStore } from './cases/settings';
import { createHandoff } from './handoff/createHandoff';
import { telemetry } from './telemetry';
import { version } from '../package.json';

/** Listens, or fails with one line that says which settings to change (a port in use is common). */
async function listen(server: Server, config: Config): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      // restify passes its Node server's errors on as its own 'error' event.
      server.once('error', reject);
      server.listen(config.PORT, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE' ? 'the port is in use by another program' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new ConfigError(`Cannot listen on ${config.host}:${String(config.PORT)} (${why}). Set PORT (and HOST) to a free address.`);
  }
}

/** /metrics: open in local mode; with authentication, only behind METRICS_TOKEN, and not served without one. */
function metricsRoute(config: Config, registry: Registry): { metrics?: Registry; metricsToken?: string } {
  if (config.localMode) return { metrics: registry };
  return config.METRICS_TOKEN ? { metrics: registry, metricsToken: config.METRICS_TOKEN } : {};
}

export async function start(config: Config, logger: Logger = createLogger(config.LOG_LEVEL)) {
  const storage = await createStateStorage(config);
  const conversationState = new VersionedConversationState(storage);
  const refusals = sampledRefusals(logger);
  const adapter = createAdapter(config, conversationState, logger, refusals);
  const insights = telemetry();
  const metrics = createMetrics(insights.onCount);
  const handoff = createHandoff(
    config,
    adapter,
    insights.observeCases(await openCaseStore(config, logger)),
    logger,
    config.STATE_STORE === 'blobs' ? storage : undefined,
    countCaseRefusals(metrics.registry),
  );
  const azure = azureSettings(config);
  const dialog = new TriageRoot(
    azure && {
      connectionName: config.OAUTH_CONNECTION_NAME!,
      lookup: new AzureSubscriptionLookup(azure, logger),
      network: new AzureNetworkLookup(azure, logger),
      onSignInError: (error) => {
        logger.warn({ err: { name: (error as Error | undefined)?.name } }, 'sign-in could not start; asking by hand');
      },
    },
    insights.observeHandoff(handoff.dialog),
  );
  const bot = new TriageBot(conversationState, dialog, {
    conflictRetries: config.STATE_CONFLICT_RETRIES,
    logger,
    forgetCases: handoff.forget,
  });
  adapter.use(new TypingOnSlowTurns());
  if (handoff.actions) adapter.use(handoff.actions);
  // Teams SSO: exchanges the token Teams sends once, however many Teams clients send it. It dedupes by writing
  // a new key with an eTag, which the state store rightly treats as a conditional write and refuses; so it gets
  // a store of its own, per instance, that keeps only the latest exchanges (see docs/state.md).
  if (config.OAUTH_CONNECTION_NAME) {
    adapter.use(new TeamsSSOTokenExchangeMiddleware(new BoundedDedupeStorage(), config.OAUTH_CONNECTION_NAME));
  }
  const deliveries = handoff.deliveries;
  if (deliveries) watchSupportChannel(metrics.registry, async () => (await deliveries.supportChannel()) !== undefined);
  // Metrics first: they read the dialog's trace activities before these are dropped.
  adapter.use(metrics.middleware, insights.middleware, dropTraceReplies);
  const server = createServer({
    adapter,
    handleTurn: (context) => bot.run(context),
    version,
    logger,
    ...metricsRoute(config, metrics.registry),
    idleTimeoutMs: config.HTTP_IDLE_TIMEOUT_MS,
    onRefused: refusals,
    ...(!config.localMode && { verifyHeader: adapter.verifyHeader }),
  });
  mountWebChannels(server, { config, adapter, handleTurn: (context) => bot.run(context), logger, onRefused: refusals });

  await listen(server, config);
  const url: string = server.url;
  logger.info({ azureLookup: azure ? azure.tokenMode : 'not configured', budgetMs: azure?.budgetMs }, 'subscription lookup in Azure');
  if (config.localMode) {
    logger.warn(
      { url },
      'LOCAL MODE: no MicrosoftAppId is set, so requests to /api/messages are NOT authenticated. Use this only on your own machine.',
    );
  } else {
    logger.info({ url, appType: config.MicrosoftAppType }, 'listening; every request must carry a valid Bot Framework token');
  }
  logger.info({ stateStore: config.STATE_STORE }, 'conversation state store ready');
  logger.info({ destinations: config.HANDOFF_DESTINATIONS }, 'hand-off to human support');
  if (deliveries && !(await deliveries.supportChannel())) {
    logger.error(
      'no support channel is registered: cases are saved but reach nobody until an admin registers one (or SUPPORT_CHANNEL_ID is set)',
    );
  }
  // Deliveries a previous run left pending go out now, in the background.
  void handoff.deliveries?.resume();
  server.server.on('close', () => void handoff.deliveries?.stop());
  return { server, logger, handoff, refusals, telemetry: insights };
}

if (require.main === module) {
  try {
    const config = loadConfig(process.env);
    start(config).then(
      ({ server, logger, refusals, telemetry: insights }) => {
        consoleToLog(refusals);
        // What is buffered goes out while the turns in flight finish.
        process.once('SIGTERM', () => void insights.stop());
        stopGracefully(server.server, logger, config.SHUTDOWN_TIMEOUT_MS);
      },
      (err: unknown) => {
        console.error(err instanceof Error ? err.message : err);
        process.exit(1);
      },
    );
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
}
