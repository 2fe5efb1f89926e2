/**
 * The SubscriptionLookup the dialog gets: each call runs as the person, inside one time budget,
 * answers with plain outcomes, and remembers answers per person and subscription for a short time.
 */
import { LRUCache } from 'lru-cache';
import type {
  ListOutcome,
  LookupOutcome,
  SubscriptionLookup,
  UserToken,
} from '../../dialogs/subscriptionLookup';
import type { Logger } from '../logger';
import { getBillingProperty } from './billing';
import { startBudget } from './budget';
import { classify } from './classify';
import { userCredential } from './credential';
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
      const subscriptions = await listSubscriptions(userCredential(user, this.settings), this.settings, budget);
      outcome = { kind: 'listed', subscriptions };
      this.cache.set(key, { list: outcome });
    } catch (error) {
      const failure = classify(error, budget);
      outcome = failure.kind === 'unavailable' ? failure : { kind: 'unavailable', reason: 'unauthorized' };
      this.logFailure(error);
    }
    this.logger.info(
      { azure: 'list', outcome: outcome.kind, count: outcome.kind === 'listed' ? outcome.subscriptions.length : undefined, ms: Date.now() - started },
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
    const credential = userCredential(user, this.settings);
    // Both at once: the billing property is optional and must not cost a second budget.
    const [subscription, billing] = await Promise.allSettled([
      getSubscription(credential, this.settings, budget, subscriptionId),
      getBillingProperty(credential, this.settings, budget, subscriptionId),
    ]);
    let outcome: LookupOutcome;
    if (subscription.status === 'fulfilled') {
      const billingFacts = billing.status === 'fulfilled' && billing.value.kind === 'read' ? billing.value.billing : undefined;
      if (billing.status === 'rejected') this.logFailure(billing.reason);
      outcome = { kind: 'found', facts: { ...subscription.value, billing: billingFacts } };
    } else {
      outcome = classify(subscription.reason, budget);
      this.logFailure(subscription.reason);
    }
    if (outcome.kind !== 'unavailable') this.cache.set(key, { get: outcome });
    this.logger.info(
      {
        azure: 'get',
        subscription: shortId(subscriptionId),
        outcome: outcome.kind,
        reason: outcome.kind === 'unavailable' ? outcome.reason : undefined,
        billing: billing.status === 'fulfilled' ? billing.value.kind : 'failed',
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
