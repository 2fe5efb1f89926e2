/**
 * The Resource Graph queries of the network facts (KQL, one per fact family and resource kind), the
 * shape of their rows, and what the rows mean. docs/azure.md quotes these queries.
 */
import { z } from 'zod';
import type { DelegatedVnet, Egress, FoundResource, SiteNetwork, NetworkTarget } from '../triage';
import { kindOfType } from '../triage';
import type { ResourceChoice } from '../triage';

/** Azure resource names of the kinds read here: letters, digits, '.', '_', '-' (a name is quoted, never spliced raw). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export function isResourceName(name: string): boolean {
  return NAME.test(name);
}

/** A KQL string literal; names are checked above, ids are lower-cased ARM paths, so this only guards. */
function kql(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export const DELEGATED_SUBNETS = `resources
| where type =~ 'microsoft.network/virtualnetworks'
| mv-expand subnet = properties.subnets
| where array_length(subnet.properties.delegations) > 0
| project vnet = name, subnet = tostring(subnet.name), service = tostring(subnet.properties.delegations[0].properties.serviceName)
| order by vnet asc, subnet asc`;

export const ENVIRONMENT = `resources
| where type =~ 'microsoft.web/hostingenvironments' or type =~ 'microsoft.network/azurefirewalls'
| project type = tolower(type), name, kind = tolower(kind),
    hubIp = tostring(properties.hubIPAddresses.privateIPAddress), ipConfigurations = properties.ipConfigurations
| order by name asc`;

const TYPE_OF: Partial<Record<ResourceChoice, string>> = {
  virtualMachine: 'microsoft.compute/virtualmachines',
  vmScaleSet: 'microsoft.compute/virtualmachinescalesets',
  appService: 'microsoft.web/sites',
  functions: 'microsoft.web/sites',
  appServiceEnvironmentV3: 'microsoft.web/hostingenvironments',
  azureFirewall: 'microsoft.network/azurefirewalls',
};

/** The named resource among the kinds read here, by id, or by name (and kind if the person said it). */
export function findQuery(target: NetworkTarget): string {
  const types = target.kind && TYPE_OF[target.kind] ? [TYPE_OF[target.kind]!] : [...new Set(Object.values(TYPE_OF))];
  const which = target.resourceId ? `tolower(id) == ${kql(target.resourceId.toLowerCase())}` : `name =~ ${kql(target.name ?? '')}`;
  return `resources
| where type in~ (${types.map(kql).join(', ')}) and ${which}
| project id, name, type = tolower(type), kind = tolower(kind)
| order by id asc`;
}

/** Each subnet's route table and NAT gateway, joined by the lower-cased subnet id. */
const SUBNETS = `resources
    | where type =~ 'microsoft.network/virtualnetworks'
    | mv-expand subnet = properties.subnets
    | project subnetId = tolower(tostring(subnet.id)), routeTableId = tolower(tostring(subnet.properties.routeTable.id)),
        natGateway = isnotempty(tostring(subnet.properties.natGateway.id)), defaultOutbound = tostring(subnet.properties.defaultOutboundAccess)`;

const ROUTE_TABLES = `resources
    | where type =~ 'microsoft.network/routetables'
    | project routeTableId = tolower(id), routes = properties.routes`;

const EGRESS_COLUMNS = '| project subnetId, publicIp, natGateway, defaultOutbound, routeTableId, routes';

/** D4 for a VM: its NICs' subnets, their route tables and whether a NIC has a public IP. */
export function vmEgressQuery(vmId: string): string {
  return `resources
| where type =~ 'microsoft.network/networkinterfaces' and tolower(tostring(properties.virtualMachine.id)) == ${kql(vmId.toLowerCase())}
| mv-expand ipc = properties.ipConfigurations
| project subnetId = tolower(tostring(ipc.properties.subnet.id)), publicIp = isnotempty(tostring(ipc.properties.publicIPAddress.id))
| join kind=leftouter (${SUBNETS}) on subnetId
| join kind=leftouter (${ROUTE_TABLES}) on routeTableId
${EGRESS_COLUMNS}`;
}

/** D4 for a scale set: the subnets of its model's NIC configurations (uniform instances have no NIC resources). */
export function scaleSetEgressQuery(scaleSetId: string): string {
  return `resources
| where type =~ 'microsoft.compute/virtualmachinescalesets' and tolower(id) == ${kql(scaleSetId.toLowerCase())}
| mv-expand nic = properties.virtualMachineProfile.networkProfile.networkInterfaceConfigurations
| mv-expand ipc = nic.properties.ipConfigurations
| project subnetId = tolower(tostring(ipc.properties.subnet.id)), publicIp = isnotempty(ipc.properties.publicIPAddressConfiguration)
| join kind=leftouter (${SUBNETS}) on subnetId
| join kind=leftouter (${ROUTE_TABLES}) on routeTableId
${EGRESS_COLUMNS}`;
}

/** S2 for a web or function app: its integration subnet, whether all traffic is routed through it, its ASE. */
export function siteQuery(siteId: string): string {
  return `resources
| where type =~ 'microsoft.web/sites' and tolower(id) == ${kql(siteId.toLowerCase())}
| project subnetId = tostring(properties.virtualNetworkSubnetId),
    routeAll = tobool(coalesce(properties.vnetRouteAllEnabled, properties.siteConfig.vnetRouteAllEnabled, false)),
    allTraffic = tobool(coalesce(properties.outboundVnetRouting.allTraffic, false)),
    aseId = tostring(properties.hostingEnvironmentProfile.id)`;
}

export const delegatedRow = z.object({ vnet: z.string(), subnet: z.string(), service: z.string() });
export const environmentRow = z.object({
  type: z.string(),
  name: z.string(),
  kind: z.string().nullish(),
  hubIp: z.string().nullish(),
  ipConfigurations: z.array(z.object({ properties: z.object({ privateIPAddress: z.string().nullish() }).nullish() })).nullish(),
});
export const foundRow = z.object({ id: z.string(), name: z.string(), type: z.string(), kind: z.string().nullish() });
const route = z.object({
  properties: z.object({ addressPrefix: z.string().nullish(), nextHopType: z.string().nullish(), nextHopIpAddress: z.string().nullish() }),
});
export const egressRow = z.object({
  subnetId: z.string(),
  publicIp: z.boolean().nullish(),
  natGateway: z.boolean().nullish(),
  defaultOutbound: z.string().nullish(),
  routeTableId: z.string().nullish(),
  routes: z.array(route).nullish(),
});
export const siteRow = z.object({
  subnetId: z.string().nullish(),
  routeAll: z.boolean().nullish(),
  allTraffic: z.boolean().nullish(),
  aseId: z.string().nullish(),
});

/** The last segment of an ARM id. */
function lastName(id: string): string {
  return id.split('/').filter(Boolean).pop() ?? id;
}

/** A subnet id as vnet/subnet. */
export function subnetName(subnetId: string): string {
  const match = /\/virtualnetworks\/([^/]+)\/subnets\/([^/]+)/i.exec(subnetId);
  return match ? `${match[1]}/${match[2]}` : lastName(subnetId);
}

export function delegatedVnets(rows: z.infer<typeof delegatedRow>[]): DelegatedVnet[] {
  return rows.map((r) => ({ vnet: r.vnet, subnet: r.subnet, service: r.service }));
}

export function found(row: z.infer<typeof foundRow>): FoundResource | undefined {
  const resource = kindOfType(row.type, row.kind ?? '');
  return resource && { resource, name: row.name, id: row.id };
}

/** The firewalls' private addresses, to recognise a route whose next hop is one of them. */
export function firewallAddresses(rows: z.infer<typeof environmentRow>[]): Map<string, string> {
  const addresses = new Map<string, string>();
  for (const row of rows.filter((r) => r.type === 'microsoft.network/azurefirewalls')) {
    const ips = [row.hubIp, ...(row.ipConfigurations ?? []).map((c) => c.properties?.privateIPAddress)];
    for (const ip of ips) if (ip) addresses.set(ip, row.name);
  }
  return addresses;
}

export function environment(rows: z.infer<typeof environmentRow>[]): { aseV3: string[]; firewalls: string[] } {
  return {
    aseV3: rows.filter((r) => r.type === 'microsoft.web/hostingenvironments' && r.kind === 'asev3').map((r) => r.name),
    firewalls: rows.filter((r) => r.type === 'microsoft.network/azurefirewalls').map((r) => r.name),
  };
}

/**
 * Where 0.0.0.0/0 goes from one subnet. A user route decides first (the longest prefix: only /0 is the
 * default route); without one, the system route sends it to the internet, through the NAT gateway, the
 * NIC's public IP, or default outbound access, in that order of precedence.
 */
export function egress(row: z.infer<typeof egressRow>, firewalls: Map<string, string>): Egress {
  const subnet = subnetName(row.subnetId);
  const routeTable = row.routeTableId ? lastName(row.routeTableId) : undefined;
  const fallback = row.natGateway
    ? 'natGateway'
    : row.publicIp
      ? 'publicIp'
      : row.defaultOutbound === 'false'
        ? 'dropped'
        : 'defaultOutbound';
  const defaultRoute = (row.routes ?? []).find((r) => r.properties.addressPrefix === '0.0.0.0/0');
  const hop = defaultRoute?.properties.nextHopType?.toLowerCase();
  if (!defaultRoute || !hop) return { subnet, via: fallback, routeTable };
  if (hop === 'virtualappliance') {
    const nextHopIp = defaultRoute.properties.nextHopIpAddress ?? undefined;
    const firewall = nextHopIp ? firewalls.get(nextHopIp) : undefined;
    return { subnet, via: firewall ? 'firewall' : 'virtualAppliance', routeTable, nextHopIp, firewall };
  }
  if (hop === 'virtualnetworkgateway') return { subnet, via: 'gateway', routeTable };
  if (hop === 'internet') return { subnet, via: fallback === 'dropped' ? 'internetRoute' : fallback, routeTable };
  return { subnet, via: 'dropped', routeTable };
}

export function siteNetwork(row: z.infer<typeof siteRow>, aseV3: string[] | undefined): SiteNetwork {
  const ase = row.aseId ? lastName(row.aseId) : undefined;
  return {
    subnet: row.subnetId ? subnetName(row.subnetId) : undefined,
    routeAll: Boolean(row.routeAll || row.allTraffic),
    // An app on an ASE whose kind the environment query did not show as v3 is not counted as one.
    aseV3: ase && (aseV3 === undefined || aseV3.includes(ase)) ? ase : undefined,
  };
}
