/** Which question the core asks next: only what can still change the verdict, in the order a person is asked. */
import type { ResourceChoice, SubscriptionReading } from '../../src/triage/reading';
import type { SessionFacts } from '../../src/triage/session';
import { nextQuestion } from '../../src/triage/step';

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

describe('nextQuestion asks only what the rules need', () => {
  it.each<[string, Given, string | undefined]>([
    ['nothing known', {}, 'resource'],
    ['App Service: VNet integration first', { resource: 'appService' }, 'vnetIntegration'],
    ['Functions without VNet integration: verdict at once (S4)', { resource: 'functions', vnetIntegration: false }, undefined],
    ['other PaaS: no subscription question (S4)', { resource: 'otherPaas' }, undefined],
    ['VM: subscription', { resource: 'virtualMachine' }, 'subscription'],
    ['plain MCA: the separating question (E1 or O1)', { resource: 'virtualMachine', subscription: 'mca' }, 'mcaKind'],
    ['plain dev/test: the separating question (D1 or O1)', { resource: 'virtualMachine', subscription: 'devTest' }, 'devTestKind'],
    ['EA VM: the symptom (E2), not C1', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' }, 'receivingDomainRejects'],
    ['Pay-As-You-Go VM: C1 only', { resource: 'virtualMachine', subscription: 'payAsYouGo' }, 'formerlyEnterprise'],
    [
      'Pay-As-You-Go VM after C1: verdict, the symptom cannot change it',
      { resource: 'virtualMachine', subscription: 'payAsYouGo', clarified: { formerlyEnterprise: false } },
      undefined,
    ],
    ['Dev/Test VM: D1', { resource: 'virtualMachine', subscription: 'enterpriseDevTest' }, 'exemptionGranted'],
    [
      'Dev/Test VM not exempted: D3 next (any VNet of the subscription), no D2',
      { resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: false } },
      'delegatedSubnet',
    ],
    [
      'Dev/Test VM after D3: D4',
      { resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: false, delegatedSubnet: false } },
      'routedDirectlyToInternet',
    ],
    [
      'Dev/Test VM exempted: D2',
      { resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: true } },
      'restartedSinceExemption',
    ],
    [
      'Dev/Test VM through an appliance: C1, then verdict without E2',
      {
        resource: 'virtualMachine',
        subscription: 'enterpriseDevTest',
        clarified: { exemptionGranted: true, restartedSinceExemption: true, delegatedSubnet: false, routedDirectlyToInternet: false },
      },
      'formerlyEnterprise',
    ],
    [
      'Dev/Test ASE v3: D3 is owed, not asked (always a delegated subnet)',
      { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: null } },
      'formerlyEnterprise',
    ],
    ['Dev/Test firewall: no exemption questions', { resource: 'azureFirewall', subscription: 'enterpriseDevTest' }, 'formerlyEnterprise'],
  ])('%s', (_name, given, expected) => {
    expect(nextQuestion(known(given))).toBe(expected);
  });

  it('treats "not sure" as answered', () => {
    const given: Given = {
      resource: 'virtualMachine',
      subscription: 'enterpriseDevTest',
      clarified: { exemptionGranted: null, delegatedSubnet: null, routedDirectlyToInternet: null, formerlyEnterprise: null },
    };
    expect(nextQuestion(known(given))).toBe('receivingDomainRejects');
  });
});
