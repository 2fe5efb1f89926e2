/** What can still change the decision, and the verdict said with conditions for what is still open. */
import { conditionalVerdict, possibleDecisions, splits, subscriptionMatters, type Condition } from '../../src/policy/relevance';
import type { RuleId, TriageFacts } from '../../src/policy/types';

const conditions = (facts: TriageFacts) =>
  conditionalVerdict(facts)
    .steps.filter((s) => s.when)
    .map((s) => [s.rule, s.when] as [RuleId, Condition]);

describe('splits', () => {
  it.each<[string, Partial<TriageFacts>, string[]]>([
    [
      'EA VM: only the symptom, which takes support off the case (E2)',
      { resource: 'virtualMachine', subscription: 'enterpriseAgreement' },
      ['receivingDomainRejects'],
    ],
    ['Pay-As-You-Go VM: nothing (O1 whatever the answers)', { resource: 'virtualMachine', subscription: 'payAsYouGo' }, []],
    ['other PaaS: nothing, not even the subscription (S4)', { resource: 'otherPaas' }, []],
    [
      'a VM of unknown subscription: the subscription and what Dev/Test would need',
      { resource: 'virtualMachine' },
      [
        'subscription',
        'exemptionGranted',
        'restartedSinceExemption',
        'routedDirectlyToInternet',
        'delegatedSubnet',
        'temporarySubnetDone',
        'receivingDomainRejects',
      ],
    ],
  ])('%s', (_name, known, facts) => {
    expect(splits(known).map((s) => s.fact)).toEqual(facts);
  });

  it('takes only the values still possible: an MCA that is MCA-E or individual', () => {
    const known = { resource: 'otherPaas' as const };
    expect(splits({ resource: 'virtualMachine' }, { subscription: ['mcaEnterprise', 'payAsYouGo'] }).map((s) => s.fact)).toEqual([
      'subscription',
      'receivingDomainRejects',
    ]);
    expect(possibleDecisions(known)).toEqual(new Set(['unsupported/self']));
  });

  it('knows the subscription matters for every resource but other PaaS (S4)', () => {
    expect(subscriptionMatters('virtualMachine')).toBe(true);
    expect(subscriptionMatters('azureFirewall')).toBe(true);
    expect(subscriptionMatters('otherPaas')).toBe(false);
  });
});

describe('conditionalVerdict', () => {
  it.each<[string, TriageFacts, [RuleId, Condition][]]>([
    [
      'Pay-As-You-Go: C1 as one conditional line, and the rare rejection (E2) as another',
      { resource: 'virtualMachine', subscription: 'payAsYouGo' },
      [
        ['E2', { fact: 'receivingDomainRejects', value: true }],
        ['C1', { fact: 'formerlyEnterprise', value: true }],
      ],
    ],
    [
      'Pay-As-You-Go told it moved off EA: C1 stated, not as a condition',
      { resource: 'virtualMachine', subscription: 'payAsYouGo', formerlyEnterprise: true, receivingDomainRejects: false },
      [],
    ],
    [
      'Dev/Test VM not exempted, subnet unknown: D3 is a condition',
      { resource: 'virtualMachine', subscription: 'enterpriseDevTest', exemptionGranted: false, routedDirectlyToInternet: true },
      [
        ['D3', { fact: 'delegatedSubnet', value: true }],
        ['E2', { fact: 'receivingDomainRejects', value: true }],
      ],
    ],
    [
      'Dev/Test ASE v3, nothing known: the diagnostic only if not exempted yet',
      { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest' },
      [
        ['D1', { fact: 'exemptionGranted', value: false }],
        ['E2', { fact: 'receivingDomainRejects', value: true }],
      ],
    ],
    [
      'EA with the symptom unknown: E2 as a condition',
      { resource: 'virtualMachine', subscription: 'enterpriseAgreement' },
      [['E2', { fact: 'receivingDomainRejects', value: true }]],
    ],
    [
      'EA, connection times out: nothing conditional',
      { resource: 'virtualMachine', subscription: 'enterpriseAgreement', receivingDomainRejects: false },
      [],
    ],
    ['other PaaS: nothing conditional (S4)', { resource: 'otherPaas', subscription: 'otherOffer' }, []],
  ])('%s', (_name, facts, expected) => {
    expect(conditions(facts)).toEqual(expected);
  });

  it('keeps the relay advice (R0) last', () => {
    expect(conditionalVerdict({ resource: 'virtualMachine', subscription: 'payAsYouGo' }).steps.at(-1)?.rule).toBe('R0');
  });
});
