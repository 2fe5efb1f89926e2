/**
 * Azure Resource Graph on the local fake ARM: POST /providers/Microsoft.ResourceGraph/resources with the
 * REST shapes of api-version 2024-04-01 (request {subscriptions, query, options:{$top,$skipToken,
 * resultFormat}}, answer {totalRecords, count, resultTruncated, $skipToken, data, facets}), paging with
 * an opaque $skipToken bound to its query, 403 when none of the subscriptions may be read, and 429 with
 * the quota headers. It holds ARM resources as JSON and answers the bot's queries over them; a query it
 * does not know gets the service's 400, so a changed query shows here.
 */
import type { Answer, FakeAzure } from './fakeArm';

export const RESOURCE_GRAPH = '/providers/Microsoft.ResourceGraph/resources';

export interface ArmResource {
  id: string;
  name: string;
  type: string;
  kind?: string;
  properties: Record<string, unknown>;
}

export interface GraphOptions {
  resources: ArmResource[];
  /** Subscriptions the person may read; the others' resources are never seen. */
  readable: string[];
  /** Rows per page at most (the service: 1000). */
  pageSize?: number;
  /** Answers instead of the query (429, 'hang', malformed), by the count of requests so far. */
  before?: (count: number) => Answer | 'hang' | undefined;
}

export const THROTTLED = (resetsAfter: string): Answer => ({
  status: 429,
  headers: { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': resetsAfter },
  body: { error: { code: 'RateLimiting', message: 'Client application has been throttled and should not attempt to repeat the request' } },
});

export const FORBIDDEN: Answer = {
  status: 403,
  body: { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization to perform action' } },
};

const rg = (sub: string, group: string) => `/subscriptions/${sub}/resourceGroups/${group}`;

export function virtualNetwork(
  sub: string,
  group: string,
  name: string,
  subnets: { name: string; delegation?: string; routeTable?: string; natGateway?: string }[],
): ArmResource {
  const id = `${rg(sub, group)}/providers/Microsoft.Network/virtualNetworks/${name}`;
  return {
    id,
    name,
    type: 'Microsoft.Network/virtualNetworks',
    properties: {
      subnets: subnets.map((s) => ({
        id: `${id}/subnets/${s.name}`,
        name: s.name,
        properties: {
          addressPrefix: '10.0.0.0/24',
          delegations: s.delegation ? [{ name: 'delegation', properties: { serviceName: s.delegation } }] : [],
          ...(s.routeTable ? { routeTable: { id: s.routeTable } } : {}),
          ...(s.natGateway ? { natGateway: { id: s.natGateway } } : {}),
        },
      })),
    },
  };
}

export function virtualMachine(sub: string, group: string, name: string): ArmResource {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.Compute/virtualMachines/${name}`,
    name,
    type: 'Microsoft.Compute/virtualMachines',
    properties: {
      networkProfile: { networkInterfaces: [{ id: `${rg(sub, group)}/providers/Microsoft.Network/networkInterfaces/${name}-nic` }] },
    },
  };
}

export function networkInterface(vm: ArmResource, subnetId: string, publicIp?: string): ArmResource {
  const id = `${vm.id.split('/providers/')[0]}/providers/Microsoft.Network/networkInterfaces/${vm.name}-nic`;
  return {
    id,
    name: `${vm.name}-nic`,
    type: 'Microsoft.Network/networkInterfaces',
    properties: {
      virtualMachine: { id: vm.id },
      ipConfigurations: [
        {
          id: `${id}/ipConfigurations/ipconfig1`,
          properties: { subnet: { id: subnetId }, ...(publicIp ? { publicIPAddress: { id: publicIp } } : {}) },
        },
      ],
    },
  };
}

export function scaleSet(sub: string, group: string, name: string, subnetId: string): ArmResource {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`,
    name,
    type: 'Microsoft.Compute/virtualMachineScaleSets',
    properties: {
      virtualMachineProfile: {
        networkProfile: {
          networkInterfaceConfigurations: [
            { name: 'nic', properties: { ipConfigurations: [{ name: 'ip', properties: { subnet: { id: subnetId } } }] } },
          ],
        },
      },
    },
  };
}

export function routeTable(sub: string, group: string, name: string, routes: { prefix: string; hop: string; ip?: string }[]): ArmResource {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.Network/routeTables/${name}`,
    name,
    type: 'Microsoft.Network/routeTables',
    properties: {
      routes: routes.map((r, i) => ({
        name: `route${i}`,
        properties: { addressPrefix: r.prefix, nextHopType: r.hop, ...(r.ip ? { nextHopIpAddress: r.ip } : {}) },
      })),
    },
  };
}

export function azureFirewall(sub: string, group: string, name: string, privateIp: string): ArmResource {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.Network/azureFirewalls/${name}`,
    name,
    type: 'Microsoft.Network/azureFirewalls',
    properties: { ipConfigurations: [{ name: 'ipconfig', properties: { privateIPAddress: privateIp } }] },
  };
}

