/**
 * What holds for each answer still open about what sends or which subscription: the verdict of every
 * possibility, from the policy itself, with possibilities that decide alike said once. For a person who
 * asks for the steps, or cannot answer, before the resource or the subscription is known.
 */
import { resourceGroup, subscriptionGroup, type ResourceGroup, type SubscriptionGroup } from '../policy/groups';
import { ALL_KINDS } from '../policy/quotaIds';
import { conditionalVerdict, type ConditionalVerdict } from '../policy/relevance';
import type { ResourceKind, SubscriptionKind } from '../policy/types';
import { policyView } from './nextQuestion';
import type { SessionFacts } from './session';

/** The answers a possibility stands for; a fact left out is known, or the same whatever its answer. */
export interface PossibleWhen {
  /** What sends, by the article's group (S1–S4). */
  resource?: ResourceGroup | undefined;
  /** An App Service or Functions app: with VNet integration (S2) or without (S4). */
  vnetIntegration?: boolean | undefined;
  /** The subscription by its rule (E1, D1, O1), when any type is still possible. */
  subscriptionGroups?: SubscriptionGroup[] | undefined;
  /** The subscription kinds, when only some are possible (a plain "MCA", Azure's candidates). */
  subscriptionKinds?: SubscriptionKind[] | undefined;
  /** The question that separates them, when a plain "MCA" or "dev/test" left them: its options name them. */
  separatedBy?: 'mcaKind' | 'devTestKind' | undefined;
}

export interface Possibility {
  when: PossibleWhen;
  verdict: ConditionalVerdict;
}

const RESOURCE_KINDS: ResourceKind[] = [
  'virtualMachine',
  'vmScaleSet',
  'azureFirewall',
  'appServiceVnetIntegration',
  'functionsVnetIntegration',
  'appServiceEnvironmentV3',
  'otherPaas',
];

/** One kind of each group, in the order of the kinds given. */
function representatives<K>(kinds: readonly K[], group: (k: K) => string): K[] {
  const seen = new Set<string>();
  return kinds.filter((k) => !seen.has(group(k)) && seen.add(group(k)));
}

const signature = (v: ConditionalVerdict) => JSON.stringify([v.outcome, v.rules, v.steps.map((s) => [s.rule, s.text.en, s.when])]);

/**
 * The verdict for each possible resource and subscription the session leaves open, the yes/no facts as they
 * are (open ones become conditions of the steps). Empty when the resource and subscription are both known.
 */
export function possibilities(known: SessionFacts): Possibility[] {
  const view = policyView(known);
  if (view.known.resource && view.known.subscription) return [];
  const resources = view.known.resource ? [view.known.resource] : representatives(view.possible.resource ?? RESOURCE_KINDS, resourceGroup);
  const subscriptionKinds = view.known.subscription ? [view.known.subscription] : (view.possible.subscription ?? ALL_KINDS);
  const subscriptions = representatives(subscriptionKinds, subscriptionGroup);
  const clarified = Object.fromEntries(Object.entries(known.clarified).filter(([, v]) => typeof v === 'boolean'));
  const byVnet = view.questions.resource === 'vnetIntegration';
  const found: Possibility[] = [];
  for (const resource of resources) {
    const forResource: { kinds: SubscriptionKind[]; verdict: ConditionalVerdict }[] = [];
    for (const subscription of subscriptions) {
      const verdict = conditionalVerdict({ resource, subscription, ...clarified });
      const kinds = subscriptionKinds.filter((k) => subscriptionGroup(k) === subscriptionGroup(subscription));
      const same = forResource.find((p) => signature(p.verdict) === signature(verdict));
      if (same) same.kinds.push(...kinds);
      else forResource.push({ kinds, verdict });
    }
    for (const { kinds, verdict } of forResource) {
      const when: PossibleWhen = {};
      if (!view.known.resource) {
        if (byVnet) when.vnetIntegration = resourceGroup(resource) !== 'otherPaas';
        else when.resource = resourceGroup(resource);
      }
      if (!view.known.subscription && kinds.length < subscriptionKinds.length) {
        const question = view.questions.subscription;
        if (view.possible.subscription) {
          when.subscriptionKinds = kinds;
          if (question === 'mcaKind' || question === 'devTestKind') when.separatedBy = question;
        } else when.subscriptionGroups = [...new Set(kinds.map(subscriptionGroup))];
      }
      found.push({ when, verdict });
    }
  }
  return found;
}
