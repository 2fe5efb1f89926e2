/**
 * What the conversation needs from Azure, as plain data. The composition root hands in an
 * implementation (src/azure/), so the dialog never sees the Azure SDK and tests can hand in
 * a client pointed at a local server.
 */
import type { BillingFacts } from '../policy/quotaIds';

/** The signed-in person: the lookup runs with their token, never the bot's identity. */
export interface UserToken {
  /** Stable per person (channel + user id); keys the cache so nobody sees another's results. */
  userKey: string;
  token: string;
  /** When the token expires, if the token service said. */
  expiresOn?: Date | undefined;
}

export interface SubscriptionListItem {
  subscriptionId: string;
  displayName: string;
  /** Enabled, Warned, PastDue, Disabled or Deleted. */
  state: string;
}

export interface SubscriptionFacts extends SubscriptionListItem {
  quotaId?: string | undefined;
  spendingLimit?: string | undefined;
  /** Undefined when the billing property was refused or could not be read. */
  billing?: BillingFacts | undefined;
}

/** Why Azure could not answer; all of them lead to "could not verify, please tell me". */
export type UnavailableReason = 'timeout' | 'throttled' | 'server' | 'network' | 'unauthorized' | 'malformed';

export type LookupOutcome =
  | { kind: 'found'; facts: SubscriptionFacts }
  /** 403 and 404 alike, so that the bot cannot be used to probe subscription ids. */
  | { kind: 'notFoundOrForbidden' }
  | { kind: 'unavailable'; reason: UnavailableReason };

export type ListOutcome = { kind: 'listed'; subscriptions: SubscriptionListItem[] } | { kind: 'unavailable'; reason: UnavailableReason };

export interface SubscriptionLookup {
  list(user: UserToken): Promise<ListOutcome>;
  get(user: UserToken, subscriptionId: string): Promise<LookupOutcome>;
}