export function hostingEnvironment(sub: string, group: string, name: string, kind = 'ASEV3'): ArmResource {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.Web/hostingEnvironments/${name}`,
    name,
    kind,
    type: 'Microsoft.Web/hostingEnvironments',
    properties: {},
  };
}

export function webSite(
  sub: string,
  group: string,
  name: string,
  options: { kind?: string; subnetId?: string; routeAll?: boolean; allTraffic?: boolean; aseId?: string } = {},
): ArmResource {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.Web/sites/${name}`,
    name,
    kind: options.kind ?? 'app',
    type: 'Microsoft.Web/sites',
    properties: {
      virtualNetworkSubnetId: options.subnetId ?? null,
      vnetRouteAllEnabled: options.routeAll ?? false,
      ...(options.allTraffic !== undefined ? { outboundVnetRouting: { allTraffic: options.allTraffic } } : {}),
      ...(options.aseId ? { hostingEnvironmentProfile: { id: options.aseId } } : {}),
      // As Resource Graph shows sites: siteConfig is not filled in.
      siteConfig: null,
    },
  };
}

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '');
const typeIs = (r: ArmResource, type: string) => r.type.toLowerCase() === type;
const subscriptionOf = (id: string) => id.split('/')[2]?.toLowerCase() ?? '';
type Row = Record<string, unknown>;

/** The parts of ARM's JSON these queries read. */
interface SubnetJson {
  id: string;
  name: string;
  properties?: {
    delegations?: { properties: { serviceName: string } }[];
    routeTable?: { id: string };
    natGateway?: { id: string };
    defaultOutboundAccess?: boolean;
  };
}
interface IpConfigJson {
  properties: { subnet: { id: string }; publicIPAddress?: { id: string }; publicIPAddressConfiguration?: unknown };
}
interface SiteJson {
  virtualNetworkSubnetId?: string | null;
  vnetRouteAllEnabled?: boolean;
  siteConfig?: { vnetRouteAllEnabled?: boolean } | null;
  outboundVnetRouting?: { allTraffic?: boolean };
  hostingEnvironmentProfile?: { id: string };
}
interface ScaleSetJson {
  virtualMachineProfile: { networkProfile: { networkInterfaceConfigurations: { properties: { ipConfigurations: IpConfigJson[] } }[] } };
}

const subnetsOf = (vnet: ArmResource) => (vnet.properties.subnets as SubnetJson[] | undefined) ?? [];
const pairOf = (ipc: IpConfigJson) => ({
  subnetId: lower(ipc.properties.subnet.id),
  publicIp: Boolean(ipc.properties.publicIPAddress?.id ?? ipc.properties.publicIPAddressConfiguration),
});

/** The subnets' route tables and NAT gateways, and the route tables' routes, as the egress queries join them. */
function egressRows(resources: ArmResource[], pairs: { subnetId: string; publicIp: boolean }[]): Row[] {
  const subnets = new Map<string, SubnetJson>();
  for (const vnet of resources.filter((r) => typeIs(r, 'microsoft.network/virtualnetworks'))) {
    for (const subnet of subnetsOf(vnet)) subnets.set(lower(subnet.id), subnet);
  }
  const tables = new Map(resources.filter((r) => typeIs(r, 'microsoft.network/routetables')).map((t) => [t.id.toLowerCase(), t]));
  return pairs.map(({ subnetId, publicIp }) => {
    const subnet = subnets.get(subnetId);
    const routeTableId = lower(subnet?.properties?.routeTable?.id);
    return {
      subnetId,
      publicIp,
      natGateway: subnet ? Boolean(subnet.properties?.natGateway?.id) : null,
      defaultOutbound: subnet ? String(subnet.properties?.defaultOutboundAccess ?? '') : null,
      routeTableId: subnet ? routeTableId : null,
      routes: tables.get(routeTableId)?.properties.routes ?? null,
    };
  });
}

