/**
 * The policy said as the article says it: every wrong-advice path and misleading step the second audit
 * found, one table row each, in both languages where the text is the point.
 */
import { CATALOGS } from '../../src/locale';
import { outcomeText } from '../../src/cases/summary';
import { evaluateEligibility, supportCanAct, whereNext } from '../../src/policy/evaluateEligibility';
import { candidateGroups, candidateKinds, type SubscriptionEvidence } from '../../src/policy/quotaIds';
import { splits } from '../../src/policy/relevance';
import { STEPS } from '../../src/policy/steps';
import type { ResourceKind, RuleId, SubscriptionKind, TriageFacts } from '../../src/policy/types';

const PORT_25_RESOURCES: ResourceKind[] = [
  'virtualMachine',
  'vmScaleSet',
  'appServiceVnetIntegration',
  'functionsVnetIntegration',
  'appServiceEnvironmentV3',
  'azureFirewall',
];
const SUBSCRIPTIONS: SubscriptionKind[] = [
  'enterpriseAgreement',
  'mcaEnterprise',
  'enterpriseDevTest',
  'payAsYouGo',
  'visualStudio',
  'csp',
  'freeTrial',
  'sponsorship',
  'student',
  'otherOffer',
];
const stepText = (facts: TriageFacts, rule: RuleId) =>
  evaluateEligibility(facts)
    .steps.filter((s) => s.rule === rule)
    .map((s) => s.text);

describe('a rejection by the receiving server is E2 in every column, never H1', () => {
  const pairs = PORT_25_RESOURCES.flatMap((resource) => SUBSCRIPTIONS.map((subscription) => [resource, subscription] as const));
  it.each(pairs)('%s in %s, with any D-step still open', (resource, subscription) => {
    const v = evaluateEligibility({
      resource,
      subscription,
      receivingDomainRejects: true,
      exemptionGranted: false,
      formerlyEnterprise: true,
    });
    expect(v.outcome).toBe('open');
    expect(v.rules).toContain('E2');
    expect(v.rules.filter((r) => r.startsWith('D') || r === 'O1' || r === 'C1')).toEqual([]);
    expect(v.escalation).toBeNull();
    expect(supportCanAct(v)).toBe(false);
    expect(whereNext(v)).toBe('receivingDomain');
    expect(v.steps.map((s) => s.rule)).toEqual(['E2', 'R0']);
  });
});

describe('Azure data that contradicts itself settles nothing: every candidate is kept and the bot asks', () => {
  const table: [string, SubscriptionEvidence, boolean][] = [
    [
      'EA quota id, MCA / Enterprise / DevTest billing',
      {
        quotaId: 'EnterpriseAgreement_2014-09-01',
        billing: {
          billingAccountAgreementType: 'MicrosoftCustomerAgreement',
          billingAccountType: 'Enterprise',
          subscriptionWorkloadType: 'DevTest',
        },
      },
      true,
    ],
    [
      'Pay-As-You-Go quota id, EA billing',
      {
        quotaId: 'PayAsYouGo_2014-09-01',
        billing: { billingAccountAgreementType: 'EnterpriseAgreement', billingAccountType: 'Enterprise' },
      },
      true,
    ],
    [
      'Pay-As-You-Go quota id, MCA for enterprise billing',
      {
        quotaId: 'PayAsYouGo_2014-09-01',
        billing: { billingAccountAgreementType: 'MicrosoftCustomerAgreement', billingAccountType: 'Enterprise' },
      },
      true,
    ],
    [
      'Dev/Test quota id, production workload',
      { quotaId: 'MSDNDevTest_2014-09-01', billing: { subscriptionWorkloadType: 'Production' } },
      true,
    ],
    [
      'EA quota id, EA billing: agrees',
      { quotaId: 'EnterpriseAgreement_2014-09-01', billing: { billingAccountAgreementType: 'EnterpriseAgreement' } },
      false,
    ],
  ];
  it.each(table)('%s', (_name, evidence, contradicts) => {
    const c = candidateKinds(evidence);
    expect(c.contradiction === true).toBe(contradicts);
    if (contradicts) {
      expect(candidateGroups(c.kinds).length).toBeGreaterThan(1);
      expect(c.kinds).not.toEqual(['payAsYouGo']);
    }
  });

  it.each(['en', 'ja'] as const)('%s: the lookup says the data disagrees, in whole sentences', (locale) => {
    const text = CATALOGS[locale].azure.contradiction;
    for (const slot of ['{name}', '{id}', '{quotaId}']) expect(text).toContain(slot);
    expect(CATALOGS[locale].azure.verifiedUnknown).not.toMatch(/choose|選んでください/i);
  });
});

