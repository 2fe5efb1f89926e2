/**
 * The case summary as a support engineer needs it, in the case's language: every answer, what was told
 * and what Azure verified, the verdict with its rule ids, and the problem type only where support can act
 * (H1). Plain Markdown text, so the hand-off dialog, the support team's card and the ticket share it.
 */
import { format, type Catalog, type Locale } from '../locale';
import { safeEcho } from '../locale/markdown';
import { supportCanAct, supportCannotLift } from '../policy/evaluateEligibility';
import { subscriptionMatters } from '../policy/relevance';
import {
  openFacts,
  ownFacts,
  verifiedWithAzure,
  type ClarifyingFact,
  type NetworkFactName,
  type QuestionId,
  type SessionFacts,
  type TriageResult,
} from '../triage';
import { subscriptionGroup } from '../policy/groups';
import { ALL_KINDS } from '../policy/quotaIds';
import { SUPPORT_CATEGORY } from '../policy/steps';
import type { SubscriptionKind, Verdict } from '../policy/types';
import { alternatives, listOf, menuPath, withNote } from '../locale/culture';
import type { SupportCase } from './case';
import type { WhereNext } from './handoffStep';

function optionLabel(catalog: Catalog, question: QuestionId, option: string): string {
  return (catalog.questions[question].options as Record<string, { label: string } | undefined>)[option]?.label ?? option;
}

export function kindLabel(catalog: Catalog, kind: SubscriptionKind): string {
  return catalog.questions.subscription.options[kind].label;
}

export function kindsLabel(catalog: Catalog, kinds: SubscriptionKind[]): string {
  return alternatives(
    catalog.culture,
    kinds.map((k) => kindLabel(catalog, k)),
  );
}

/** The verdict line: a reading of the article's wording says so (the Dev/Test firewall, an appliance, App Service). */
export function outcomeText(catalog: Catalog, result: Verdict): string {
  const outcome = result.outcome;
  return result.reading && (outcome === 'open' || outcome === 'blocked') ? catalog.outcomeByReading[outcome] : catalog.outcome[outcome];
}

/**
 * The case as a support engineer needs it: every answer, what was told versus verified, the verdict
 * (none yet when the person asked for a human before the last question).
 */
export function summary(catalog: Catalog, locale: Locale, triage: TriageResult): string {
  const s = catalog.summary;
  const known = triage.known;
  const result = triage.verdict;
  const resource = known.resource ? optionLabel(catalog, 'resource', known.resource.value) : '';
  const vnet = vnetNote(catalog, known);
  const said = known.subscription?.value;
  const typeLabel =
    said === 'mca' || said === 'devTest' ? catalog.talk.plainKinds[said] : said ? optionLabel(catalog, 'subscription', said) : '';
  const { subscription, subscriptionId } = summaryLines(catalog, known, typeLabel);
  const open = catalog.handoff.notAnsweredYet;
  // "Not needed" only where S4 makes the subscription irrelevant; anything else not yet known is open.
  const notNeeded = triage.facts !== undefined && !subscriptionMatters(triage.facts.resource);
  const tag = (fact: NetworkFactName) => azureTag(catalog, known, fact);
  const lines = [
    `- ${s.resource}: ${resource ? `${resource}${tag('resource')}${vnet}${tag('vnetIntegration')}` : open}`,
    `- ${s.subscription}: ${known.subscription || known.azure ? subscription : notNeeded ? s.notAsked : open}`,
  ];
  if (subscriptionId) lines.push(`- ${s.subscriptionId}: ${subscriptionId}`);
  for (const [fact, value] of Object.entries(known.clarified) as [ClarifyingFact, boolean | null | undefined][]) {
    const word = value === null || value === undefined ? catalog.values.unsure : value ? catalog.values.yes : catalog.values.no;
    const network = fact === 'delegatedSubnet' || fact === 'routedDirectlyToInternet' ? tag(fact) : '';
    lines.push(`- ${catalog.factLabels[fact]}: ${word}${network}`);
  }
  // Every question the rules still ask is shown open, so nobody reads an unasked one as answered.
  const unanswered = triage.facts ? openFacts(known) : [];
  for (const fact of unanswered) lines.push(`- ${catalog.factLabels[fact]}: ${open}`);
  const read = networkRead(catalog, known);
  if (read) lines.push(`- ${catalog.network.summaryLabel}: ${read}`);
  lines.push(`- ${s.verdict}: ${verdictLine(catalog, triage)}`);
  // Each other sender with the verdict its own facts and the shared ones give, so nobody asks again which one it was.
  if (triage.others?.length) {
    lines.push(`- ${s.otherSenders}:`);
    for (const other of triage.others) {
      const named = other.known.resource ? optionLabel(catalog, 'resource', other.known.resource.value) : open;
      lines.push(`  - ${named}${vnetNote(catalog, other.known)}: ${verdictLine(catalog, other)}`);
      // Its own answers (route, symptom, a restart done as its steps said): another sender's may differ.
      for (const [fact, value] of Object.entries(ownFacts(other.known.clarified)) as [ClarifyingFact, boolean | null][])
        lines.push(
          `    - ${catalog.factLabels[fact]}: ${value === null ? catalog.values.unsure : value ? catalog.values.yes : catalog.values.no}`,
        );
    }
  }
  if (supportCanAct(result)) lines.push(`- ${s.category}: ${menuPath(catalog.culture, SUPPORT_CATEGORY[locale])} (H1)`);
  return [`**${s.title}**`, lines.join('\n')].join('\n\n');
}

