import { evaluateEligibility } from '../../src/policy';
import { supportCanAct, supportCannotLift, whereNext } from '../../src/policy/evaluateEligibility';
import type { Outcome, ResourceKind, RuleId, SubscriptionKind, TriageFacts, Verdict } from '../../src/policy';

const RESOURCES: ResourceKind[] = [
  'virtualMachine',
  'vmScaleSet',
  'appServiceVnetIntegration',
  'functionsVnetIntegration',
  'appServiceEnvironmentV3',
  'azureFirewall',
  'otherPaas',
];
const OTHER_SUBSCRIPTIONS: SubscriptionKind[] = ['payAsYouGo', 'visualStudio', 'csp', 'freeTrial', 'sponsorship', 'student', 'otherOffer'];
const SUBSCRIPTIONS: SubscriptionKind[] = ['enterpriseAgreement', 'mcaEnterprise', 'enterpriseDevTest', ...OTHER_SUBSCRIPTIONS];

/** domain.md, "What the bot decides", with no clarifying facts known: [outcome, rules, escalates]. */
function expectedCell(resource: ResourceKind, subscription: SubscriptionKind): [Outcome, RuleId[], boolean] {
  const scope: RuleId = resource === 'azureFirewall' ? 'S3' : resource === 'virtualMachine' || resource === 'vmScaleSet' ? 'S1' : 'S2';
  if (resource === 'otherPaas') return ['unsupported', ['S4'], false];
  if (subscription === 'enterpriseAgreement' || subscription === 'mcaEnterprise') return ['open', [scope, 'E1'], true];
  if (subscription !== 'enterpriseDevTest') return ['blocked', [scope, 'O1'], false];
  if (scope === 'S1') return ['exemptable', ['S1', 'D1', 'D2', 'D3', 'D4'], true];
  // A reading of D4, not the article's words: H1 stays so support can confirm.
  if (scope === 'S3') return ['blocked', ['S3', 'D1', 'D4'], true];
  return ['exemptable', ['S2', 'D1', 'D3'], true];
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
    const [outcome, rules, escalates] = expectedCell(resource, subscription);
    const v = evaluate({ resource, subscription });
    expect(v.outcome).toBe(outcome);
    expect(v.rules).toEqual(rules);
    expect(v.steps.at(-1)?.rule).toBe('R0');
    expect(supportCanAct(v)).toBe(escalates);
    if (escalates) {
      expect(v.escalation?.category.en).toEqual(['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)']);
      expect(v.escalation?.category.ja).toEqual(['技術関連', '仮想ネットワーク', 'メールを送信できない (SMTP 25 番ポート)']);
    } else {
      expect(v.escalation).toBeNull();
    }
    for (const step of v.steps) {
      expect(step.text.en.length).toBeGreaterThan(20);
      expect(step.text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

type Row = [string, TriageFacts, Outcome, RuleId[], RuleId[], boolean];
const VM_DEV_TEST = { resource: 'virtualMachine', subscription: 'enterpriseDevTest' } as const;
const DONE = { exemptionGranted: true, restartedSinceExemption: true, delegatedSubnet: false, routedDirectlyToInternet: true } as const;
// name, facts, outcome, rules, step rules in order, escalates (H1)
const REFINEMENTS: Row[] = [
  [
    'S1 + D1: Dev/Test VM, nothing done yet',
    VM_DEV_TEST,
    'exemptable',
    ['S1', 'D1', 'D2', 'D3', 'D4'],
    ['S1', 'D1', 'D2', 'D3', 'D4', 'R0'],
    true,
  ],
  [
    'D2: exempted, VMs not restarted',
    { ...VM_DEV_TEST, ...DONE, restartedSinceExemption: false },
    'exemptable',
    ['S1', 'D1', 'D2', 'D4'],
    ['S1', 'D2', 'R0'],
    true,
  ],
  [
    'D2: a restart before the exemption does not count; D2 stays until the exemption is confirmed',
    { ...VM_DEV_TEST, exemptionGranted: false, restartedSinceExemption: true, delegatedSubnet: false, routedDirectlyToInternet: true },
    'exemptable',
    ['S1', 'D1', 'D2', 'D4'],
    ['S1', 'D1', 'D2', 'R0'],
    true,
  ],
  [
    'D2: exempted and restarted, no delegated subnet, routed directly: open',
    { resource: 'vmScaleSet', subscription: 'enterpriseDevTest', ...DONE },
    'open',
    ['S1', 'D1', 'D2', 'D4'],
    ['S1', 'D2', 'R0'],
    true,
  ],
  [
    'D3: a delegated subnet in a VNet of the exempted subscription is owed for a VM too',
    { ...VM_DEV_TEST, ...DONE, delegatedSubnet: true },
    'exemptable',
    ['S1', 'D1', 'D2', 'D3', 'D4'],
    ['S1', 'D3', 'R0'],
    true,
  ],
  [
    'D3: not known for a VM: the step is given, not open',
    { ...VM_DEV_TEST, ...DONE, delegatedSubnet: undefined },
    'exemptable',
    ['S1', 'D1', 'D2', 'D3', 'D4'],
    ['S1', 'D3', 'R0'],
    true,
  ],
  [
    'D4: exempted and restarted, routing unknown',
    { ...VM_DEV_TEST, ...DONE, routedDirectlyToInternet: undefined },
    'exemptable',
    ['S1', 'D1', 'D2', 'D4'],
    ['S1', 'D4', 'R0'],
    true,
  ],
  [
    'D4: through an appliance the exemption does not appear to help (a reading, so H1 stays)',
    { ...VM_DEV_TEST, ...DONE, routedDirectlyToInternet: false },
    'blocked',
    ['S1', 'D1', 'D4'],
    ['S1', 'D4', 'R0'],
    true,
  ],
  [
    'D3: Dev/Test App Service, nothing done yet',
    { resource: 'appServiceVnetIntegration', subscription: 'enterpriseDevTest' },
    'exemptable',
    ['S2', 'D1', 'D3'],
    ['S2', 'D1', 'D3', 'D4', 'R0'],
    true,
  ],
  [
    'D3: exempted ASE v3 still needs the temporary subnet',
    { resource: 'appServiceEnvironmentV3', subscription: 'enterpriseDevTest', exemptionGranted: true, delegatedSubnet: true },
    'exemptable',
    ['S2', 'D1', 'D3'],
    ['S2', 'D3', 'D4', 'R0'],
    true,
  ],
  [
    'D3 stays owed for exempted Functions even when told "no delegated subnet" (VNet integration always is one)',
    { resource: 'functionsVnetIntegration', subscription: 'enterpriseDevTest', exemptionGranted: true, delegatedSubnet: false },
    'exemptable',
    ['S2', 'D1', 'D3'],
    ['S2', 'D3', 'D4', 'R0'],
    true,
  ],
  [
    'S3 + D4: Azure Firewall in Dev/Test, a reading of D4 that support can confirm (H1)',
    { resource: 'azureFirewall', subscription: 'enterpriseDevTest', exemptionGranted: true },
    'blocked',
    ['S3', 'D1', 'D4'],
    ['S3', 'D4', 'R0'],
    true,
  ],
  ['E1: EA VM', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' }, 'open', ['S1', 'E1'], ['S1', 'E1', 'R0'], true],
  [
    'E2: EA VM whose mail the receiving domain rejects',
    { resource: 'virtualMachine', subscription: 'enterpriseAgreement', receivingDomainRejects: true },
    'open',
    ['S1', 'E1', 'E2'],
    ['E2', 'R0'],
    false,
  ],
  [
    'E2 in Enterprise Dev/Test: the receiving server answered, so no block is in the way and no H1',
    { ...VM_DEV_TEST, exemptionGranted: false, receivingDomainRejects: true },
    'open',
    ['S1', 'E2'],
    ['E2', 'R0'],
    false,
  ],
  [
    "E2 on a finished Dev/Test path: open, the receiving domain's matter",
    { ...VM_DEV_TEST, ...DONE, receivingDomainRejects: true },
    'open',
    ['S1', 'E2'],
    ['E2', 'R0'],
    false,
  ],
  [
    'E2 on a Dev/Test App Service: E2, not D3',
    { resource: 'appServiceVnetIntegration', subscription: 'enterpriseDevTest', exemptionGranted: true, receivingDomainRejects: true },
    'open',
    ['S2', 'E2'],
    ['E2', 'R0'],
    false,
  ],
  [
    'E2 in any other subscription: a server that answered was reached on port 25',
    { resource: 'virtualMachine', subscription: 'payAsYouGo', receivingDomainRejects: true },
    'open',
    ['S1', 'E2'],
    ['E2', 'R0'],
    false,
  ],
  [
    'C1: a former EA subscription, now Pay-As-You-Go',
    { resource: 'virtualMachine', subscription: 'payAsYouGo', formerlyEnterprise: true },
    'blocked',
    ['S1', 'O1', 'C1'],
    ['S1', 'O1', 'C1', 'R0'],
    false,
  ],
  [
    'C1: a former EA subscription, now Enterprise Dev/Test',
    { ...VM_DEV_TEST, formerlyEnterprise: true, delegatedSubnet: false, routedDirectlyToInternet: true },
    'exemptable',
    ['S1', 'D1', 'D2', 'D4', 'C1'],
    ['S1', 'D1', 'D2', 'C1', 'R0'],
    true,
  ],
  [
    'C1 does not apply to a subscription that is EA today',
    { resource: 'virtualMachine', subscription: 'mcaEnterprise', formerlyEnterprise: true },
    'open',
    ['S1', 'E1'],
    ['S1', 'E1', 'R0'],
    true,
  ],
  [
    'S4: other PaaS stays unsupported whatever was answered',
    { resource: 'otherPaas', subscription: 'enterpriseAgreement', formerlyEnterprise: true, receivingDomainRejects: true },
    'unsupported',
    ['S4'],
    ['S4', 'R0'],
    false,
  ],
  [
    'O1 + S2: App Service VNet integration in CSP',
    { resource: 'appServiceVnetIntegration', subscription: 'csp' },
    'blocked',
    ['S2', 'O1'],
    ['S2', 'O1', 'R0'],
    false,
  ],
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

describe('H1: who shows the support category', () => {
  it('support can act only where the verdict escalates; no verdict yet is not an escalation', () => {
    expect(supportCanAct(undefined)).toBe(false);
    expect(supportCanAct(evaluate({ resource: 'virtualMachine', subscription: 'enterpriseAgreement', receivingDomainRejects: true }))).toBe(
      false,
    );
    expect(supportCanAct(evaluate({ resource: 'virtualMachine', subscription: 'freeTrial' }))).toBe(false);
    expect(supportCanAct(evaluate({ resource: 'virtualMachine', subscription: 'enterpriseAgreement' }))).toBe(true);
  });

  it('support cannot lift O1 and S4, but the Dev/Test readings of D4 (firewall, appliance) are not stated as final', () => {
    expect(supportCannotLift(evaluate({ resource: 'virtualMachine', subscription: 'csp' }))).toBe(true);
    expect(supportCannotLift(evaluate({ resource: 'otherPaas', subscription: 'enterpriseAgreement' }))).toBe(true);
    expect(supportCannotLift(evaluate({ ...VM_DEV_TEST, ...DONE, routedDirectlyToInternet: false }))).toBe(false);
    expect(supportCannotLift(evaluate({ resource: 'azureFirewall', subscription: 'enterpriseDevTest' }))).toBe(false);
    expect(
      supportCannotLift(evaluate({ resource: 'virtualMachine', subscription: 'enterpriseAgreement', receivingDomainRejects: true })),
    ).toBe(false);
    expect(supportCannotLift(undefined)).toBe(false);
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

describe('where a person goes when the verdict did not solve it', () => {
  it.each([
    ['EA VM: Azure support (H1)', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' }, 'azureSupport'],
    [
      'EA VM, the receiving server refuses: its mail provider (E2)',
      { resource: 'virtualMachine', subscription: 'enterpriseAgreement', receivingDomainRejects: true },
      'receivingDomain',
    ],
    [
      'Pay-As-You-Go VM: nobody can lift the block, the relay (O1, R0)',
      { resource: 'virtualMachine', subscription: 'payAsYouGo' },
      'relay',
    ],
    ['other PaaS: not supported, the relay (S4, R0)', { resource: 'otherPaas', subscription: 'enterpriseAgreement' }, 'relay'],
  ] as const)('%s', (_name, facts, expected) => {
    expect(whereNext(evaluateEligibility(facts))).toBe(expected);
  });
});