describe('D3 done is a fact: with it the verdict can become open', () => {
  const DONE_VM = {
    resource: 'virtualMachine',
    subscription: 'enterpriseDevTest',
    exemptionGranted: true,
    restartedSinceExemption: true,
    routedDirectlyToInternet: true,
    delegatedSubnet: true,
  } as const;
  it.each<[string, TriageFacts, string, boolean]>([
    ['VM, delegated subnet, temporary subnet not done', DONE_VM, 'exemptable', true],
    ['VM, delegated subnet, temporary subnet added and removed', { ...DONE_VM, temporarySubnetDone: true }, 'open', false],
    [
      'VM, temporary subnet done before the exemption does not count',
      { ...DONE_VM, exemptionGranted: false, temporarySubnetDone: true },
      'exemptable',
      true,
    ],
    [
      'ASE v3, exempted, temporary subnet not done',
      { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest', exemptionGranted: true },
      'exemptable',
      true,
    ],
    [
      'ASE v3, exempted, temporary subnet done',
      { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest', exemptionGranted: true, temporarySubnetDone: true },
      'open',
      false,
    ],
    [
      'App Service, exempted, temporary subnet done',
      { resource: 'appServiceVnetIntegration', subscription: 'enterpriseDevTest', exemptionGranted: true, temporarySubnetDone: true },
      'open',
      false,
    ],
  ])('%s', (_name, facts, outcome, owed) => {
    const v = evaluateEligibility(facts);
    expect(v.outcome).toBe(outcome);
    expect(v.steps.some((s) => s.rule === 'D3')).toBe(owed);
    expect(v.escalation).not.toBeNull();
  });

  it('is asked once the exemption is granted and a delegated subnet exists, not before', () => {
    const relevantFacts = (facts: Parameters<typeof splits>[0]) => splits(facts).map((s) => s.fact);
    const vm = { resource: 'virtualMachine', subscription: 'enterpriseDevTest' } as const;
    expect(relevantFacts({ ...vm, exemptionGranted: true, delegatedSubnet: true })).toContain('temporarySubnetDone');
    expect(relevantFacts({ ...vm, exemptionGranted: true, delegatedSubnet: false })).not.toContain('temporarySubnetDone');
    expect(relevantFacts({ ...vm, exemptionGranted: false, delegatedSubnet: true })).not.toContain('temporarySubnetDone');
    expect(relevantFacts({ resource: 'functionsVnetIntegration', subscription: 'enterpriseDevTest', exemptionGranted: true })).toContain(
      'temporarySubnetDone',
    );
  });
});

describe('readings of D4 are said as readings, in the verdict line too, and keep H1', () => {
  const FIREWALL = { resource: 'azureFirewall', subscription: 'enterpriseDevTest' } as const;
  const APPLIANCE = {
    resource: 'virtualMachine',
    subscription: 'enterpriseDevTest',
    exemptionGranted: true,
    routedDirectlyToInternet: false,
  } as const;
  const APP = { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest' } as const;
  it.each([
    ['Azure Firewall in Enterprise Dev/Test', FIREWALL],
    ['a Dev/Test VM routed through an appliance', APPLIANCE],
  ] as const)('%s: blocked by our reading, H1 kept', (_name, facts) => {
    const v = evaluateEligibility(facts);
    expect(v).toMatchObject({ outcome: 'blocked', reading: true });
    expect(v.escalation).not.toBeNull();
    expect(outcomeText(CATALOGS.en, v)).toMatch(/by our reading/);
    expect(outcomeText(CATALOGS.ja, v)).toContain('解釈');
    const d4 = stepText(facts, 'D4')[0];
    expect(d4.en).toMatch(/our reading/i);
    expect(d4.ja).toContain('解釈');
  });

  it('App Service / ASE v3 in Enterprise Dev/Test hear that D4 names only VM traffic, as a reading', () => {
    const [d4] = stepText(APP, 'D4');
    expect(d4.en).toMatch(/Our reading of D4.*App Service traffic is not named/);
    expect(d4.ja).toMatch(/D4 からの解釈.*App Service のトラフィックには触れられていない/);
  });

  it('a plain verdict line is not hedged', () => {
    const v = evaluateEligibility({ resource: 'virtualMachine', subscription: 'payAsYouGo' });
    expect(v.reading).toBe(false);
    expect(outcomeText(CATALOGS.en, v)).toBe(CATALOGS.en.outcome.blocked);
  });
});

describe('the steps say where each statement comes from', () => {
  it.each<[string, () => { en: string; ja: string }, RegExp, RegExp]>([
    [
      "O1: that support cannot lift the block comes from Azure's port-25 diagnostic, not the article",
      () => STEPS.otherSubscriptionBlocked.text,
      /Beyond the article: Azure's own port-25 diagnostic.*cannot be authorized.*support cannot lift/,
      /記事以外の情報として、Azure のポート 25 の診断.*承認できない/,
    ],
    [
      'S4 says "not supported" and claims nothing about support',
      () => STEPS.paasUnsupported.text,
      /is not supported/,
      /サポートされていません/,
    ],
    [
      'S1 applies mainly to VMs; AKS is our reading',
      () => STEPS.vmScope.text,
      /apply mainly to.*Our reading, not the article's words: AKS/,
      /主に.*当方の解釈.*AKS/,
    ],
    [
      'D2 is stop, deallocate, start; for AKS the node pool or cluster',
      () => STEPS.restartVms.text,
      /start it again with Start.*For AKS.*node pool or the cluster, not its VMs one by one/,
      /ノード プールまたはクラスター/,
    ],
    [
      'D3: the delegated-subnet fact beyond the article is marked so',
      () => STEPS.temporarySubnet.text,
      /An Azure fact beyond the article/,
      /記事には書かれていない Azure の仕様/,
    ],
    [
      'R0: advice beyond the article is marked as general advice',
      () => STEPS.useAuthenticatedRelay.text,
      /the article recommends it.*General advice beyond the article: Exchange Online/,
      /以下は記事の内容ではない一般的な情報です。Exchange Online/,
    ],
  ])('%s', (_name, text, en, ja) => {
    expect(text().en).toMatch(en);
    expect(text().ja).toMatch(ja);
  });

  it('S4 no longer says Azure support cannot enable it, in either language', () => {
    expect(STEPS.paasUnsupported.text.en).not.toMatch(/Azure support/);
    expect(STEPS.paasUnsupported.text.ja).not.toContain('Azure サポート');
  });
});
