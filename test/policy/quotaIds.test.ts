import { candidateGroups, candidateKinds, ALL_KINDS, type SubscriptionEvidence } from '../../src/policy/quotaIds';
import type { SubscriptionKind } from '../../src/policy/types';

describe('candidateKinds: the quota id alone (every quota id of domain.md)', () => {
  const table: [string, SubscriptionKind[]][] = [
    ['EnterpriseAgreement_2014-09-01', ['enterpriseAgreement', 'mcaEnterprise', 'payAsYouGo']],
    ['MSDNDevTest_2014-09-01', ['enterpriseDevTest', 'payAsYouGo', 'visualStudio']],
    ['PayAsYouGo_2014-09-01', ['payAsYouGo']],
    ['MSDN_2014-09-01', ['visualStudio']],
    ['MPN_2014-09-01', ['otherOffer']],
    ['CSP_2015-05-01', ['csp']],
    ['CSP_MG_2017-12-01', ['csp']],
    ['CSPDEVTEST_2018-05-01', ['csp']],
    ['FreeTrial_2014-09-01', ['freeTrial']],
    ['AzurePass_2014-09-01', ['otherOffer']],
    ['AzureInOpen_2014-09-01', ['otherOffer']],
    ['Sponsored_2016-01-01', ['sponsorship']],
    ['AzureForStudents_2018-01-01', ['student']],
    ['DreamSpark_2015-02-01', ['student']],
  ];
  it.each(table)('%s → %j', (quotaId, kinds) => {
    expect(candidateKinds({ quotaId, spendingLimit: 'Off' })).toEqual({ kinds, knownQuotaId: true });
  });

  it('reads quota ids whatever their case', () => {
    expect(candidateKinds({ quotaId: 'payasyougo_2014-09-01' }).kinds).toEqual(['payAsYouGo']);
  });

  it.each([['Internal_2014-09-01'], ['EnterpriseAgreement_2099-01-01'], [''], [undefined]])(
    'an unknown or missing quota id (%p) leaves every kind open',
    (quotaId) => {
      expect(candidateKinds({ quotaId })).toEqual({ kinds: [...ALL_KINDS], knownQuotaId: false });
    },
  );
});

describe('candidateKinds: spending limit and billing facts narrow the family', () => {
  const table: [string, SubscriptionEvidence, SubscriptionKind[]][] = [
    [
      'EA quota, EA billing account',
      {
        quotaId: 'EnterpriseAgreement_2014-09-01',
        billing: { billingAccountAgreementType: 'EnterpriseAgreement', billingAccountType: 'Enterprise' },
      },
      ['enterpriseAgreement'],
    ],
    [
      'EA quota, MCA signed by an enterprise',
      {
        quotaId: 'EnterpriseAgreement_2014-09-01',
        billing: { billingAccountAgreementType: 'MicrosoftCustomerAgreement', billingAccountType: 'Enterprise' },
      },
      ['mcaEnterprise'],
    ],
    [
      'EA quota, MCA of an individual',
      {
        quotaId: 'EnterpriseAgreement_2014-09-01',
        billing: { billingAccountAgreementType: 'MicrosoftCustomerAgreement', billingAccountType: 'Individual' },
      },
      ['payAsYouGo'],
    ],
    [
      'EA quota, MCA of a business account: not for enterprise',
      {
        quotaId: 'EnterpriseAgreement_2014-09-01',
        billing: { billingAccountAgreementType: 'MicrosoftCustomerAgreement', billingAccountType: 'Business' },
      },
      ['payAsYouGo'],
    ],
    [
      'Dev/Test quota, EA billing account',
      {
        quotaId: 'MSDNDevTest_2014-09-01',
        billing: { billingAccountAgreementType: 'EnterpriseAgreement', subscriptionWorkloadType: 'DevTest' },
      },
      ['enterpriseDevTest'],
    ],
    [
      'Dev/Test quota, enterprise MCA, Dev/Test workload (Azure Plan for Dev/Test): unconfirmed as Enterprise Dev/Test, so still ask',
      {
        quotaId: 'MSDNDevTest_2014-09-01',
        billing: {
          billingAccountAgreementType: 'MicrosoftCustomerAgreement',
          billingAccountType: 'Enterprise',
          subscriptionWorkloadType: 'DevTest',
        },
      },
      ['enterpriseDevTest', 'payAsYouGo'],
    ],
    [
      'Dev/Test quota, MOSP billing (Pay-As-You-Go Dev/Test or VS Test Professional)',
      {
        quotaId: 'MSDNDevTest_2014-09-01',
        billing: { billingAccountAgreementType: 'MicrosoftOnlineServicesProgram', billingAccountType: 'Individual' },
      },
      ['payAsYouGo', 'visualStudio'],
    ],
    [
      'Dev/Test quota with a spending limit: a credit offer (VS Test Professional)',
      { quotaId: 'MSDNDevTest_2014-09-01', spendingLimit: 'On' },
      ['visualStudio'],
    ],
    [
      'unknown quota id with a spending limit: only credit offers remain',
      { quotaId: 'Something_2030-01-01', spendingLimit: 'On' },
      ['visualStudio', 'freeTrial', 'sponsorship', 'student', 'otherOffer'],
    ],
    [
      'unknown quota id, partner agreement',
      { quotaId: 'Something_2030-01-01', billing: { billingAccountAgreementType: 'MicrosoftPartnerAgreement' } },
      ['csp'],
    ],
    [
      'EA quota, production workload: does not separate EA from MCA',
      { quotaId: 'EnterpriseAgreement_2014-09-01', billing: { subscriptionWorkloadType: 'Production' } },
      ['enterpriseAgreement', 'mcaEnterprise', 'payAsYouGo'],
    ],
    [
      'billing facts that contradict the quota id settle nothing: both sides kept',
      { quotaId: 'PayAsYouGo_2014-09-01', billing: { billingAccountAgreementType: 'MicrosoftPartnerAgreement' } },
      ['payAsYouGo', 'csp'],
    ],
    [
      'unknown billing values narrow nothing',
      { quotaId: 'EnterpriseAgreement_2014-09-01', billing: { billingAccountAgreementType: 'SomethingNew', billingAccountType: 'Other' } },
      ['enterpriseAgreement', 'mcaEnterprise', 'payAsYouGo'],
    ],
  ];
  it.each(table)('%s', (_name, evidence, kinds) => {
    expect(candidateKinds(evidence).kinds).toEqual(kinds);
  });
});

describe('candidateGroups: which subscription rules are still in play', () => {
  it.each<[SubscriptionKind[], string[]]>([
    [
      ['enterpriseAgreement', 'mcaEnterprise', 'payAsYouGo'],
      ['enterprise', 'other'],
    ],
    [
      ['enterpriseDevTest', 'payAsYouGo', 'visualStudio'],
      ['enterpriseDevTest', 'other'],
    ],
    [['enterpriseAgreement', 'mcaEnterprise'], ['enterprise']],
    [['visualStudio', 'freeTrial'], ['other']],
    [[...ALL_KINDS], ['enterprise', 'enterpriseDevTest', 'other']],
  ])('%j → %j', (kinds, groups) => {
    expect(candidateGroups(kinds)).toEqual(groups);
  });
});
