/**
 * Which facts can still change the verdict, so the bot asks only what the rules need.
 * Order is the order a person would be asked in.
 */
import { evaluateEligibility } from './evaluateEligibility';
import { resourceGroup, subscriptionGroup } from './groups';
import type { ResourceKind, TriageFacts } from './types';

export type ClarifyingFact = Exclude<keyof TriageFacts, 'resource' | 'subscription'>;

/** S4: for other PaaS the answer is the same whatever the subscription. */
export function subscriptionMatters(resource: ResourceKind): boolean {
  return resourceGroup(resource) !== 'otherPaas';
}

export function relevantFacts(facts: TriageFacts): ClarifyingFact[] {
  if (!subscriptionMatters(facts.resource)) return [];
  // E2: once the receiving server answered with a rejection, no other answer changes the verdict.
  if (facts.receivingDomainRejects) return [];
  const resource = resourceGroup(facts.resource);
  const subscription = subscriptionGroup(facts.subscription);
  const wanted: ClarifyingFact[] = [];
  if (subscription === 'enterpriseDevTest' && resource === 'vm') {
    wanted.push('exemptionGranted'); // D1
    if (facts.exemptionGranted) wanted.push('restartedSinceExemption'); // D2
    wanted.push('delegatedSubnet'); // D3: any VNet of the exempted subscription, the VM's included
    if (facts.exemptionGranted && facts.delegatedSubnet) wanted.push('temporarySubnetDone'); // D3 done
    wanted.push('routedDirectlyToInternet'); // D4
  }
  // Whether there is a delegated subnet is not asked here: VNet integration and ASE v3 always sit in one.
  if (subscription === 'enterpriseDevTest' && resource === 'vnetPaas') {
    wanted.push('exemptionGranted'); // D1
    if (facts.exemptionGranted) wanted.push('temporarySubnetDone'); // D3 done
  }
  if (subscription !== 'enterprise') wanted.push('formerlyEnterprise'); // C1
  // E2 only matters where port 25 can be open: a rejection there is the receiving domain's.
  const { outcome } = evaluateEligibility({ ...facts, receivingDomainRejects: undefined });
  if (outcome === 'open' || outcome === 'exemptable') wanted.push('receivingDomainRejects');
  return wanted;
}
