/** HTTP routes: /api/messages for the channels, /healthz for the platform's health check, /metrics for Prometheus. */
import { createHash, timingSafeEqual } from 'node:crypto';
import restify from 'restify';
import type { Registry } from 'prom-client';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from './logger';
import { jsonBody } from './http/jsonBody';
import { bearerFirst, type VerifyHeader } from './http/bearerFirst';
import { TOKEN_PATH } from './directline/tokenEndpoint';
import { ActivityShape, NOT_AN_ACTIVITY } from './http/activityShape';
import type { RefusalLog } from './http/refusals';

export interface ServerDeps {
  adapter: CloudAdapter;
  handleTurn: (context: TurnContext) => Promise<void>;
  version: string;
  logger: Logger;
  /** Served at GET /metrics when given. */
  metrics?: Registry;
  /** When set, GET /metrics needs `Authorization: Bearer <token>` (authenticated mode; see METRICS_TOKEN). */
  metricsToken?: string;
  /** A connection idle this long is closed (slow or stalled clients); a channel waits 15 s for a turn. */
  idleTimeoutMs: number;
  /** Refused requests, logged sampled. */
  onRefused?: RefusalLog;
  /** Authenticated mode: checks a request's token before its body is read (see src/http/bearerFirst.ts). */
  verifyHeader?: VerifyHeader;
}

const MAX_BODY_BYTES = 256 * 1024;
const MESSAGES_PATH = '/api/messages';

/** Only these methods carry a body here, and the token endpoint takes none. */
function takesBody(req: restify.Request): boolean {
  return ['POST', 'PUT', 'PATCH'].includes(req.method ?? '') && req.getRoute()?.path !== TOKEN_PATH;
}

/** The bearer token equals `expected`, compared in constant time. */
function bearerIs(header: string | undefined, expected: string): boolean {
  const given = createHash('sha256')
    .update(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '')
    .digest();
  return timingSafeEqual(given, createHash('sha256').update(expected).digest());
}

export function createServer({
  adapter,
  handleTurn,
  version,
  metrics,
  metricsToken,
  idleTimeoutMs,
  onRefused,
  verifyHeader,
}: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'smtp25-triage-bot', handleUncaughtExceptions: false });
  // Slow clients must not hold connections: idle sockets close, and whole requests and their headers have limits.
  server.server.setTimeout(idleTimeoutMs);
  server.server.headersTimeout = Math.min(10_000, idleTimeoutMs);
  server.server.requestTimeout = Math.max(15_000, idleTimeoutMs);
  server.server.keepAliveTimeout = Math.min(5_000, idleTimeoutMs);
  if (verifyHeader) {
    // The token before the body: an anonymous client cannot make the bot read, let alone parse, what it sends.
    const check = bearerFirst(verifyHeader, onRefused);
    server.use((req, res, next) => {
      if (req.getRoute()?.path === MESSAGES_PATH) check(req, res, next);
      else next();
    });
  }
  // JSON only, uncompressed, counted as read, never on disk (src/http/jsonBody.ts).
  server.use(
    jsonBody({ maxBytes: MAX_BODY_BYTES, takesBody, onRefused: (status, reason) => onRefused?.(`body ${String(status)}`, { reason }) }),
  );

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok', version });
    next();
  });

  if (metrics) {
    server.get('/metrics', async (req, res) => {
      if (metricsToken && !bearerIs(req.header('authorization'), metricsToken)) {
        onRefused?.('metrics without its token', { status: 401 });
        res.send(401, { error: 'GET /metrics needs the METRICS_TOKEN as a bearer token.' });
        return;
      }
      res.sendRaw(200, await metrics.metrics(), { 'content-type': metrics.contentType });
    });
  }

  server.post(MESSAGES_PATH, async (req, res) => {
    const shape = ActivityShape.safeParse(req.body);
    if (!shape.success) {
      onRefused?.('not an activity', { status: 400 });
      res.send(400, { error: NOT_AN_ACTIVITY });
      return;
    }
    try {
      await adapter.process(req, res, handleTurn);
    } catch (err) {
      onRefused?.('activity rejected', { status: 400, err: (err as Error).message });
      if (!res.headersSent) res.send(400, { error: 'The activity could not be processed.' });
    }
  });

  return server;
}
