import { relevantFacts, type ClarifyingFact } from '../../src/policy/relevantFacts';
import type { TriageFacts } from '../../src/policy/types';

describe('relevantFacts: only what can change the verdict, in the order asked', () => {
  const table: [string, TriageFacts, ClarifyingFact[]][] = [
    [
      "D1, D3, D4 for a Dev/Test VM (D3: any VNet of the subscription, the VM's included)",
      { resource: 'virtualMachine', subscription: 'enterpriseDevTest' },
      ['exemptionGranted', 'delegatedSubnet', 'routedDirectlyToInternet', 'formerlyEnterprise', 'receivingDomainRejects'],
    ],
    [
      'D2 once the exemption is granted',
      { resource: 'vmScaleSet', subscription: 'enterpriseDevTest', exemptionGranted: true },
      [
        'exemptionGranted',
        'restartedSinceExemption',
        'delegatedSubnet',
        'routedDirectlyToInternet',
        'formerlyEnterprise',
        'receivingDomainRejects',
      ],
    ],
    [
      'D1 only for Dev/Test VNet integration: its subnet is always delegated, so D3 is owed, not asked',
      { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest' },
      ['exemptionGranted', 'formerlyEnterprise', 'receivingDomainRejects'],
    ],
    ['nothing but E2 for an EA VM', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' }, ['receivingDomainRejects']],
    ['C1 only where blocked (E2 cannot apply)', { resource: 'virtualMachine', subscription: 'payAsYouGo' }, ['formerlyEnterprise']],
    [
      'C1 for the Dev/Test firewall; E2 cannot apply where blocked',
      { resource: 'azureFirewall', subscription: 'enterpriseDevTest' },
      ['formerlyEnterprise'],
    ],
    ['nothing for other PaaS (S4)', { resource: 'otherPaas', subscription: 'enterpriseAgreement' }, []],
  ];
  it.each(table)('%s', (_name, facts, wanted) => {
    expect(relevantFacts(facts)).toEqual(wanted);
  });
});
