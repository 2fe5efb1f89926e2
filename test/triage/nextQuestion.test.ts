/** Which question the core asks next: only what can still change the decision, computed from the policy. */
import { evaluateEligibility, supportCanAct } from '../../src/policy/evaluateEligibility';
import type { ResourceKind, SubscriptionKind, TriageFacts } from '../../src/policy/types';
import { nextQuestion } from '../../src/triage/nextQuestion';
import { CLARIFYING_FACTS, QUESTIONS, type ClarifyingFact } from '../../src/triage/questions';
import type { ResourceChoice, SubscriptionReading } from '../../src/triage/reading';
import type { SessionFacts } from '../../src/triage/session';

interface Given {
  resource?: ResourceChoice;
  vnetIntegration?: boolean;
  subscription?: SubscriptionReading;
  clarified?: SessionFacts['clarified'];
}

function known(given: Given): SessionFacts {
  return {
    clarified: given.clarified ?? {},
    ...(given.resource && { resource: { value: given.resource, source: 'told' as const } }),
    ...(given.vnetIntegration !== undefined && { vnetIntegration: { value: given.vnetIntegration, source: 'told' as const } }),
    ...(given.subscription && { subscription: { value: given.subscription, source: 'told' as const } }),
  };
}

const devTestVm = { resource: 'virtualMachine', subscription: 'enterpriseDevTest' } as const;
const timesOut = { receivingDomainRejects: false };