/** The VNet integration of a web app: the fact and its value, not the button's words. */
function vnetNote(catalog: Catalog, known: SessionFacts): string {
  // Said of every sender a message named ("a VM and a function app with VNet integration"), it matters for web apps only (S2).
  const app = known.resource?.value === 'appService' || known.resource?.value === 'functions';
  if (!known.vnetIntegration || (known.resource && !app)) return '';
  return ` (${catalog.talk.factNames.vnetIntegration}: ${known.vnetIntegration.value ? catalog.values.yes : catalog.values.no})`;
}

/** The verdict with its rule ids, marked when an open question could still change it (relevance.ts); none yet before the last question. */
function verdictLine(catalog: Catalog, triage: TriageResult): string {
  const result = triage.verdict;
  if (!result) return catalog.handoff.noVerdictYet;
  const decided = withNote(catalog.culture, outcomeText(catalog, result), `(${listOf(catalog.culture, result.rules)})`);
  return openFacts(triage.known).length ? `${decided} ${catalog.summary.provisional}` : decided;
}

/** After a fact Azure's network states: verified, or the person's value kept with Azure's beside it. */
function azureTag(catalog: Catalog, known: SessionFacts, fact: NetworkFactName): string {
  const azure = known.network?.azure[fact];
  if (azure === undefined) return '';
  if (verifiedWithAzure(known, fact)) return ` (${catalog.azure.summaryVerified})`;
  const value = fact === 'resource' ? optionLabel(catalog, 'resource', String(azure)) : azure ? catalog.values.yes : catalog.values.no;
  return ` (${catalog.summary.toldByUser}; ${format(catalog.network.summaryAzureSays, { value })})`;
}

/** What was read of the network, briefly: the VNets with a delegated subnet, the route, the app's integration, the firewalls and ASEs. */
function networkRead(catalog: Catalog, known: SessionFacts): string | undefined {
  const n = catalog.network;
  const read = known.network?.read;
  if (!read) return undefined;
  const name = safeEcho(read.found?.name ?? '');
  const parts = [
    ...(read.delegated?.length
      ? [
          format(n.summaryVnets, {
            vnets: listOf(
              catalog.culture,
              read.delegated.map((d) => `${safeEcho(d.vnet)} (${safeEcho(d.subnet)})`),
            ),
          }),
        ]
      : []),
    ...(read.egress ?? []).map((e) =>
      format(n.summaryRoute, { name, via: `${n.via[e.via]}${e.firewall ? ` ${safeEcho(e.firewall)}` : ''} (${safeEcho(e.subnet)})` }),
    ),
    ...(read.site
      ? [
          format(n.summaryIntegration, {
            name,
            subnet: safeEcho(read.site.subnet ?? '—'),
            routeAll: read.site.routeAll ? catalog.values.yes : catalog.values.no,
          }),
        ]
      : []),
    ...(read.environment?.firewalls.length
      ? [
          format(n.summaryFirewalls, {
            names: listOf(
              catalog.culture,
              read.environment.firewalls.map((x) => safeEcho(x)),
            ),
          }),
        ]
      : []),
    ...(read.environment?.aseV3.length
      ? [
          format(n.summaryAse, {
            names: listOf(
              catalog.culture,
              read.environment.aseV3.map((x) => safeEcho(x)),
            ),
          }),
        ]
      : []),
  ];
  return parts.length ? parts.join(' / ') : undefined;
}

