/**
 * The network facts in the triage: which resource the person named (by name or pasted resource id),
 * what to read from Azure for it, and what the facts read mean for D3, D4 and S2. A fact Azure states
 * fills an open question; one that contradicts what the person said is shown beside it and asked.
 */
import { currentValue } from './facts';
import type { EgressVia, NetworkFacts, NetworkFamily, NetworkTarget } from './network';
import type { QuestionId } from './questions';
import type { ResourceChoice } from './reading';
import type { SessionFacts } from './session';

/** The triage facts Azure's network can state. */
export type NetworkFactName = 'resource' | 'vnetIntegration' | 'delegatedSubnet' | 'routedDirectlyToInternet';

export type AzureValues = Partial<{
  resource: ResourceChoice;
  vnetIntegration: boolean;
  delegatedSubnet: boolean;
  routedDirectlyToInternet: boolean;
}>;

/** What the session keeps of the network read: the facts, what was asked of Azure, and what Azure states. */
export interface NetworkKnown {
  read: NetworkFacts;
  asked: NetworkFamily[];
  /** The named resource the target family was asked for. */
  targetKey?: string | undefined;
  azure: AzureValues;
}

export interface NetworkRequest {
  subscriptionId: string;
  families: NetworkFamily[];
  target?: NetworkTarget | undefined;
}

const TYPES: Record<string, ResourceChoice> = {
  'microsoft.compute/virtualmachines': 'virtualMachine',
  'microsoft.compute/virtualmachinescalesets': 'vmScaleSet',
  'microsoft.web/sites': 'appService',
  'microsoft.web/hostingenvironments': 'appServiceEnvironmentV3',
  'microsoft.network/azurefirewalls': 'azureFirewall',
};

/** An ARM type (and kind, for sites) as the resource the triage knows; undefined for other types. */
export function kindOfType(type: string, kind = ''): ResourceChoice | undefined {
  const resource = TYPES[type.toLowerCase()];
  return resource === 'appService' && kind.toLowerCase().includes('functionapp') ? 'functions' : resource;
}

const RESOURCE_ID =
  /\/subscriptions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/resourcegroups\/[A-Za-z0-9._()-]+\/providers\/(microsoft\.[a-z]+\/[a-z]+)\/([A-Za-z0-9][A-Za-z0-9._-]{0,79})(?![A-Za-z0-9._/-])/i;

/** The words before a name that say which kind of resource it is. */
const KIND_WORDS: [RegExp, ResourceChoice | undefined][] = [
  [/^(?:vmss|scale ?set|virtual machine scale set|スケール ?セット)$/i, 'vmScaleSet'],
  [/^(?:vm|virtual machine|仮想マシン)$/i, 'virtualMachine'],
  [/^(?:function ?app|functions? app|関数アプリ)$/i, 'functions'],
  [/^(?:web ?app|app service|web アプリ)$/i, 'appService'],
  [/^(?:firewall|azure firewall|ファイアウォール)$/i, 'azureFirewall'],
  [/^(?:app|アプリ)$/i, undefined],
];

/** A kind word (whole, not inside "application"), maybe "named", then the name, maybe quoted. */
const NAMED =
  /(?<![A-Za-z])(vmss|virtual machine scale set|scale ?set|スケール ?セット|virtual machine|vm|仮想マシン|function ?app|functions? app|関数アプリ|web ?app|app service|web アプリ|azure firewall|firewall|ファイアウォール|app|アプリ)(?![A-Za-z])(?:\s+(named|called|is))?\s*[「『"'`]?([A-Za-z0-9][A-Za-z0-9._-]{1,79})([」』"'`]?)/gi;

/** A name as people write resource names: with a digit, '-', '_' or '.', unless it was quoted or "named". */
function nameLike(name: string, marked: boolean): boolean {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(name)) return false;
  return marked || /[0-9._-]/.test(name);
}

/** The resource a message names: a pasted resource id, or a kind word and a name ("the VM vm-mail-01"). */
export function namedResource(text: string): NetworkTarget | undefined {
  const id = RESOURCE_ID.exec(text);
  if (id) {
    const kind = kindOfType(id[2]);
    if (kind) return { kind, resourceId: id[0], name: id[3] };
  }
  for (const match of text.matchAll(NAMED)) {
    const [, word, marker, name, quote] = match;
    const marked = Boolean(quote) || (marker !== undefined && marker.toLowerCase() !== 'is');
    if (!nameLike(name.replace(/[.]+$/, ''), marked)) continue;
    const kind = KIND_WORDS.find(([re]) => re.test(word.replace(/\s+/g, ' ')))?.[1];
    return { kind, name: name.replace(/[.]+$/, '') };
  }
  return undefined;
}

/** The message as the reader should take it: a pasted resource id stands for its subscription id only (its path's words are no answer). */
export function withoutResourceId(text: string, target: NetworkTarget | undefined): string {
  const id = target?.resourceId;
  return id ? text.replace(id, ` ${id.split('/')[2]} `) : text;
}