/** The bot's queries, recognised by their text and answered over the resources the person may read. */
function evaluate(query: string, resources: ArmResource[]): Row[] | undefined {
  if (/mv-expand subnet = properties\.subnets\n\| where array_length\(subnet\.properties\.delegations\) > 0/.test(query)) {
    return resources
      .filter((r) => typeIs(r, 'microsoft.network/virtualnetworks'))
      .flatMap((vnet) =>
        subnetsOf(vnet)
          .filter((s) => (s.properties?.delegations?.length ?? 0) > 0)
          .map((s) => ({ vnet: vnet.name, subnet: s.name, service: s.properties!.delegations![0].properties.serviceName })),
      );
  }
  if (query.includes("type =~ 'microsoft.web/hostingenvironments' or type =~ 'microsoft.network/azurefirewalls'")) {
    return resources
      .filter((r) => typeIs(r, 'microsoft.web/hostingenvironments') || typeIs(r, 'microsoft.network/azurefirewalls'))
      .map((r) => ({
        type: r.type.toLowerCase(),
        name: r.name,
        kind: lower(r.kind),
        hubIp: '',
        ipConfigurations: r.properties.ipConfigurations ?? null,
      }));
  }
  const find = /\| where type in~ \(([^)]*)\) and (?:tolower\(id\) == '([^']*)'|name =~ '([^']*)')/.exec(query);
  if (find) {
    const types = [...find[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
    return resources
      .filter((r) => types.includes(r.type.toLowerCase()))
      .filter((r) => (find[2] !== undefined ? r.id.toLowerCase() === find[2] : r.name.toLowerCase() === find[3].toLowerCase()))
      .map((r) => ({ id: r.id, name: r.name, type: r.type.toLowerCase(), kind: lower(r.kind) }));
  }
  const vm = /networkinterfaces' and tolower\(tostring\(properties\.virtualMachine\.id\)\) == '([^']*)'/.exec(query);
  if (vm) {
    const pairs = resources
      .filter(
        (r) => typeIs(r, 'microsoft.network/networkinterfaces') && lower((r.properties.virtualMachine as { id?: string })?.id) === vm[1],
      )
      .flatMap((nic) => (nic.properties.ipConfigurations as IpConfigJson[]).map(pairOf));
    return egressRows(resources, pairs);
  }
  const vmss = /virtualmachinescalesets' and tolower\(id\) == '([^']*)'/.exec(query);
  if (vmss && query.includes('networkInterfaceConfigurations')) {
    const pairs = resources
      .filter((r) => r.id.toLowerCase() === vmss[1])
      .flatMap((s) => (s.properties as unknown as ScaleSetJson).virtualMachineProfile.networkProfile.networkInterfaceConfigurations)
      .flatMap((nic) => nic.properties.ipConfigurations.map(pairOf));
    return egressRows(resources, pairs);
  }
  const site = /microsoft\.web\/sites' and tolower\(id\) == '([^']*)'/.exec(query);
  if (site) {
    return resources
      .filter((r) => r.id.toLowerCase() === site[1])
      .map((r) => {
        const p = r.properties as SiteJson;
        return {
          subnetId: p.virtualNetworkSubnetId ?? '',
          routeAll: p.vnetRouteAllEnabled ?? p.siteConfig?.vnetRouteAllEnabled ?? false,
          allTraffic: p.outboundVnetRouting?.allTraffic ?? false,
          aseId: p.hostingEnvironmentProfile?.id ?? '',
        };
      });
  }
  return undefined;
}

interface QueryBody {
  subscriptions?: string[];
  query?: string;
  options?: { $top?: number; $skipToken?: string; resultFormat?: string };
}

const badRequest = (code: string, message: string): Answer => ({ status: 400, body: { error: { code, message } } });

/** Serves Resource Graph over these resources until the next reset; what it was asked is in `queries`. */
export function serveResourceGraph(fake: FakeAzure, options: GraphOptions): { queries: QueryBody[] } {
  const asked: QueryBody[] = [];
  const pageSize = options.pageSize ?? 1000;
  fake.routes.set(RESOURCE_GRAPH, (request, count, text) => {
    const early = options.before?.(count);
    if (early) return early;
    if (request.method !== 'POST') return { status: 405, body: { error: { code: 'MethodNotAllowed', message: 'POST only' } } };
    if (!new URL(request.url ?? '/', 'https://x').searchParams.get('api-version'))
      return badRequest('MissingApiVersionParameter', 'api-version');
    let body: QueryBody;
    try {
      body = JSON.parse(text) as QueryBody;
    } catch {
      return badRequest('InvalidRequestContent', 'The request content was invalid and could not be deserialized.');
    }
    asked.push(body);
    const query = body.query ?? '';
    if (body.options?.resultFormat && body.options.resultFormat !== 'objectArray')
      return badRequest('UnsupportedResultFormat', 'objectArray only here');
    const scopes = (body.subscriptions ?? [])
      .map((s) => s.toLowerCase())
      .filter((s) => options.readable.map((r) => r.toLowerCase()).includes(s));
    if (!scopes.length) return FORBIDDEN;
    const rows = evaluate(
      query,
      options.resources.filter((r) => scopes.includes(subscriptionOf(r.id))),
    );
    if (!rows)
      return badRequest(
        'InvalidQuery',
        'Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying.',
      );
    let offset = 0;
    if (body.options?.$skipToken) {
      const token = JSON.parse(Buffer.from(body.options.$skipToken, 'base64').toString()) as { offset: number; query: string };
      if (token.query !== query) return badRequest('InvalidSkipToken', 'The skip token does not belong to this query.');
      offset = token.offset;
    }
    const top = Math.min(body.options?.$top ?? pageSize, pageSize);
    const data = rows.slice(offset, offset + top);
    const next = offset + top < rows.length ? Buffer.from(JSON.stringify({ offset: offset + top, query })).toString('base64') : undefined;
    return {
      status: 200,
      headers: { 'x-ms-user-quota-remaining': '14', 'x-ms-user-quota-resets-after': '00:00:05' },
      body: {
        totalRecords: rows.length,
        count: data.length,
        resultTruncated: 'false',
        ...(next ? { $skipToken: next } : {}),
        data,
        facets: [],
      },
    };
  });
  return { queries: asked };
}
