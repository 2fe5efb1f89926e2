/** The person's subscriptions, through @azure/arm-subscriptions 5.1 (6.x dropped get and list). */
import type { TokenCredential } from '@azure/core-auth';
import { SubscriptionClient, type Subscription } from '@azure/arm-subscriptions';
import { z } from 'zod';
import type { SubscriptionFacts, SubscriptionListItem } from './subscriptionLookup';
import type { Budget } from './budget';
import { armClientOptions } from './clientOptions';
import type { AzureSettings } from './settings';

/** A body without these is not an ARM subscription: treated as garbage, not as facts. */
const subscriptionShape = z.object({
  subscriptionId: z.string().min(1),
  displayName: z.string().default(''),
  state: z.string().min(1),
  subscriptionPolicies: z.object({ quotaId: z.string().optional(), spendingLimit: z.string().optional() }).optional(),
});

export class MalformedAnswerError extends Error {
  constructor(what: string) {
    super(`Azure answered with an unexpected ${what}`);
    this.name = 'MalformedAnswerError';
  }
}

function parse(subscription: Subscription): SubscriptionFacts {
  const parsed = subscriptionShape.safeParse(subscription);
  if (!parsed.success) throw new MalformedAnswerError('subscription');
  const { subscriptionId, displayName, state, subscriptionPolicies } = parsed.data;
  return { subscriptionId, displayName, state, quotaId: subscriptionPolicies?.quotaId, spendingLimit: subscriptionPolicies?.spendingLimit };
}

function client(credential: TokenCredential, settings: AzureSettings, budget: Budget): SubscriptionClient {
  return new SubscriptionClient(credential, armClientOptions(settings, budget));
}

export async function getSubscription(
  credential: TokenCredential,
  settings: AzureSettings,
  budget: Budget,
  subscriptionId: string,
): Promise<SubscriptionFacts> {
  return parse(await client(credential, settings, budget).subscriptions.get(subscriptionId, { abortSignal: budget.signal }));
}

export async function listSubscriptions(
  credential: TokenCredential,
  settings: AzureSettings,
  budget: Budget,
): Promise<SubscriptionListItem[]> {
  const items: SubscriptionListItem[] = [];
  for await (const subscription of client(credential, settings, budget).subscriptions.list({ abortSignal: budget.signal })) {
    const { subscriptionId, displayName, state } = parse(subscription);
    items.push({ subscriptionId, displayName, state });
  }
  return items;
}
