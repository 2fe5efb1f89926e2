import type { NetworkFacts } from '../../src/triage/network';
import { applyNetwork, azureValues, namedResource, networkRequest, withoutResourceId } from '../../src/triage/networkFacts';
import { read } from '../../src/triage/reader';
import type { SessionFacts } from '../../src/triage/session';

const SUB = '7d9c2a41-5e1b-4c3f-9a8d-2f6e4b1c0d3a';

describe('the resource a message names', () => {
  it.each([
    ['Our VM vm-mail-01 cannot send mail', { kind: 'virtualMachine', name: 'vm-mail-01' }],
    ['the web app contoso-mailer fails', { kind: 'appService', name: 'contoso-mailer' }],
    ['function app orders_func2 times out', { kind: 'functions', name: 'orders_func2' }],
    ['the scale set aks-nodepool1-vmss', { kind: 'vmScaleSet', name: 'aks-nodepool1-vmss' }],
    ['the VM named mailer', { kind: 'virtualMachine', name: 'mailer' }],
    ['our firewall "hubfw"', { kind: 'azureFirewall', name: 'hubfw' }],
    ['仮想マシン vm-mail-01 から送信できません', { kind: 'virtualMachine', name: 'vm-mail-01' }],
    ['the app web-01.', { kind: undefined, name: 'web-01' }],
    [
      `/subscriptions/${SUB}/resourceGroups/mail/providers/Microsoft.Compute/virtualMachines/vm-mail-01`,
      {
        kind: 'virtualMachine',
        name: 'vm-mail-01',
        resourceId: `/subscriptions/${SUB}/resourceGroups/mail/providers/Microsoft.Compute/virtualMachines/vm-mail-01`,
      },
    ],
  ])('%s', (text, expected) => {
    expect(namedResource(text)).toEqual(expected);
  });

  it.each([
    'my vm is blocked',
    'the vm in pay-as-you-go',
    'vm cannot send',
    `vm ${SUB}`,
    'the web app without VNet integration',
    'our application2 fails',
    'mapp-01 is down',
  ])('names nothing in "%s"', (text) => {
    expect(namedResource(text)).toBeUndefined();
  });
});

it('a pasted site\'s id says its subscription, not the words of its path ("Web" is no answer)', () => {
  const text = `it is /subscriptions/${SUB}/resourceGroups/app/providers/Microsoft.Web/sites/orders-func`;
  expect(read(withoutResourceId(text, namedResource(text))).facts).toEqual({ subscriptionId: SUB });
});

describe('what the network facts state', () => {
  const base: NetworkFacts = { subscriptionId: SUB, failed: [] };
  const vm = { resource: 'virtualMachine' as const, name: 'vm1', id: '/x/vm1' };
  it.each<[string, NetworkFacts, ReturnType<typeof azureValues>]>([
    ['no delegated subnet', { ...base, delegated: [] }, { delegatedSubnet: false }],
    [
      'a route to the firewall',
      { ...base, found: vm, egress: [{ subnet: 'v/s', via: 'firewall' }] },
      { resource: 'virtualMachine', routedDirectlyToInternet: false },
    ],
    [
      'a NAT gateway and a public IP',
      {
        ...base,
        found: vm,
        egress: [
          { subnet: 'v/a', via: 'natGateway' },
          { subnet: 'v/b', via: 'publicIp' },
        ],
      },
      { resource: 'virtualMachine', routedDirectlyToInternet: true },
    ],
    [
      'two NICs that disagree: asked',
      {
        ...base,
        found: vm,
        egress: [
          { subnet: 'v/a', via: 'natGateway' },
          { subnet: 'v/b', via: 'virtualAppliance' },
        ],
      },
      { resource: 'virtualMachine' },
    ],
    [
      'an app routing only private traffic through its VNet',
      { ...base, found: { resource: 'appService', name: 'a', id: '/a' }, site: { subnet: 'v/s', routeAll: false } },
      { resource: 'appService', vnetIntegration: false },
    ],
    [
      'an app on an ASE v3',
      { ...base, found: { resource: 'functions', name: 'a', id: '/a' }, site: { routeAll: false, aseV3: 'ase1' } },
      { resource: 'appServiceEnvironmentV3' },
    ],
  ])('%s', (_name, facts, expected) => {
    expect(azureValues(facts)).toEqual(expected);
  });
});

describe('network facts in the session', () => {
  const verified = (): SessionFacts => ({
    clarified: {},
    azure: { subscriptionId: SUB, displayName: 'T', state: 'Enabled', kinds: ['enterpriseDevTest'] },
  });

  it('asks Azure once per family and per named resource, even when a read failed', () => {
    const facts = verified();
    expect(networkRequest(facts)).toEqual({ subscriptionId: SUB, families: ['delegatedSubnets', 'environment'] });
    expect(networkRequest(facts)).toBeUndefined();
    facts.target = { name: 'vm1' };
    expect(networkRequest(facts)).toEqual({ subscriptionId: SUB, families: ['target', 'environment'], target: { name: 'vm1' } });
    expect(networkRequest(facts)).toBeUndefined();
    expect(networkRequest({ clarified: {} })).toBeUndefined();
  });

  it('fills open facts, keeps a contradicted told fact, and follows Azure where Azure gave the value', () => {
    const facts = verified();
    facts.clarified.routedDirectlyToInternet = true;
    const first = applyNetwork(facts, {
      subscriptionId: SUB,
      failed: [],
      delegated: [{ vnet: 'v', subnet: 's', service: 'Microsoft.Web/serverFarms' }],
      found: { resource: 'virtualMachine', name: 'vm1', id: '/vm1' },
      egress: [{ subnet: 'v/s', via: 'firewall' }],
    });
    expect(first.conflicts).toEqual([{ fact: 'routedDirectlyToInternet', told: true, azure: false }]);
    expect(facts.clarified).toEqual({ routedDirectlyToInternet: true, delegatedSubnet: true });
    expect(facts.resource).toEqual({ value: 'virtualMachine', source: 'azure' });
    const second = applyNetwork(facts, { subscriptionId: SUB, failed: [], delegated: [] });
    expect(second.verified).toContainEqual({ fact: 'delegatedSubnet', value: false });
    expect(facts.clarified.delegatedSubnet).toBe(false);
  });
});
