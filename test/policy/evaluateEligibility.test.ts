import { evaluateEligibility } from '../../src/policy';
import type { Outcome, ResourceKind, RuleId, SubscriptionKind, TriageFacts, Verdict } from '../../src/policy';

const RESOURCES: ResourceKind[] = [
  'virtualMachine', 'vmScaleSet', 'appServiceVnetIntegration', 'functionsVnetIntegration',
  'appServiceEnvironmentV3', 'azureFirewall', 'otherPaas',
];
const OTHER_SUBSCRIPTIONS: SubscriptionKind[] = [
  'payAsYouGo', 'visualStudio', 'csp', 'freeTrial', 'sponsorship', 'student', 'otherOffer',
];
const SUBSCRIPTIONS: SubscriptionKind[] = ['enterpriseAgreement', 'mcaEnterprise', 'enterpriseDevTest', ...OTHER_SUBSCRIPTIONS];

/** domain.md, "What the bot decides", with no clarifying facts known. */
function expectedCell(resource: ResourceKind, subscription: SubscriptionKind): [Outcome, RuleId[]] {
  const scope: RuleId = resource === 'azureFirewall' ? 'S3' : resource === 'virtualMachine' || resource === 'vmScaleSet' ? 'S1' : 'S2';
  if (resource === 'otherPaas') return ['unsupported', ['S4']];
  if (subscription === 'enterpriseAgreement' || subscription === 'mcaEnterprise') return ['open', [scope, 'E1']];
  if (subscription !== 'enterpriseDevTest') return ['blocked', [scope, 'O1']];
  if (scope === 'S1') return ['exemptable', ['S1', 'D1', 'D2', 'D4']];
  if (scope === 'S3') return ['blocked', ['S3', 'D1', 'D4']];
  return ['exemptable', ['S2', 'D1', 'D3']];
}

const stepRules = (v: Verdict) => v.steps.map((s) => s.rule);
const covered = new Set<RuleId>();
function evaluate(facts: TriageFacts): Verdict {
  const v = evaluateEligibility(facts);
  v.rules.forEach((r) => covered.add(r));
  v.steps.forEach((s) => covered.add(s.rule));
  if (v.escalation) covered.add('H1');
  return v;
}