describe('nextQuestion asks only what can change the decision', () => {
  it.each<[string, Given, string]>([
    ['nothing known', {}, 'resource'],
    ['App Service: VNet integration first (S2 or S4)', { resource: 'appService' }, 'vnetIntegration'],
    ['Functions without VNet integration: decided (S4)', { resource: 'functions', vnetIntegration: false }, 'decided'],
    ['other PaaS: no subscription question (S4)', { resource: 'otherPaas' }, 'decided'],
    ['VM: subscription', { resource: 'virtualMachine' }, 'subscription'],
    ['plain MCA: the separating question (E1 or O1)', { resource: 'virtualMachine', subscription: 'mca' }, 'mcaKind'],
    ['plain dev/test: the separating question (D1 or O1)', { resource: 'virtualMachine', subscription: 'devTest' }, 'devTestKind'],
    [
      'EA VM: the symptom, which decides whether support can act (E2)',
      { resource: 'virtualMachine', subscription: 'enterpriseAgreement' },
      'receivingDomainRejects',
    ],
    ['Pay-As-You-Go VM: decided, C1 is never asked (O1)', { resource: 'virtualMachine', subscription: 'payAsYouGo' }, 'decided'],
    ['Dev/Test VM: the symptom first, a rejection settles it (E2)', devTestVm, 'receivingDomainRejects'],
    [
      'Dev/Test VM that times out: the route (D4)',
      { ...devTestVm, clarified: { receivingDomainRejects: false } },
      'routedDirectlyToInternet',
    ],
    [
      'Dev/Test VM routed directly: the exemption (D1)',
      { ...devTestVm, clarified: { ...timesOut, routedDirectlyToInternet: true } },
      'exemptionGranted',
    ],
    [
      'Dev/Test VM not exempted yet: decided, D2 and D3 said as steps',
      { ...devTestVm, clarified: { ...timesOut, routedDirectlyToInternet: true, exemptionGranted: false } },
      'decided',
    ],
    [
      'Dev/Test VM exempted: D2',
      { ...devTestVm, clarified: { ...timesOut, routedDirectlyToInternet: true, exemptionGranted: true } },
      'restartedSinceExemption',
    ],
    [
      'Dev/Test VM exempted and restarted: D3',
      { ...devTestVm, clarified: { ...timesOut, routedDirectlyToInternet: true, exemptionGranted: true, restartedSinceExemption: true } },
      'delegatedSubnet',
    ],
    [
      'Dev/Test VM with a delegated subnet: whether D3 is done',
      {
        ...devTestVm,
        clarified: {
          ...timesOut,
          routedDirectlyToInternet: true,
          exemptionGranted: true,
          restartedSinceExemption: true,
          delegatedSubnet: true,
        },
      },
      'temporarySubnetDone',
    ],
    [
      'Dev/Test VM through an appliance: decided (D4, a reading)',
      { ...devTestVm, clarified: { routedDirectlyToInternet: false } },
      'decided',
    ],
    [
      'Dev/Test ASE v3: the symptom (E2)',
      { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest' },
      'receivingDomainRejects',
    ],
    [
      'Dev/Test ASE v3 that times out: the exemption (D1); a delegated subnet is not asked',
      { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest', clarified: timesOut },
      'exemptionGranted',
    ],
    ['Dev/Test firewall: decided (D4, a reading)', { resource: 'azureFirewall', subscription: 'enterpriseDevTest' }, 'decided'],
    ['EA firewall: the symptom (E2)', { resource: 'azureFirewall', subscription: 'enterpriseAgreement' }, 'receivingDomainRejects'],
    [
      '"not sure" counts as answered: decided with conditions',
      {
        ...devTestVm,
        clarified: {
          exemptionGranted: null,
          delegatedSubnet: null,
          routedDirectlyToInternet: null,
          restartedSinceExemption: null,
          temporarySubnetDone: null,
          receivingDomainRejects: null,
        },
      },
      'decided',
    ],
  ])('%s', (_name, given, expected) => {
    expect(nextQuestion(known(given))).toBe(expected);
  });

  it('never asks C1: it explains a block, it never opens one', () => {
    expect(Object.values(QUESTIONS).map((q) => q.fact)).not.toContain('formerlyEnterprise');
  });
});

/**
 * The agreement with the policy, for every resource kind, a kind of each subscription rule and both
 * enterprise kinds, and every combination of the yes/no facts (unknown, yes, no): a fact's question is
 * asked only if two of its answers decide differently (outcome, or whether support can act) for some
 * values of the other open facts, and the verdict comes when no open question can. Decided here by
 * evaluating the policy directly. (The other subscription kinds share O1's row of the decision table,
 * which evaluateEligibility.test.ts checks kind by kind.)
 */
const RESOURCES: ResourceKind[] = [
  'virtualMachine',
  'vmScaleSet',
  'appServiceVnetIntegration',
  'functionsVnetIntegration',
  'appServiceEnvironmentV3',
  'azureFirewall',
  'otherPaas',
];
const SUBSCRIPTIONS: SubscriptionKind[] = ['enterpriseAgreement', 'mcaEnterprise', 'enterpriseDevTest', 'payAsYouGo', 'student'];
const decision = (facts: TriageFacts) => {
  const v = evaluateEligibility(facts);
  return `${v.outcome} ${String(supportCanAct(v))}`;
};

/** The facts whose answer splits the decision, found by brute force. */
function splitting(facts: TriageFacts, open: ClarifyingFact[]): Set<ClarifyingFact> {
  let worlds: TriageFacts[] = [facts];
  for (const f of open)
    worlds = worlds.flatMap((w) => [
      { ...w, [f]: true },
      { ...w, [f]: false },
    ]);
  const found = new Set<ClarifyingFact>();
  for (const w of worlds) {
    for (const f of open) {
      if (w[f] !== true) continue;
      const other = decision({ ...w, [f]: false });
      // The symptom is asked only where port 25 can be open; where the policy blocks it, a rejection is said as a condition.
      if (f === 'receivingDomainRejects' && !/^(open|exemptable) /.test(other)) continue;
      if (decision(w) !== other) found.add(f);
    }
  }
  return found;
}

/** A resource kind as the person tells it: a VNet-integrated web app is the app plus its VNet-integration answer. */
function told(kind: ResourceKind): Pick<SessionFacts, 'resource' | 'vnetIntegration'> {
  if (kind === 'appServiceVnetIntegration' || kind === 'functionsVnetIntegration') {
    const app = kind === 'appServiceVnetIntegration' ? 'appService' : 'functions';
    return { resource: { value: app, source: 'told' }, vnetIntegration: { value: true, source: 'told' } };
  }
  return { resource: { value: kind, source: 'told' } };
}

function* combinations(): Generator<[ResourceKind, SubscriptionKind, Partial<Record<ClarifyingFact, boolean>>]> {
  for (const resource of RESOURCES) {
    for (const subscription of SUBSCRIPTIONS) {
      let all: Partial<Record<ClarifyingFact, boolean>>[] = [{}];
      for (const f of CLARIFYING_FACTS) all = all.flatMap((c) => [c, { ...c, [f]: true }, { ...c, [f]: false }]);
      for (const clarified of all) yield [resource, subscription, clarified];
    }
  }
}

describe('nextQuestion agrees with the policy for every combination', () => {
  it('asks a question if and only if its answers split the decision, and the one asked does', () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (const [resource, subscription, clarified] of combinations()) {
      const open = CLARIFYING_FACTS.filter((f) => clarified[f] === undefined);
      const facts: TriageFacts = { resource, subscription, ...clarified };
      const worth = splitting(facts, open);
      const asked = nextQuestion({ ...told(resource), subscription: { value: subscription, source: 'told' }, clarified });
      checked++;
      const fact = asked === 'decided' ? undefined : QUESTIONS[asked].fact;
      const agrees = fact === undefined ? worth.size === 0 : worth.has(fact as ClarifyingFact);
      if (!agrees)
        disagreements.push(`${resource} ${subscription} ${JSON.stringify(clarified)}: asked ${asked}, split by [${[...worth].join(', ')}]`);
    }
    expect(checked).toBe(RESOURCES.length * SUBSCRIPTIONS.length * 3 ** CLARIFYING_FACTS.length);
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('finds that C1 never splits a decision', () => {
    const c1 = [...combinations()].filter(
      ([resource, subscription, clarified]) =>
        splitting({ resource, subscription, ...clarified }, clarified.formerlyEnterprise === undefined ? ['formerlyEnterprise'] : []).size,
    );
    expect(c1).toEqual([]);
  });
});
