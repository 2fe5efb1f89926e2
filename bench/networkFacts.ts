/**
 * Questions asked with and without the network facts, over the team's scripted people
 * (test/triage/people/), each signing in by pasting their resource's id; and how long the Resource
 * Graph lookup takes per turn that runs it (the real clients against the local HTTPS fake ARM).
 * `npm run bench:network`. Each person's Azure estate is built from what is true of them; a fact
 * they do not know is set the way most estates have it (direct egress, no delegated subnet).
 */
import { performance } from 'node:perf_hooks';
import { AzureNetworkLookup } from '../src/azure/networkLookup';
import { CATALOGS } from '../src/locale';
import { createLogger } from '../src/logger';
import type { SubscriptionKind } from '../src/policy/types';
import { optionFor, QUESTIONS, type QuestionId } from '../src/triage/questions';
import type { ResourceChoice } from '../src/triage/reading';
import { step, type AzureOutcome, type Input, type Step, type StepOptions } from '../src/triage/step';
import { ARM_TOKEN, settingsFor, startFakeAzure } from '../test/azure/fakeArm';
import {
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
} from '../test/azure/fakeResourceGraph';
import { ADMINS } from '../test/triage/people/admins';
import { PEOPLE as SCRIPTED, type Person } from '../test/triage/people/people';

const PEOPLE = [...SCRIPTED, ...ADMINS];

type Mode = 'told' | 'subscription' | 'network';
const MAX_TURNS = 14;

const subscriptionOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** The person's estate as Azure holds it, and the id of the resource that sends the mail. */
function estate(person: Person, sub: string): { resources: ArmResource[]; id: string } {
  const t = person.truth;
  const vnetId = `/subscriptions/${sub}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/vnet-main`;
  const table = routeTable(sub, 'net', 'to-firewall', [{ prefix: '0.0.0.0/0', hop: 'VirtualAppliance', ip: '10.0.1.4' }]);
  const integrated = (t.resource === 'appService' || t.resource === 'functions') && t.vnetIntegration === true;
  const resources: ArmResource[] = [
    virtualNetwork(sub, 'net', 'vnet-main', [
      { name: 'workload', ...(t.routedDirectlyToInternet === false ? { routeTable: table.id } : {}) },
      ...(t.delegatedSubnet || integrated ? [{ name: 'delegated', delegation: 'Microsoft.Web/serverFarms' }] : []),
    ]),
    table,
    azureFirewall(sub, 'net', 'fw-hub', '10.0.1.4'),
  ];
  const subnet = `${vnetId}/subnets/workload`;
  const resource: ResourceChoice = t.resource ?? 'otherPaas';
  let target: ArmResource;
  if (resource === 'virtualMachine') {
    target = virtualMachine(sub, 'app', 'vm-mail');
    const publicIp = `/subscriptions/${sub}/resourceGroups/app/providers/Microsoft.Network/publicIPAddresses/vm-mail-ip`;
    resources.push(networkInterface(target, subnet, publicIp));
  } else if (resource === 'vmScaleSet') target = scaleSet(sub, 'app', 'vmss-mail', subnet);
  else if (resource === 'appService' || resource === 'functions')
    target = webSite(sub, 'app', 'app-mail', {
      kind: resource === 'functions' ? 'functionapp' : 'app',
      ...(integrated ? { subnetId: `${vnetId}/subnets/delegated`, routeAll: true } : {}),
    });
  else if (resource === 'appServiceEnvironmentV3') target = hostingEnvironment(sub, 'app', 'ase-mail');
  else if (resource === 'azureFirewall') target = azureFirewall(sub, 'app', 'fw-mail', '10.9.0.4');
  else
    target = {
      id: `/subscriptions/${sub}/resourceGroups/app/providers/Microsoft.Logic/workflows/mailer`,
      name: 'mailer',
      type: 'Microsoft.Logic/workflows',
      properties: {},
    };
  resources.push(target);
  return { resources, id: target.id };
}

/** Azure's answer for the subscription, as the billing property would settle it; one the person never named is Pay-As-You-Go. */
function verified(person: Person, sub: string): AzureOutcome {
  const said = person.truth.subscription ?? 'payAsYouGo';
  const kinds: SubscriptionKind[] =
    said === 'mca' ? ['mcaEnterprise', 'payAsYouGo'] : said === 'devTest' ? ['enterpriseDevTest', 'payAsYouGo'] : [said];
  return { kind: 'verified', subscription: { subscriptionId: sub, displayName: 'Bench', state: 'Enabled', kinds }, knownQuotaId: true };
}

/** The person's own words for a question, or the option that is true of them, or "not sure". */
function reply(person: Person, asking: string | undefined): string | undefined {
  const yes = person.locale === 'ja' ? 'はい' : 'yes';
  if (asking === 'confirm') return yes;
  if (asking === 'subscriptionGroup') return person.answers.subscription ?? '1';
  if (!asking) return undefined;
  const key = asking === 'mcaKind' || asking === 'devTestKind' ? 'subscription' : asking;
  const own = person.answers[key as keyof Person['answers']];
  if (own) return own;
  const question = asking as QuestionId;
  const options = CATALOGS[person.locale].questions[question].options as Record<string, { label: string }>;
  const option = optionFor(question, (person.truth as Record<string, unknown>)[QUESTIONS[question].fact]) ?? 'unsure';
  return options[option]?.label;
}

interface Run {
  questions: number;
  rules: string;
  problem?: string;
}

const lookupTimes: number[] = [];