/** The summary's subscription lines: what Azure verified, and what the person told. */
export function summaryLines(
  catalog: Catalog,
  answers: SessionFacts,
  typeLabel: string,
): { subscription: string; subscriptionId?: string } {
  const s = catalog.summary;
  const azure = answers.azure;
  if (!azure) {
    return {
      subscription: answers.subscription ? `${typeLabel} (${s.toldByUser})` : catalog.handoff.notAnsweredYet,
      ...(answers.subscriptionId ? { subscriptionId: `${answers.subscriptionId} (${s.notVerified})` } : {}),
    };
  }
  const a = catalog.azure;
  const facts = [
    safeEcho(azure.displayName),
    `${a.summaryState}: ${azure.state}`,
    `${a.summaryQuotaId}: ${azure.quotaId ?? '—'}`,
    ...(azure.spendingLimit ? [`${a.summarySpendingLimit}: ${azure.spendingLimit}`] : []),
    ...(azure.billing
      ? [
          `${a.summaryBilling}: ${[azure.billing.billingAccountAgreementType, azure.billing.billingAccountType, azure.billing.subscriptionWorkloadType].filter(Boolean).join(' / ')}`,
        ]
      : []),
  ];
  const chosen = answers.subscription?.value;
  // Chosen among Azure's candidates: the person settled the rule, not which kind of it.
  const told =
    chosen && answers.subscription?.source === 'azureAndTold' && chosen !== 'mca' && chosen !== 'devTest'
      ? kindsLabel(
          catalog,
          azure.kinds.filter((k) => subscriptionGroup(k) === subscriptionGroup(chosen)),
        )
      : typeLabel;
  // Every kind still possible: Azure told nothing about the type, only the quota id.
  const azureKinds = azure.kinds.length < ALL_KINDS.length ? kindsLabel(catalog, azure.kinds) : '—';
  const azureSaid = format(a.summaryAzureSaid, { kinds: azureKinds, quotaId: azure.quotaId ?? '—' });
  const subscription =
    answers.subscription?.source === 'azure'
      ? `${kindsLabel(catalog, azure.kinds)} (${a.summaryVerified})`
      : answers.subscription
        ? `${told} (${s.toldByUser}; ${azureSaid})`
        : `${catalog.handoff.notAnsweredYet} (${azureSaid})`;
  return { subscription, subscriptionId: `${azure.subscriptionId}: ${listOf(catalog.culture, facts)} (${a.summaryRead})` };
}

/** Blocked and unsupported: support cannot lift the block, and the case says so. */
export function cannotLift(result: Verdict | undefined): boolean {
  return supportCannotLift(result);
}

/**
 * Where the person goes on their own, by the policy's whereNext: the H1 problem type only where Azure support can
 * act, the relay (R0) for O1 and S4, the receiving domain's provider with the bounce text (E2).
 */
export function nextPath(catalog: Catalog, locale: Locale, where: WhereNext): string {
  return format(catalog.handoff.next[where], { category: menuPath(catalog.culture, SUPPORT_CATEGORY[locale]) });
}

/** A saved case's way on: it carries the H1 problem type only where support can act (or before any verdict). */
export function whereNextOfCase(c: Pick<SupportCase, 'category' | 'verdict'>): WhereNext {
  if (c.category.length) return 'azureSupport';
  return c.verdict?.rules.includes('E2') ? 'receivingDomain' : 'relay';
}

export function caseSummary(catalog: Catalog, locale: Locale, triage: TriageResult, description?: string): string {
  const result = triage.verdict;
  const parts = [summary(catalog, locale, triage)];
  if (description) parts.push(`**${catalog.handoff.descriptionLabel}:** ${safeEcho(description)}`);
  if (cannotLift(result)) {
    const note = result!.outcome === 'unsupported' ? catalog.handoff.cannotEnable : catalog.handoff.cannotLift;
    parts.push(format(note, { rules: listOf(catalog.culture, result!.rules) }));
  }
  return parts.join('\n\n');
}
