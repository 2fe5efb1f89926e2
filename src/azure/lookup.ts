/**
 * The SubscriptionLookup the dialog gets: each call runs as the person, inside one time budget,
 * answers with plain outcomes, and remembers answers per person and subscription for a short time.
 */
import { LRUCache } from 'lru-cache';
import type { ListOutcome, LookupOutcome, SubscriptionLookup, UserToken } from './subscriptionLookup';
import type { Logger } from '../logger';
import { getBillingProperty, type BillingAnswer } from './billing';
import { startBudget } from './budget';
import { classify } from './classify';
import { armCredential } from './credential';
import type { AzureSettings } from './settings';
import { getSubscription, listSubscriptions } from './subscriptions';

/** Enough to match a log line with a case, not enough to name the subscription. */
export function shortId(subscriptionId: string): string {
  return `${subscriptionId.slice(0, 8)}…`;
}

type Cached = { list: ListOutcome } | { get: LookupOutcome };

export class AzureSubscriptionLookup implements SubscriptionLookup {
  private readonly cache: LRUCache<string, Cached>;

  constructor(
    private readonly settings: AzureSettings,
    private readonly logger: Logger,
  ) {
    this.cache = new LRUCache<string, Cached>({ max: settings.cacheMax, ttl: settings.cacheTtlMs });
  }

  async list(user: UserToken): Promise<ListOutcome> {
    const key = `${user.userKey}\n*`;
    const cached = this.cache.get(key);
    if (cached && 'list' in cached) return cached.list;
    const budget = startBudget(this.settings.budgetMs);
    const started = Date.now();
    let outcome: ListOutcome;
    try {
      const credential = await armCredential(user, this.settings, budget);
      const subscriptions = await listSubscriptions(credential, this.settings, budget);
      outcome = { kind: 'listed', subscriptions };
      this.cache.set(key, { list: outcome });
    } catch (error) {
      const failure = classify(error, budget);
      // Listing is never "not found": a refusal there means the token is not good for ARM.
      outcome = failure.kind === 'unavailable' ? failure : { kind: 'unavailable', reason: 'unauthorized' };
      this.logFailure(error);
    }
    this.logger.info(
      {
        azure: 'list',
        outcome: outcome.kind,
        count: outcome.kind === 'listed' ? outcome.subscriptions.length : undefined,
        ms: Date.now() - started,
      },
      'listed subscriptions',
    );
    return outcome;
  }

  async get(user: UserToken, subscriptionId: string): Promise<LookupOutcome> {
    const key = `${user.userKey}\n${subscriptionId}`;
    const cached = this.cache.get(key);
    if (cached && 'get' in cached) return cached.get;
    const budget = startBudget(this.settings.budgetMs);
    const started = Date.now();
    // Subscription and billing property at once, within the same budget. The billing property is
    // optional: it is dropped as soon as the subscription cannot be read, and its failure never
    // fails the lookup.
    const dropBilling = new AbortController();
    const billingBudget = { ...budget, signal: AbortSignal.any([budget.signal, dropBilling.signal]) };
    let billing: Promise<BillingAnswer | undefined> = Promise.resolve(undefined);
    let outcome: LookupOutcome;
    try {
      const credential = await armCredential(user, this.settings, budget);
      billing = getBillingProperty(credential, this.settings, billingBudget, subscriptionId).catch((error: unknown) => {
        this.logFailure(error);
        return undefined;
      });
      const facts = await getSubscription(credential, this.settings, budget, subscriptionId);
      const answer = await billing;
      outcome = { kind: 'found', facts: { ...facts, billing: answer?.kind === 'read' ? answer.billing : undefined } };
    } catch (error) {
      dropBilling.abort();
      await billing;
      outcome = classify(error, budget);
      this.logFailure(error);
    }
    if (outcome.kind !== 'unavailable') this.cache.set(key, { get: outcome });
    this.logger.info(
      {
        azure: 'get',
        subscription: shortId(subscriptionId),
        outcome: outcome.kind,
        reason: outcome.kind === 'unavailable' ? outcome.reason : undefined,
        billing: outcome.kind === 'found' ? (outcome.facts.billing ? 'read' : 'notRead') : undefined,
        ms: Date.now() - started,
      },
      'looked up subscription',
    );
    return outcome;
  }

  /** Names and status codes only: SDK error messages can quote requests. */
  private logFailure(error: unknown): void {
    const { name, code, statusCode } = (error ?? {}) as { name?: string; code?: string; statusCode?: number };
    this.logger.debug({ azureError: { name, code, statusCode } }, 'Azure call failed');
  }
}