async function converse(
  person: Person,
  i: number,
  mode: Mode,
  network: AzureNetworkLookup,
  serve: (r: ArmResource[], sub: string) => void,
): Promise<Run> {
  const sub = subscriptionOf(i);
  const { resources, id } = estate(person, sub);
  serve(resources, sub);
  const options: StepOptions = { lookup: mode !== 'told', network: mode === 'network' };
  const user = { userKey: `bench:${person.name}`, token: ARM_TOKEN };
  /** One message and what the shell does for its effects, as the dialogs would. */
  const turn = async (session: Step['session'] | undefined, input: Input): Promise<Step> => {
    let out = step(session, input, options);
    const says = [...out.say];
    for (let hops = 0; hops < 4; hops++) {
      const effect = out.effects.find((e) => e.kind === 'lookup' || e.kind === 'network');
      if (!effect) break;
      let next: Input;
      if (effect.kind === 'network') {
        const started = performance.now();
        const facts = await network.read(user, effect.request);
        lookupTimes.push(performance.now() - started);
        next = { kind: 'network', facts };
      } else next = { kind: 'azure', outcome: verified(person, sub) };
      out = step(out.session, next, options);
      says.push(...out.say);
    }
    return { ...out, say: says };
  };
  let current = await turn(undefined, { kind: 'message', text: person.opening, locale: person.locale });
  let questions = 0;
  let signedIn = mode === 'told';
  for (let turns = 1; turns <= MAX_TURNS; turns++) {
    const verdict = current.say.find((s) => s.kind === 'verdict');
    if (verdict?.kind === 'verdict') return { questions, rules: verdict.result.verdict!.rules.join(' ') };
    if (current.effects.some((e) => e.kind === 'handoff')) return { questions, rules: '', problem: 'handed to a person' };
    // Signing in is pasting the resource's id, once, instead of the first answer.
    const text = signedIn ? reply(person, current.session.asking) : id;
    if (!signedIn) signedIn = true;
    else questions++;
    if (text === undefined) return { questions, rules: '', problem: `no answer to ${String(current.session.asking)}` };
    current = await turn(current.session, { kind: 'message', text, locale: current.session.locale });
  }
  return { questions, rules: '', problem: 'no verdict' };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const fake = await startFakeAzure();
  const settings = settingsFor(fake, { budgetMs: 5000, maxRetries: 2, retryDelayMs: 300 });
  const network = new AzureNetworkLookup(settings, createLogger('silent'));
  const serve = (resources: ArmResource[], sub: string) => serveResourceGraph(fake, { resources, readable: [sub] });
  const modes: Mode[] = ['told', 'subscription', 'network'];
  const totals: Record<Mode, number> = { told: 0, subscription: 0, network: 0 };
  const rows: string[] = [];
  let changed = 0;
  let problems = 0;
  for (const [i, person] of PEOPLE.entries()) {
    const runs = {} as Record<Mode, Run>;
    for (const mode of modes) runs[mode] = await converse(person, i, mode, network, serve);
    for (const mode of modes) totals[mode] += runs[mode].questions;
    if (runs.network.rules !== runs.subscription.rules) changed++;
    const problem = modes.map((m) => runs[m].problem && `${m}: ${runs[m].problem}`).filter(Boolean);
    problems += problem.length;
    rows.push(
      `${person.name.padEnd(44)} ${String(runs.told.questions).padStart(5)} ${String(runs.subscription.questions).padStart(9)} ${String(runs.network.questions).padStart(9)}  ${runs.network.rules}${runs.network.rules !== runs.subscription.rules ? ` (without: ${runs.subscription.rules})` : ''}${problem.length ? `  ! ${problem.join('; ')}` : ''}`,
    );
  }
  console.log(
    `${'person'.padEnd(44)} ${'told'.padStart(5)} ${'signed in'.padStart(9)} ${'+network'.padStart(9)}  verdict with network facts`,
  );
  for (const row of rows) console.log(row);
  const n = PEOPLE.length;
  console.log(
    `\n${n} people: questions answered — not signed in ${totals.told} (${(totals.told / n).toFixed(2)} each), signed in with the subscription only ${totals.subscription} (${(totals.subscription / n).toFixed(2)}), with the network facts ${totals.network} (${(totals.network / n).toFixed(2)}); verdicts the network facts changed: ${changed}; runs with a problem: ${problems}`,
  );

  const sorted = [...lookupTimes].sort((a, b) => a - b);
  console.log(
    `network lookup per turn that runs it (n=${sorted.length}, local fake ARM over HTTPS): p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${percentile(sorted, 100).toFixed(1)} ms`,
  );

  // A large subscription: 2,500 virtual networks, each with a delegated subnet, read in pages of 1,000.
  const sub = subscriptionOf(9999);
  const many = Array.from({ length: 2500 }, (_, k) =>
    virtualNetwork(sub, 'net', `vnet-${k}`, [{ name: 'd', delegation: 'Microsoft.Web/serverFarms' }]),
  );
  serveResourceGraph(fake, { resources: many, readable: [sub] });
  const large: number[] = [];
  for (let r = 0; r < 10; r++) {
    const started = performance.now();
    const facts = await network.read(
      { userKey: 'bench:large', token: ARM_TOKEN },
      { subscriptionId: sub, families: ['delegatedSubnets', 'environment'] },
    );
    large.push(performance.now() - started);
    if (facts.delegated?.length !== 2500) throw new Error(`read ${String(facts.delegated?.length)} of 2500 VNets`);
  }
  large.sort((a, b) => a - b);
  console.log(
    `2,500 VNets with delegated subnets (3 pages): p50 ${percentile(large, 50).toFixed(1)} ms, max ${percentile(large, 100).toFixed(1)} ms`,
  );
  await fake.close();
}

void main();
