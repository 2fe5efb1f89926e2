/**
 * Limits on new cases that hold against a person who is many ids. The one-open-case rule counts channel
 * user ids, and every Direct Line token is a new user: here new cases are counted per client instead,
 * a web visitor's client being the one the token endpoint marked in their user id (their address, an
 * IPv6 /64 as one), in a sliding time window. Counted in this instance's memory (bounded).
 */
import type { Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { clientOfUserId } from '../directline/tokenEndpoint';
import { take, type Bucket } from '../http/tokenBucket';

export interface CaseLimitOptions {
  /** New cases one client may open in the window. */
  perClient: number;
  windowMs: number;
  maxClients?: number;
  clock?: () => number;
}

/** Whom a new case is counted against: the web visitor's client when the user id names one, else the channel's user. */
function clientOf(activity: Pick<Activity, 'channelId' | 'from'>): string {
  const client = clientOfUserId(activity.from.id);
  return client ? `client:${client}` : `${activity.channelId}:${activity.from.id}`;
}

export class CaseLimits {
  private readonly opened: LRUCache<string, number[]>;
  private readonly clock: () => number;

  constructor(private readonly options: CaseLimitOptions) {
    this.opened = new LRUCache({ max: options.maxClients ?? 10_000 });
    this.clock = options.clock ?? Date.now;
  }

  /** True, and counted, when this person's client may open one more case now. */
  admit(activity: Pick<Activity, 'channelId' | 'from'>): boolean {
    const key = clientOf(activity);
    const now = this.clock();
    const recent = (this.opened.get(key) ?? []).filter((at) => now - at < this.options.windowMs);
    if (recent.length >= this.options.perClient) {
      this.opened.set(key, recent);
      return false;
    }
    this.opened.set(key, [...recent, now]);
    return true;
  }
}

/**
 * The support channel takes at most `perMinute` new cards a minute over all requesters; the rest wait in
 * the delivery queue (their cases are saved and pending) and go out as the minute allows.
 */
export class CardBudget {
  private readonly bucket: Bucket;

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.bucket = { tokens: perMinute, at: clock() };
  }

  /** 0 when a card may be posted now (and it is counted); otherwise the milliseconds until one may. */
  take(): number {
    if (take(this.bucket, this.perMinute, this.perMinute / 60, this.clock())) return 0;
    return Math.ceil(((1 - this.bucket.tokens) / this.perMinute) * 60_000);
  }
}
