/**
 * A token bucket per client (an address, an IPv6 /64: see clientKey): `burst` requests at once, then
 * `rate` per second; and, when `overall` is given, one more bucket shared by every client, a ceiling that
 * many clients together cannot pass. The table of clients is bounded (least recently seen go first), so
 * many addresses cannot grow it. Written here
 * rather than restify's throttle, which keys only on the socket, the client-written first
 * X-Forwarded-For entry, or a user name, and logs every refusal at info.
 */
import type { RequestHandler } from 'restify';
import { LRUCache } from 'lru-cache';
import { clientKeyOf } from './clientAddress';
import { take, type Bucket } from './tokenBucket';
import type { RefusalLog } from './refusals';

export interface ThrottleOptions {
  burst: number;
  /** Requests per second, refilled continuously. */
  rate: number;
  /** Trusted front ends in front of the bot (see clientAddress). */
  trustedHops: number;
  onRefused?: RefusalLog;
  /** What the refusal is called in the log. */
  name: string;
  /** The ceiling over all clients together. */
  overall?: { burst: number; rate: number };
  maxClients?: number;
  clock?: () => number;
}

export function throttle({
  burst,
  rate,
  trustedHops,
  onRefused,
  name,
  overall,
  maxClients = 10_000,
  clock = Date.now,
}: ThrottleOptions): RequestHandler {
  const buckets = new LRUCache<string, Bucket>({ max: maxClients });
  const shared: Bucket | undefined = overall && { tokens: overall.burst, at: clock() };
  return (req, res, next) => {
    const client = clientKeyOf(req, trustedHops);
    const now = clock();
    const bucket = buckets.get(client) ?? { tokens: burst, at: now };
    buckets.set(client, bucket);
    const refuse = (who: string, wait: number) => {
      onRefused?.(`${name}: too many requests${who}`, { status: 429 });
      res.header('Retry-After', String(Math.max(1, Math.ceil(wait))));
      res.send(429, { error: 'Too many requests; please try again shortly.' });
      next(false);
    };
    if (!take(bucket, burst, rate, now)) {
      refuse('', (1 - bucket.tokens) / rate);
      return;
    }
    if (shared && overall && !take(shared, overall.burst, overall.rate, now)) {
      // The client's token is given back: it was the ceiling, not this client, that refused.
      bucket.tokens += 1;
      refuse(' (all clients)', (1 - shared.tokens) / overall.rate);
      return;
    }
    next();
  };
}
