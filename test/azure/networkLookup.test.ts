import { AzureNetworkLookup } from '../../src/azure/networkLookup';
import type { AzureSettings } from '../../src/azure/settings';
import type { UserToken } from '../../src/azure/subscriptionLookup';
import { createLogger } from '../../src/logger';
import type { NetworkFamily } from '../../src/triage/network';
import { ARM_TOKEN, settingsFor, useFakeAzure } from './fakeAzure';
import {
  RESOURCE_GRAPH,
  THROTTLED,
  azureFirewall,
  hostingEnvironment,
  networkInterface,
  routeTable,
  scaleSet,
  serveResourceGraph,
  virtualMachine,
  virtualNetwork,
  webSite,
  type ArmResource,
} from './fakeResourceGraph';

const SUB = '7d9c2a41-5e1b-4c3f-9a8d-2f6e4b1c0d3a';
const OTHER = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';
const ALL: NetworkFamily[] = ['delegatedSubnets', 'target', 'environment'];

const fake = useFakeAzure();
const person: UserToken = { userKey: 'webchat:admin', token: ARM_TOKEN };

function lookup(overrides: Partial<AzureSettings> = {}): AzureNetworkLookup {
  return new AzureNetworkLookup(settingsFor(fake, { maxRetries: 2, retryDelayMs: 20, ...overrides }), createLogger('silent'));
}

const vnetId = (sub: string, name: string) =>
  `/subscriptions/${sub}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/${name}`;
const tableId = `/subscriptions/${SUB}/resourceGroups/net/providers/Microsoft.Network/routeTables/to-firewall`;

/** A Dev/Test estate: a VM whose subnet routes 0.0.0.0/0 to the hub firewall, an app integrated with a delegated subnet. */
function estate(): ArmResource[] {
  const vm = virtualMachine(SUB, 'mail', 'vm-mail-01');
  return [
    virtualNetwork(SUB, 'net', 'vnet-hub', [{ name: 'AzureFirewallSubnet' }]),
    virtualNetwork(SUB, 'net', 'vnet-apps', [
      { name: 'workload', routeTable: tableId },
      { name: 'app-integration', delegation: 'Microsoft.Web/serverFarms' },
    ]),
    routeTable(SUB, 'net', 'to-firewall', [
      { prefix: '10.0.0.0/8', hop: 'VnetLocal' },
      { prefix: '0.0.0.0/0', hop: 'VirtualAppliance', ip: '10.0.1.4' },
    ]),
    azureFirewall(SUB, 'net', 'fw-hub', '10.0.1.4'),
    vm,
    networkInterface(vm, `${vnetId(SUB, 'vnet-apps')}/subnets/workload`),
    webSite(SUB, 'web', 'contoso-mailer', { subnetId: `${vnetId(SUB, 'vnet-apps')}/subnets/app-integration`, routeAll: true }),
    // Another subscription's network, which the query must not show.
    virtualNetwork(OTHER, 'net', 'vnet-elsewhere', [{ name: 'delegated', delegation: 'Microsoft.Web/serverFarms' }]),
  ];
}

