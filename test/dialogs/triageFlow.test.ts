import { emptyAnswers, nextQuestion, type Answers } from '../../dialogs/triageFlow';

const answers = (a: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...a });

describe('nextQuestion asks only what the rules need', () => {
  it.each<[string, Partial<Answers>, string | undefined]>([
    ['nothing known', {}, 'resource'],
    ['App Service: VNet integration first', { resource: 'appService' }, 'vnetIntegration'],
    ['Functions without VNet integration: verdict at once (S4)', { resource: 'functions', vnetIntegration: 'no' }, undefined],
    ['other PaaS: no subscription question (S4)', { resource: 'otherPaas' }, undefined],
    ['VM: subscription', { resource: 'virtualMachine' }, 'subscription'],
    ['EA VM: the symptom (E2), not C1', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' }, 'receivingDomainRejects'],
    ['Pay-As-You-Go VM: C1 only', { resource: 'virtualMachine', subscription: 'payAsYouGo' }, 'formerlyEnterprise'],
    ['Pay-As-You-Go VM after C1: verdict, the symptom cannot change it', { resource: 'virtualMachine', subscription: 'payAsYouGo', clarified: { formerlyEnterprise: false } }, undefined],
    ['Dev/Test VM: D1', { resource: 'virtualMachine', subscription: 'enterpriseDevTest' }, 'exemptionGranted'],
    ['Dev/Test VM not exempted: D3 next (any VNet of the subscription), no D2', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: false } }, 'delegatedSubnet'],
    ['Dev/Test VM after D3: D4', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: false, delegatedSubnet: false } }, 'routedDirectlyToInternet'],
    ['Dev/Test VM exempted: D2', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: true } }, 'restartedSinceExemption'],
    ['Dev/Test VM through an appliance: C1, then verdict without E2', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: true, restartedSinceExemption: true, delegatedSubnet: false, routedDirectlyToInternet: false } }, 'formerlyEnterprise'],
    ['Dev/Test ASE v3: D3 is owed, not asked (always a delegated subnet)', { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: undefined } }, 'formerlyEnterprise'],
    ['Dev/Test firewall: no exemption questions', { resource: 'azureFirewall', subscription: 'enterpriseDevTest' }, 'formerlyEnterprise'],
  ])('%s', (_name, partial, expected) => {
    expect(nextQuestion(answers(partial))).toBe(expected);
  });

  it('treats "not sure" as answered', () => {
    expect(
      nextQuestion(answers({ resource: 'virtualMachine', subscription: 'enterpriseDevTest', clarified: { exemptionGranted: undefined, delegatedSubnet: undefined, routedDirectlyToInternet: undefined, formerlyEnterprise: undefined } })),
    ).toBe('receivingDomainRejects');
  });
});
