/**
 * A token bucket per client address: `burst` requests at once, then `rate` per second. The table of
 * addresses is bounded (least recently seen go first), so many addresses cannot grow it. Written here
 * rather than restify's throttle, which keys only on the socket, the client-written first
 * X-Forwarded-For entry, or a user name, and logs every refusal at info.
 */
import type { RequestHandler } from 'restify';
import { LRUCache } from 'lru-cache';
import { clientAddress } from './clientAddress';
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
  maxClients?: number;
  clock?: () => number;
}

export function throttle({
  burst,
  rate,
  trustedHops,
  onRefused,
  name,
  maxClients = 10_000,
  clock = Date.now,
}: ThrottleOptions): RequestHandler {
  const buckets = new LRUCache<string, { tokens: number; at: number }>({ max: maxClients });
  return (req, res, next) => {
    const client = clientAddress(req, trustedHops);
    const now = clock();
    const bucket = buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    buckets.set(client, bucket);
    if (bucket.tokens < 1) {
      onRefused?.(`${name}: too many requests`, { status: 429 });
      res.header('Retry-After', String(Math.ceil((1 - bucket.tokens) / rate)));
      res.send(429, { error: 'Too many requests; please try again shortly.' });
      next(false);
      return;
    }
    bucket.tokens -= 1;
    next();
  };
}