function targetKey(target: NetworkTarget | undefined): string | undefined {
  return target && (target.resourceId ?? target.name)?.toLowerCase();
}

/**
 * What to read from Azure now, or nothing: needs a subscription verified with Azure. The families are
 * marked asked here, before any I/O, so a failed read is not tried again every turn.
 */
export function networkRequest(facts: SessionFacts): NetworkRequest | undefined {
  const subscriptionId = facts.azure?.subscriptionId;
  if (!subscriptionId) return undefined;
  const known: NetworkKnown =
    facts.network?.read.subscriptionId === subscriptionId ? facts.network : { read: { subscriptionId, failed: [] }, asked: [], azure: {} };
  const families: NetworkFamily[] = (['delegatedSubnets', 'environment'] as const).filter((f) => !known.asked.includes(f));
  const key = targetKey(facts.target);
  if (key && key !== known.targetKey) {
    families.push('target');
    // The firewalls' addresses name the firewall a route goes to.
    if (!families.includes('environment')) families.push('environment');
    known.targetKey = key;
  }
  if (!families.length) return undefined;
  known.asked = [...new Set([...known.asked, ...families])];
  facts.network = known;
  return { subscriptionId, families, ...(families.includes('target') ? { target: facts.target } : {}) };
}

const DIRECT: Record<EgressVia, boolean | undefined> = {
  internetRoute: true,
  natGateway: true,
  publicIp: true,
  defaultOutbound: true,
  virtualAppliance: false,
  firewall: false,
  gateway: false,
  dropped: undefined,
};

/** What the facts read state about the triage's facts; nothing where they disagree among themselves. */
export function azureValues(read: NetworkFacts): AzureValues {
  const values: AzureValues = {};
  if (read.delegated) values.delegatedSubnet = read.delegated.length > 0;
  const found = read.found;
  if (!found) return values;
  const web = found.resource === 'appService' || found.resource === 'functions';
  values.resource = web && read.site?.aseV3 ? 'appServiceEnvironmentV3' : found.resource;
  if (web && read.site && !read.site.aseV3) values.vnetIntegration = Boolean(read.site.subnet) && read.site.routeAll;
  if ((found.resource === 'virtualMachine' || found.resource === 'vmScaleSet') && read.egress?.length) {
    const direct = new Set(read.egress.map((e) => DIRECT[e.via]));
    if (direct.size === 1 && !direct.has(undefined)) values.routedDirectlyToInternet = [...direct][0];
  }
  return values;
}

export const NETWORK_QUESTION: Record<NetworkFactName, QuestionId> = {
  resource: 'resource',
  vnetIntegration: 'vnetIntegration',
  delegatedSubnet: 'delegatedSubnet',
  routedDirectlyToInternet: 'routedDirectlyToInternet',
};

export interface NetworkApplied {
  verified: { fact: NetworkFactName; value: unknown }[];
  conflicts: { fact: NetworkFactName; told: unknown; azure: unknown }[];
}

/** The facts read into the session: open or Azure-given facts take Azure's value; a told fact that differs is kept and reported. */
export function applyNetwork(facts: SessionFacts, read: NetworkFacts): NetworkApplied {
  const known: NetworkKnown =
    facts.network?.read.subscriptionId === read.subscriptionId
      ? facts.network
      : { read: { subscriptionId: read.subscriptionId, failed: [] }, asked: [], azure: {} };
  const targetRead = read.found !== undefined || read.failed.some((f) => f.family === 'target');
  const merged: NetworkFacts = {
    ...known.read,
    ...(targetRead ? { found: undefined, egress: undefined, site: undefined } : {}),
    ...Object.fromEntries(Object.entries(read).filter(([, v]) => v !== undefined)),
    failed: read.failed,
  };
  const before = known.azure;
  const values = azureValues(merged);
  facts.network = { ...known, read: merged, azure: { ...before, ...values } };
  const applied: NetworkApplied = { verified: [], conflicts: [] };
  for (const [fact, value] of Object.entries(values) as [NetworkFactName, unknown][]) {
    const current = currentValue(facts, fact);
    const fromAzure = current === before[fact] || (fact === 'resource' && facts.resource?.source === 'azure');
    if (current !== undefined && current !== null && current !== value && !fromAzure) {
      applied.conflicts.push({ fact, told: current, azure: value });
      continue;
    }
    if (fact === 'resource') facts.resource = { value: value as ResourceChoice, source: 'azure' };
    else if (fact === 'vnetIntegration') facts.vnetIntegration = { value: value as boolean, source: 'azure' };
    else facts.clarified[fact] = value as boolean;
    applied.verified.push({ fact, value });
  }
  return applied;
}

/** Whether a fact's current value is the one Azure stated (for "verified with Azure"). */
export function verifiedWithAzure(facts: SessionFacts, fact: NetworkFactName): boolean {
  const azure = facts.network?.azure[fact];
  return azure !== undefined && currentValue(facts, fact) === azure;
}
