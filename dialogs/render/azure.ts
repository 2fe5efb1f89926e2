/**
 * The activities of the Azure lookup: the person's subscriptions to pick from, what Azure
 * verified, the one separating question, and the summary lines that say verified versus told.
 */
import type { Activity } from 'botbuilder';
import { subscriptionGroup, type SubscriptionGroup } from '../../src/policy/groups';
import type { SubscriptionKind } from '../../src/policy/types';
import { format, type Catalog } from '../../src/locale';
import { kindLabel, kindsLabel } from '../../src/cases/summary';
import { safeEcho } from '../../src/locale/markdown';
import { choices, numbered, type Choice } from './choices';
import type { SubscriptionListItem } from '../../src/azure/subscriptionLookup';
import type { VerifiedSubscription } from '../../src/triage';

/** Questions of the lookup, beside the catalog's: their options come from Azure's answer. */
export type AzureQuestion = 'pickSubscription' | 'subscriptionGroup';

/** At most this many subscriptions are offered as buttons; any other can be pasted by id. */
export const PICK_LIMIT = 10;

export function pickOptions(subscriptions: SubscriptionListItem[]): Choice[] {
  // Display names are chosen by whoever owns the subscription: never rendered as Markdown.
  return subscriptions.slice(0, PICK_LIMIT).map((s) => ({
    choice: s.subscriptionId,
    label: `${s.displayName || s.subscriptionId} (${s.subscriptionId})`,
    markdown: `${safeEcho(s.displayName || s.subscriptionId)} (${s.subscriptionId})`,
  }));
}

export function pickSubscriptionActivity(
  catalog: Catalog,
  subscriptions: SubscriptionListItem[],
  channelId: string,
  preface: string[] = [],
): Partial<Activity> {
  const options = pickOptions(subscriptions);
  return choices(
    catalog,
    [...preface, catalog.azure.pickPrompt, ...numbered(options, channelId)].join('\n\n'),
    'pickSubscription',
    options,
    channelId,
  );
}

/** One option per subscription rule still in play, labelled with the kinds Azure left in it. */
export function groupOptions(catalog: Catalog, kinds: SubscriptionKind[], groups: SubscriptionGroup[]): Choice[] {
  return groups.map((group) => ({
    choice: group,
    label: kinds
      .filter((k) => subscriptionGroup(k) === group)
      .map((k) => kindLabel(catalog, k))
      .join(' / '),
  }));
}

export function separateRulesActivity(
  catalog: Catalog,
  kinds: SubscriptionKind[],
  groups: SubscriptionGroup[],
  channelId: string,
  preface: string[] = [],
): Partial<Activity> {
  const hint = kinds.includes('mcaEnterprise') && kinds.includes('payAsYouGo') ? [catalog.azure.individualMcaHint] : [];
  const options = groupOptions(catalog, kinds, groups);
  return choices(
    catalog,
    [...preface, catalog.azure.separatePrompt, ...hint, ...numbered(options, channelId)].join('\n\n'),
    'subscriptionGroup',
    options,
    channelId,
  );
}

/** What Azure verified, in one or two sentences, plus a note when the state matters whatever the port. */
export function verifiedLines(catalog: Catalog, facts: VerifiedSubscription, knownQuotaId: boolean, contradiction = false): string[] {
  const values = {
    name: safeEcho(facts.displayName),
    id: facts.subscriptionId,
    kinds: kindsLabel(catalog, facts.kinds),
    quotaId: facts.quotaId ?? '—',
  };
  const template = contradiction ? catalog.azure.contradiction : knownQuotaId ? catalog.azure.verified : catalog.azure.verifiedUnknown;
  const lines = [format(template, values)];
  const billing = facts.billing;
  if (billing?.billingAccountAgreementType) {
    lines.push(
      format(catalog.azure.billingRead, {
        agreement: billing.billingAccountAgreementType,
        account: billing.billingAccountType ?? '—',
      }),
    );
  }
  const note = stateNote(catalog, facts.state);
  return note ? [note, ...lines] : lines;
}

export function stateNote(catalog: Catalog, state: string): string | undefined {
  return (catalog.azure.states as Record<string, string | undefined>)[state];
}
