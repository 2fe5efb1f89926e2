/** HTTP routes: /api/messages for the channels, /healthz for the platform's health check, /metrics for Prometheus. */
import restify from 'restify';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import { ActivityTypes, type CloudAdapter, type TurnContext } from 'botbuilder';
import type { Logger } from './logger';
import { jsonBody } from './http/jsonBody';

export interface ServerDeps {
  adapter: CloudAdapter;
  handleTurn: (context: TurnContext) => Promise<void>;
  version: string;
  logger: Logger;
  /** Served at GET /metrics when given. */
  metrics?: Registry;
  /** A connection idle this long is closed (slow or stalled clients); a channel waits 15 s for a turn. */
  idleTimeoutMs: number;
}

/** The least an activity needs before the adapter sees it; the adapter itself throws (a 500) on less. */
const ActivityShape = z.object({
  type: z.nativeEnum(ActivityTypes),
  conversation: z.object({ id: z.string().min(1) }),
  from: z.object({ id: z.string().min(1) }),
  serviceUrl: z.string().optional(),
  channelId: z.string().optional(),
});

const MAX_BODY_BYTES = 256 * 1024;

export function createServer({ adapter, handleTurn, version, logger, metrics, idleTimeoutMs }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'smtp25-triage-bot', handleUncaughtExceptions: false });
  // Slow clients must not hold connections: idle sockets close, and whole requests and their headers have limits.
  server.server.setTimeout(idleTimeoutMs);
  server.server.headersTimeout = Math.min(10_000, idleTimeoutMs);
  server.server.requestTimeout = Math.max(15_000, idleTimeoutMs);
  server.server.keepAliveTimeout = Math.min(5_000, idleTimeoutMs);
  // JSON only, uncompressed, counted as read, never on disk (src/http/jsonBody.ts).
  server.use(jsonBody({ maxBytes: MAX_BODY_BYTES }));

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok', version });
    next();
  });

  if (metrics) {
    server.get('/metrics', async (_req, res) => {
      res.sendRaw(200, await metrics.metrics(), { 'content-type': metrics.contentType });
    });
  }

  server.post('/api/messages', async (req, res) => {
    const shape = ActivityShape.safeParse(req.body);
    if (!shape.success) {
      res.send(400, { error: 'The body is not a Bot Framework activity (a known type, conversation.id and from.id are required).' });
      return;
    }
    try {
      await adapter.process(req, res, handleTurn);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'activity rejected');
      if (!res.headersSent) res.send(400, { error: 'The activity could not be processed.' });
    }
  });

  return server;
}