describe('network facts read with Resource Graph as the person', () => {
  it('reads the delegated subnets of the subscription only, with the VNet names', async () => {
    serveResourceGraph(fake, { resources: estate(), readable: [SUB, OTHER] });
    const facts = await lookup().read(person, { subscriptionId: SUB, families: ['delegatedSubnets'] });
    expect(facts).toEqual({
      subscriptionId: SUB,
      failed: [],
      delegated: [{ vnet: 'vnet-apps', subnet: 'app-integration', service: 'Microsoft.Web/serverFarms' }],
    });
    const call = fake.seen.find((r) => r.path === RESOURCE_GRAPH);
    expect(call).toMatchObject({ method: 'POST', bearer: ARM_TOKEN, query: '?api-version=2024-04-01' });
  });

  it('follows $skipToken through every page', async () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      virtualNetwork(SUB, 'net', `vnet-${i}`, [{ name: 'delegated', delegation: 'Microsoft.ContainerInstance/containerGroups' }]),
    );
    const graph = serveResourceGraph(fake, { resources: many, readable: [SUB], pageSize: 3 });
    const facts = await lookup().read(person, { subscriptionId: SUB, families: ['delegatedSubnets'] });
    expect(facts.delegated?.map((d) => d.vnet)).toEqual(many.map((v) => v.name));
    expect(graph.queries.map((q) => Boolean(q.options?.$skipToken))).toEqual([false, true, true]);
    expect(graph.queries[0]).toMatchObject({ subscriptions: [SUB], options: { resultFormat: 'objectArray' } });
  });

  it("a VM named by the person: its subnet's 0.0.0.0/0 goes to the firewall, named", async () => {
    serveResourceGraph(fake, { resources: estate(), readable: [SUB] });
    const facts = await lookup().read(person, { subscriptionId: SUB, families: ALL, target: { name: 'VM-MAIL-01' } });
    expect(facts.found).toEqual({
      resource: 'virtualMachine',
      name: 'vm-mail-01',
      id: `/subscriptions/${SUB}/resourceGroups/mail/providers/Microsoft.Compute/virtualMachines/vm-mail-01`,
    });
    expect(facts.egress).toEqual([
      { subnet: 'vnet-apps/workload', via: 'firewall', routeTable: 'to-firewall', nextHopIp: '10.0.1.4', firewall: 'fw-hub' },
    ]);
    expect(facts.environment).toEqual({ aseV3: [], firewalls: ['fw-hub'] });
    expect(facts.failed).toEqual([]);
  });

  it('a VM by pasted resource id, with no route table and a public IP, goes straight to the internet', async () => {
    const vm = virtualMachine(SUB, 'mail', 'smtp1');
    const resources = [
      virtualNetwork(SUB, 'net', 'vnet-a', [{ name: 'default' }]),
      vm,
      networkInterface(
        vm,
        `${vnetId(SUB, 'vnet-a')}/subnets/default`,
        `/subscriptions/${SUB}/resourceGroups/mail/providers/Microsoft.Network/publicIPAddresses/smtp1-ip`,
      ),
    ];
    serveResourceGraph(fake, { resources, readable: [SUB] });
    const facts = await lookup().read(person, { subscriptionId: SUB, families: ['target'], target: { resourceId: vm.id } });
    expect(facts.egress).toEqual([{ subnet: 'vnet-a/default', via: 'publicIp' }]);
  });

  it("a scale set's subnets come from its model; a route to a non-firewall appliance is an appliance", async () => {
    const table = routeTable(SUB, 'net', 'nva', [{ prefix: '0.0.0.0/0', hop: 'VirtualAppliance', ip: '10.9.9.9' }]);
    const resources = [
      virtualNetwork(SUB, 'net', 'vnet-s', [{ name: 'pool', routeTable: table.id }]),
      table,
      scaleSet(SUB, 'aks', 'aks-nodepool1-vmss', `${vnetId(SUB, 'vnet-s')}/subnets/pool`),
    ];
    serveResourceGraph(fake, { resources, readable: [SUB] });
    const facts = await lookup().read(person, {
      subscriptionId: SUB,
      families: ['target'],
      target: { kind: 'vmScaleSet', name: 'aks-nodepool1-vmss' },
    });
    expect(facts.found?.resource).toBe('vmScaleSet');
    expect(facts.egress).toEqual([{ subnet: 'vnet-s/pool', via: 'virtualAppliance', routeTable: 'nva', nextHopIp: '10.9.9.9' }]);
  });

  it('a web app: its integration subnet and whether all traffic is routed through it; a function app and an ASE v3 app too', async () => {
    const ase = hostingEnvironment(SUB, 'web', 'ase-prod');
    const resources = [
      ...estate(),
      ase,
      webSite(SUB, 'web', 'orders-func', {
        kind: 'functionapp,linux',
        subnetId: `${vnetId(SUB, 'vnet-apps')}/subnets/app-integration`,
        allTraffic: false,
      }),
      webSite(SUB, 'web', 'ase-app', { aseId: ase.id }),
    ];
    serveResourceGraph(fake, { resources, readable: [SUB] });
    const web = await lookup().read(person, { subscriptionId: SUB, families: ['target'], target: { name: 'contoso-mailer' } });
    expect(web.found?.resource).toBe('appService');
    expect(web.site).toEqual({ subnet: 'vnet-apps/app-integration', routeAll: true, aseV3: undefined });
    const func = await lookup().read(person, { subscriptionId: SUB, families: ['target'], target: { name: 'orders-func' } });
    expect(func.found?.resource).toBe('functions');
    expect(func.site).toEqual({ subnet: 'vnet-apps/app-integration', routeAll: false, aseV3: undefined });
    const onAse = await lookup().read(person, { subscriptionId: SUB, families: ['target', 'environment'], target: { name: 'ase-app' } });
    expect(onAse.site).toEqual({ subnet: undefined, routeAll: false, aseV3: 'ase-prod' });
    expect(onAse.environment).toEqual({ aseV3: ['ase-prod'], firewalls: ['fw-hub'] });
  });

  it('a name Azure does not show the person is "not found"; a name that is no resource name is never sent', async () => {
    serveResourceGraph(fake, { resources: estate(), readable: [SUB] });
    const missing = await lookup().read(person, { subscriptionId: SUB, families: ['target'], target: { name: 'vm-nowhere' } });
    expect(missing).toEqual({ subscriptionId: SUB, failed: [], found: null });
    fake.seen.length = 0;
    const odd = await lookup().read(person, { subscriptionId: SUB, families: ['target'], target: { name: "x' or 1==1" } });
    expect(odd).toEqual({ subscriptionId: SUB, failed: [] });
    expect(fake.seen).toHaveLength(0);
  });

  it('403 for a subscription the person may not read: every family fails as forbidden, nothing is read', async () => {
    serveResourceGraph(fake, { resources: estate(), readable: [OTHER] });
    const facts = await lookup().read(person, { subscriptionId: SUB, families: ALL, target: { name: 'vm-mail-01' } });
    expect(facts.failed).toEqual(
      expect.arrayContaining([
        { family: 'delegatedSubnets', reason: 'forbidden' },
        { family: 'target', reason: 'forbidden' },
        { family: 'environment', reason: 'forbidden' },
      ]),
    );
    expect(facts.delegated).toBeUndefined();
    expect(facts.egress).toBeUndefined();
  });

  it('nothing is remembered: the next person, with no read rights, gets 403, not what the first one read', async () => {
    const client = lookup();
    serveResourceGraph(fake, { resources: estate(), readable: [SUB] });
    await expect(client.read(person, { subscriptionId: SUB, families: ['delegatedSubnets'] })).resolves.toMatchObject({
      delegated: [{ vnet: 'vnet-apps' }],
    });
    serveResourceGraph(fake, { resources: estate(), readable: [] });
    const other = await client.read(
      { userKey: 'webchat:guest', token: ARM_TOKEN },
      { subscriptionId: SUB, families: ['delegatedSubnets'] },
    );
    expect(other).toEqual({ subscriptionId: SUB, failed: [{ family: 'delegatedSubnets', reason: 'forbidden' }] });
  });

  it('429 whose quota resets inside the budget is waited for and retried', async () => {
    serveResourceGraph(fake, { resources: estate(), readable: [SUB], before: (n) => (n === 1 ? THROTTLED('00:00:00.3') : undefined) });
    const facts = await lookup().read(person, { subscriptionId: SUB, families: ['delegatedSubnets'] });
    expect(facts.delegated).toHaveLength(1);
    expect(fake.seen.filter((r) => r.path === RESOURCE_GRAPH)).toHaveLength(2);
  });

  it('429 whose quota resets past the budget fails at once as throttled', async () => {
    serveResourceGraph(fake, { resources: estate(), readable: [SUB], before: () => THROTTLED('00:00:30') });
    const facts = await lookup().read(person, { subscriptionId: SUB, families: ['delegatedSubnets'] });
    expect(facts.failed).toEqual([{ family: 'delegatedSubnets', reason: 'throttled' }]);
    expect(fake.seen.filter((r) => r.path === RESOURCE_GRAPH)).toHaveLength(1);
  });

  it('a hang ends at the budget as a timeout', async () => {
    serveResourceGraph(fake, { resources: estate(), readable: [SUB], before: () => 'hang' });
    const facts = await lookup({ budgetMs: 600 }).read(person, { subscriptionId: SUB, families: ['delegatedSubnets', 'environment'] });
    expect(facts.failed).toEqual(
      expect.arrayContaining([
        { family: 'delegatedSubnets', reason: 'timeout' },
        { family: 'environment', reason: 'timeout' },
      ]),
    );
  });

  it('malformed answers (bad JSON, rows of another shape) are failures, not facts', async () => {
    serveResourceGraph(fake, { resources: [], readable: [SUB], before: () => ({ status: 200, raw: '{"totalRecords": 1, "data": [' }) });
    const bad = await lookup().read(person, { subscriptionId: SUB, families: ['delegatedSubnets'] });
    expect(bad.failed).toEqual([{ family: 'delegatedSubnets', reason: 'malformed' }]);
    serveResourceGraph(fake, {
      resources: [],
      readable: [SUB],
      before: () => ({ status: 200, body: { totalRecords: 1, count: 1, resultTruncated: 'false', data: [{ vnet: 3 }] } }),
    });
    const odd = await lookup().read(person, { subscriptionId: SUB, families: ['delegatedSubnets'] });
    expect(odd.failed).toEqual([{ family: 'delegatedSubnets', reason: 'malformed' }]);
  });
});
