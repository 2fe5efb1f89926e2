/**
 * The network facts of a subscription as Azure Resource Graph describes them to the signed-in person
 * (D3, D4, S2, S3), as plain data: the shell reads them, the core turns them into triage facts.
 */
import type { ResourceChoice } from './reading';

/** One Resource Graph query each: the subscription's delegated subnets, the named resource, ASE v3 and firewalls. */
export type NetworkFamily = 'delegatedSubnets' | 'target' | 'environment';

/** Why a family could not be read; each gets one line and the question instead. */
export type NetworkFailure = 'forbidden' | 'throttled' | 'timeout' | 'malformed' | 'unavailable';

/** The resource the person named: its kind if they said it, and a name or a pasted resource id. */
export interface NetworkTarget {
  kind?: ResourceChoice | undefined;
  name?: string | undefined;
  resourceId?: string | undefined;
}

/** A virtual network with a delegated subnet (D3): where the temporary subnet goes. */
export interface DelegatedVnet {
  vnet: string;
  subnet: string;
  /** The delegation's service, e.g. Microsoft.Web/serverFarms. */
  service: string;
}

/**
 * Where a subnet's traffic to 0.0.0.0/0 goes (D4): through an appliance, a firewall or a gateway, or
 * straight to the internet (a route to Internet, a NAT gateway, a public IP, default outbound access).
 */
export type EgressVia =
  'virtualAppliance' | 'firewall' | 'gateway' | 'internetRoute' | 'natGateway' | 'publicIp' | 'defaultOutbound' | 'dropped';

export interface Egress {
  /** The subnet, as vnet/subnet. */
  subnet: string;
  via: EgressVia;
  routeTable?: string | undefined;
  nextHopIp?: string | undefined;
  /** The Azure Firewall whose private address is the next hop. */
  firewall?: string | undefined;
}

/** A named resource as Azure has it. */
export interface FoundResource {
  resource: ResourceChoice;
  name: string;
  id: string;
}

/** A web or function app's VNet integration (S2). */
export interface SiteNetwork {
  /** The integration subnet, as vnet/subnet; undefined = no VNet integration. */
  subnet?: string | undefined;
  /** All outbound traffic goes through the VNet (vnetRouteAllEnabled, or outboundVnetRouting.allTraffic). */
  routeAll: boolean;
  /** The App Service Environment v3 hosting it, if any. */
  aseV3?: string | undefined;
}

export interface NetworkFacts {
  subscriptionId: string;
  /** D3; undefined = not read. */
  delegated?: DelegatedVnet[] | undefined;
  /** The named resource; null = named but Azure shows the person no such resource. */
  found?: FoundResource | null | undefined;
  /** D4, one per subnet of the VM's NICs or the scale set's model. */
  egress?: Egress[] | undefined;
  /** S2, for a web or function app. */
  site?: SiteNetwork | undefined;
  /** S2, S3: the App Service Environments v3 and Azure Firewalls of the subscription, by name. */
  environment?: { aseV3: string[]; firewalls: string[] } | undefined;
  failed: { family: NetworkFamily; reason: NetworkFailure }[];
}
