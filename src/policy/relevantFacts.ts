/**
 * Which facts can still change the verdict, so the bot asks only what the rules need.
 * Order is the order a person would be asked in.
 */
import { evaluateEligibility } from './evaluateEligibility';
import type { ResourceKind, SubscriptionKind, TriageFacts } from './types';

export type ClarifyingFact = Exclude<keyof TriageFacts, 'resource' | 'subscription'>;

/** S4: for other PaaS the answer is the same whatever the subscription. */
export function subscriptionMatters(resource: ResourceKind): boolean {
  return resource !== 'otherPaas';
}

const VM: ResourceKind[] = ['virtualMachine', 'vmScaleSet'];
const VNET_PAAS: ResourceKind[] = ['appServiceVnetIntegration', 'functionsVnetIntegration', 'appServiceEnvironmentV3'];
const ENTERPRISE: SubscriptionKind[] = ['enterpriseAgreement', 'mcaEnterprise'];

export function relevantFacts(facts: TriageFacts): ClarifyingFact[] {
  if (!subscriptionMatters(facts.resource)) return [];
  const wanted: ClarifyingFact[] = [];
  if (facts.subscription === 'enterpriseDevTest' && VM.includes(facts.resource)) {
    wanted.push('exemptionGranted'); // D1
    if (facts.exemptionGranted) wanted.push('restartedSinceExemption'); // D2
    wanted.push('routedDirectlyToInternet'); // D4
  }
  if (facts.subscription === 'enterpriseDevTest' && VNET_PAAS.includes(facts.resource)) {
    wanted.push('exemptionGranted', 'delegatedSubnet'); // D1, D3
  }
  if (!ENTERPRISE.includes(facts.subscription)) wanted.push('formerlyEnterprise'); // C1
  // E2 only matters where port 25 can be open: a rejection there is the receiving domain's.
  const { outcome } = evaluateEligibility({ ...facts, receivingDomainRejects: undefined });
  if (outcome === 'open' || outcome === 'exemptable') wanted.push('receivingDomainRejects');
  return wanted;
}
