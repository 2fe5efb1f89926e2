/** The network facts read from Azure, as lines: what Azure shows, what contradicts the person, what could not be read. */
import { format, type Catalog } from '../../src/locale';
import { listOf } from '../../src/locale/culture';
import { safeEcho } from '../../src/locale/markdown';
import {
  verifiedWithAzure,
  type DelegatedVnet,
  type NetworkFactName,
  type NetworkFacts,
  type NetworkFamily,
  type Say,
  type SessionFacts,
} from '../../src/triage';

type NetworkSay = Extract<Say, { kind: 'network' }>;

/** The order what could not be read is listed in; the environment alone is not worth a line (it decides nothing alone). */
const FAMILIES: NetworkFamily[] = ['delegatedSubnets', 'target', 'environment'];

/** A fact's value in words, as the summary and the conflict line say it. */
export type ValueText = (catalog: Catalog, fact: NetworkFactName, value: unknown) => string;

export function vnetsText(catalog: Catalog, delegated: DelegatedVnet[]): string {
  const items = delegated.map((d) =>
    format(catalog.network.delegatedItem, { vnet: safeEcho(d.vnet), subnet: safeEcho(d.subnet), service: safeEcho(d.service) }),
  );
  return listOf(catalog.culture, items);
}

function resourceLabel(catalog: Catalog, resource: string): string {
  return (catalog.questions.resource.options as Record<string, { label: string } | undefined>)[resource]?.label ?? resource;
}

/** What the facts read say, in the order the rules come: the resource, S2, D3, D4, then what could not be read. */
export function networkLines(catalog: Catalog, say: NetworkSay, valueText: ValueText): string[] {
  const n = catalog.network;
  const facts: NetworkFacts = say.facts;
  const lines: string[] = [];
  const named = facts.found?.name;
  if (facts.found)
    lines.push(format(n.found, { name: safeEcho(facts.found.name), resource: resourceLabel(catalog, facts.found.resource) }));
  if (facts.site && named) {
    const params = { name: safeEcho(named), subnet: safeEcho(facts.site.subnet ?? ''), ase: safeEcho(facts.site.aseV3 ?? '') };
    const template = facts.site.aseV3
      ? n.siteAse
      : !facts.site.subnet
        ? n.siteNoVnet
        : facts.site.routeAll
          ? n.siteRouteAll
          : n.sitePrivateOnly;
    lines.push(format(template, params));
  }
  if (facts.environment && say.resource === 'azureFirewall' && !facts.environment.firewalls.length) lines.push(n.noFirewall);
  if (facts.environment && say.resource === 'appServiceEnvironmentV3' && !facts.environment.aseV3.length) lines.push(n.noAse);
  if (say.verified.some((v) => v.fact === 'delegatedSubnet') || say.conflicts.some((c) => c.fact === 'delegatedSubnet')) {
    lines.push(facts.delegated?.length ? format(n.delegated, { vnets: vnetsText(catalog, facts.delegated) }) : n.noDelegated);
  }
  for (const e of facts.egress ?? []) {
    lines.push(
      format(n.egress[e.via], {
        subnet: safeEcho(e.subnet),
        firewall: safeEcho(e.firewall ?? ''),
        ip: safeEcho(e.nextHopIp ?? ''),
        routeTable: safeEcho(e.routeTable ?? ''),
      }),
    );
  }
  for (const c of say.conflicts) {
    lines.push(
      format(n.conflict, {
        fact: catalog.talk.factNames[c.fact],
        told: valueText(catalog, c.fact, c.told),
        azure: valueText(catalog, c.fact, c.azure),
      }),
    );
  }
  if (facts.found === null && say.target?.name) lines.push(format(n.notFound, { name: safeEcho(say.target.name) }));
  const failed = FAMILIES.flatMap((family) => facts.failed.filter((f) => f.family === family)).filter(
    (f) => f.family !== 'environment' || facts.failed.length > 1,
  );
  if (failed.length) {
    const what = listOf(
      catalog.culture,
      failed.map((f) => format(n.families[f.family], { name: safeEcho(say.target?.name ?? '') })),
    );
    lines.push(format(failed.some((f) => f.reason === 'forbidden') ? n.failedForbidden : n.failedOther, { what }));
  }
  return lines;
}

const FACTS: NetworkFactName[] = ['resource', 'vnetIntegration', 'delegatedSubnet', 'routedDirectlyToInternet'];

/** Under the verdict: the facts it rests on that Azure verified, read as the person. */
export function verifiedNote(catalog: Catalog, known: SessionFacts, valueText: ValueText): string | undefined {
  const verified = FACTS.filter((f) => verifiedWithAzure(known, f));
  if (!verified.length) return undefined;
  const facts = verified.map((f) => `${catalog.talk.factNames[f]}: ${valueText(catalog, f, known.network!.azure[f])}`);
  return format(catalog.network.verifiedNote, { facts: listOf(catalog.culture, facts) });
}

/** The D3 step with the VNets Azure showed, when it showed any. */
export function temporarySubnetStep(catalog: Catalog, known: SessionFacts): string | undefined {
  const delegated = known.network?.read.delegated;
  return delegated?.length ? format(catalog.network.temporarySubnetIn, { vnets: vnetsText(catalog, delegated) }) : undefined;
}