describe('every resource × subscription pair (the decision table)', () => {
  const pairs = RESOURCES.flatMap((r) => SUBSCRIPTIONS.map((s) => [r, s] as const));
  it.each(pairs)('%s in %s', (resource, subscription) => {
    const [outcome, rules] = expectedCell(resource, subscription);
    const v = evaluate({ resource, subscription });
    expect(v.outcome).toBe(outcome);
    expect(v.rules).toEqual(rules);
    expect(v.steps.at(-1)?.rule).toBe('R0');
    if (outcome === 'blocked' || outcome === 'unsupported') {
      expect(v.escalation).toBeNull();
    } else {
      expect(v.escalation?.category.en).toEqual(['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)']);
      expect(v.escalation?.category.ja).toEqual(['技術関連', '仮想ネットワーク', 'メールを送信できない (SMTP 25 番ポート)']);
    }
    for (const step of v.steps) {
      expect(step.text.en.length).toBeGreaterThan(20);
      expect(step.text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

type Row = [string, TriageFacts, Outcome, RuleId[], RuleId[], boolean];
// name, facts, outcome, rules, step rules in order, escalates
const REFINEMENTS: Row[] = [
  ['D1: Dev/Test VM, nothing done yet', { resource: 'virtualMachine', subscription: 'enterpriseDevTest' },
    'exemptable', ['S1', 'D1', 'D2', 'D4'], ['D1', 'D2', 'D4', 'R0'], true],
  ['D2: exempted, VMs not restarted', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', exemptionGranted: true, restartedSinceExemption: false, routedDirectlyToInternet: true },
    'exemptable', ['S1', 'D1', 'D2', 'D4'], ['D2', 'R0'], true],
  ['D2: exempted and restarted, routed directly: open', { resource: 'vmScaleSet', subscription: 'enterpriseDevTest', exemptionGranted: true, restartedSinceExemption: true, routedDirectlyToInternet: true },
    'open', ['S1', 'D1', 'D2', 'D4'], ['D2', 'R0'], true],
  ['D4: exempted and restarted, routing unknown', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', exemptionGranted: true, restartedSinceExemption: true },
    'exemptable', ['S1', 'D1', 'D2', 'D4'], ['D4', 'R0'], true],
  ['D4: through an appliance the exemption does not help', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', exemptionGranted: true, restartedSinceExemption: true, routedDirectlyToInternet: false },
    'blocked', ['S1', 'D1', 'D4'], ['D4', 'R0'], false],
  ['D3: Dev/Test App Service with a delegated subnet', { resource: 'appServiceVnetIntegration', subscription: 'enterpriseDevTest', delegatedSubnet: true },
    'exemptable', ['S2', 'D1', 'D3'], ['S2', 'D1', 'D3', 'R0'], true],
  ['D3: exempted ASE v3 still needs the temporary subnet', { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest', exemptionGranted: true, delegatedSubnet: true },
    'exemptable', ['S2', 'D1', 'D3'], ['S2', 'D3', 'R0'], true],
  ['D1: exempted Functions without a delegated subnet: open', { resource: 'functionsVnetIntegration', subscription: 'enterpriseDevTest', exemptionGranted: true, delegatedSubnet: false },
    'open', ['S2', 'D1'], ['S2', 'R0'], true],
  ['S3 + D4: Azure Firewall in Dev/Test is not covered', { resource: 'azureFirewall', subscription: 'enterpriseDevTest', exemptionGranted: true },
    'blocked', ['S3', 'D1', 'D4'], ['S3', 'D4', 'R0'], false],
  ['E1: EA VM', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' },
    'open', ['S1', 'E1'], ['E1', 'R0'], true],
  ['E2: EA VM whose mail the receiving domain rejects', { resource: 'virtualMachine', subscription: 'enterpriseAgreement', receivingDomainRejects: true },
    'open', ['S1', 'E1', 'E2'], ['E2', 'R0'], false],
  ['E2: a rejection means the Dev/Test connection got through', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', receivingDomainRejects: true },
    'open', ['S1', 'D1', 'D2', 'D4', 'E2'], ['E2', 'R0'], false],
  ['E2 does not open a blocked subscription', { resource: 'virtualMachine', subscription: 'payAsYouGo', receivingDomainRejects: true },
    'blocked', ['S1', 'O1'], ['O1', 'R0'], false],
  ['C1: a former EA subscription, now Pay-As-You-Go', { resource: 'virtualMachine', subscription: 'payAsYouGo', formerlyEnterprise: true },
    'blocked', ['S1', 'O1', 'C1'], ['O1', 'C1', 'R0'], false],
  ['C1: a former EA subscription, now Enterprise Dev/Test', { resource: 'virtualMachine', subscription: 'enterpriseDevTest', formerlyEnterprise: true, routedDirectlyToInternet: true },
    'exemptable', ['S1', 'D1', 'D2', 'D4', 'C1'], ['D1', 'D2', 'C1', 'R0'], true],
  ['C1 does not apply to a subscription that is EA today', { resource: 'virtualMachine', subscription: 'mcaEnterprise', formerlyEnterprise: true },
    'open', ['S1', 'E1'], ['E1', 'R0'], true],
  ['S4: other PaaS stays unsupported whatever was answered', { resource: 'otherPaas', subscription: 'enterpriseAgreement', formerlyEnterprise: true, receivingDomainRejects: true },
    'unsupported', ['S4'], ['S4', 'R0'], false],
  ['O1 + S2: App Service VNet integration in CSP', { resource: 'appServiceVnetIntegration', subscription: 'csp' },
    'blocked', ['S2', 'O1'], ['S2', 'O1', 'R0'], false],
];

describe('clarifying facts refine the verdict', () => {
  it.each(REFINEMENTS)('%s', (_name, facts, outcome, rules, steps, escalates) => {
    const v = evaluate(facts);
    expect(v.outcome).toBe(outcome);
    expect(v.rules).toEqual(rules);
    expect(stepRules(v)).toEqual(steps);
    expect(v.escalation !== null).toBe(escalates);
  });
});

describe('R0: the relay advice', () => {
  it('recommends an authenticated relay on port 587 without promising Azure Communication Services to new customers', () => {
    const relay = evaluate({ resource: 'virtualMachine', subscription: 'freeTrial' }).steps.at(-1)!;
    expect(relay.rule).toBe('R0');
    expect(relay.text.en).toContain('587');
    expect(relay.text.en).toMatch(/only if you already use it/);
    expect(relay.text.ja).toContain('587');
  });

  it('returns a fresh verdict each time, so a caller cannot alter the rules', () => {
    const first = evaluateEligibility({ resource: 'virtualMachine', subscription: 'enterpriseAgreement' });
    first.steps[0].text.en = 'changed';
    first.escalation!.category.en.push('changed');
    const second = evaluateEligibility({ resource: 'virtualMachine', subscription: 'enterpriseAgreement' });
    expect(second.steps[0].text.en).not.toBe('changed');
    expect(second.escalation!.category.en).toHaveLength(3);
  });
});

describe('rule coverage', () => {
  it('every rule id of domain.md is decided or cited by some case above', () => {
    const all: RuleId[] = ['S1', 'S2', 'S3', 'S4', 'R0', 'E1', 'E2', 'D1', 'D2', 'D3', 'D4', 'O1', 'C1', 'H1'];
    expect([...covered].sort()).toEqual([...all].sort());
  });
});
