/**
 * POST /api/directline/token: exchanges the Direct Line secret for a token for one new user
 * (`dl_…`), server-side, so the secret never reaches a browser. Rate-limited per client address (see
 * src/http/clientAddress.ts for which address that is behind a front end).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Server } from 'restify';
import type { Logger } from '../logger';
import type { RefusalLog } from '../http/refusals';
import { throttle } from '../http/throttle';
import { clientKeyOf } from '../http/clientAddress';

export interface TokenEndpointDeps {
  /** Undefined: the endpoint answers 503. */
  secret: string | undefined;
  /** Direct Line service base URL, without /v3/directline. */
  endpoint: string;
  logger: Logger;
  /** Other sites' origins (https://support.contoso.com) whose pages may fetch tokens; the bot's own page always may. */
  allowedOrigins: string[];
  /** Tokens a client may fetch at once, and per second after that. */
  burst?: number;
  rate?: number;
  /** Trusted front ends that append the client's address (TRUSTED_PROXY_HOPS). */
  trustedHops: number;
  onRefused?: RefusalLog;
}

export const TOKEN_PATH = '/api/directline/token';

/**
 * A new Direct Line user id, `dl_<random>_<client>`: <client> is a keyed hash of the client's address
 * key (its IPv6 /64), so that the limits on hand-offs can count one client's many users as one, on any
 * instance, without the address itself reaching the conversation. Direct Line binds the id to the token.
 */
export function directLineUserId(client: string, secret: string): string {
  const tag = createHmac('sha256', secret).update(client).digest('hex').slice(0, 16);
  return `dl_${randomBytes(16).toString('hex')}_${tag}`;
}

/** The client part of a user id made by directLineUserId, or undefined for any other id. */
export function clientOfUserId(userId: string): string | undefined {
  return /^dl_[0-9a-f]{32}_([0-9a-f]{16})$/.exec(userId)?.[1];
}
const DIRECT_LINE_TIMEOUT_MS = 10_000;

interface DirectLineToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

function isToken(body: unknown): body is DirectLineToken {
  const b = body as Partial<DirectLineToken> | null;
  return typeof b?.token === 'string' && typeof b.conversationId === 'string' && typeof b.expires_in === 'number';
}

/** The page asking, when a browser says so: its own origin, or a listed portal's; anything else is refused. */
function originAllowed(req: Request, allowed: string[]): boolean {
  const origin = req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === req.header('host') || allowed.includes(origin);
  } catch {
    return false;
  }
}

export function mountTokenEndpoint(
  server: Server,
  { secret, endpoint, logger, allowedOrigins, burst = 5, rate = 0.2, trustedHops, onRefused }: TokenEndpointDeps,
): void {
  // A page load takes one token; a burst of 5 then one per 5 s per client (an IPv6 /64 is one) stops token
  // farming, and 120 a minute over all clients stops many clients together (a busy portal loads far fewer pages).
  const limit = throttle({ burst, rate, trustedHops, onRefused, name: 'direct line token', overall: { burst: 120, rate: 2 } });
  // Browsers let another site's page read the token only with these headers, and only for listed portals.
  const cors: RequestHandler = (req, res, next) => {
    if (!originAllowed(req, allowedOrigins)) {
      res.send(403, { error: 'This site may not start a chat with the bot.' });
      next(false);
      return;
    }
    const origin = req.header('origin');
    if (origin) {
      res.header('Access-Control-Allow-Origin', origin);
      res.header('Vary', 'Origin');
    }
    next();
  };

  server.opts(TOKEN_PATH, cors, (_req, res, next) => {
    res.header('Access-Control-Allow-Methods', 'POST');
    res.header('Access-Control-Allow-Headers', 'content-type');
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
    next();
  });

  server.post(TOKEN_PATH, cors, limit, async (req, res) => {
    res.header('Cache-Control', 'no-store');
    if (!secret) {
      res.send(503, { error: 'The chat is not configured on this server: DIRECT_LINE_SECRET is not set.' });
      return;
    }
    const userId = directLineUserId(clientKeyOf(req, trustedHops), secret);
    try {
      const response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(DIRECT_LINE_TIMEOUT_MS),
      });
      const body: unknown = response.ok ? await response.json() : undefined;
      if (!isToken(body)) {
        logger.warn({ status: response.status }, 'Direct Line refused to issue a token');
        res.send(502, { error: 'Direct Line did not issue a token. Please try again later.' });
        return;
      }
      res.send(200, { token: body.token, conversationId: body.conversationId, expires_in: body.expires_in });
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'Direct Line could not be reached');
      res.send(502, { error: 'Direct Line could not be reached. Please try again later.' });
    }
  });
}
