/**
 * Facts into the session: what is new, and what changed (a correction), so the bot can say both.
 * Facts only get more precise: a plain word said again of a precise value ("dev/test" after
 * "Enterprise Dev/Test" or 0148P) restates it, and a guess never overwrites what is known.
 */
import type { SubscriptionKind } from '../policy/types';
import { isClarifying } from './questions';
import type { FactName } from './reading';
import type { SessionFacts } from './session';

export interface Applied {
  added: { fact: FactName; value: unknown }[];
  changed: { fact: FactName; from: unknown; to: unknown }[];
  /** Said again, or in plainer words ("I told you, Visual Studio"): a confirmation, nothing changes. */
  confirmed: FactName[];
}

/**
 * The plain words that cover several precise values (domain.md, "Facts that moved"): a plain
 * "dev/test" is Enterprise Dev/Test or Pay-As-You-Go Dev/Test (0023P, read as Pay-As-You-Go), a
 * plain "MCA" is MCA-E or an individual MCA; "App Service" covers an App Service Environment v3.
 */
export const PLAIN_SUBSCRIPTION = {
  devTest: ['enterpriseDevTest', 'payAsYouGo'],
  mca: ['mcaEnterprise', 'payAsYouGo'],
} as const satisfies Record<string, readonly SubscriptionKind[]>;

const COVERS: Partial<Record<FactName, Record<string, readonly unknown[]>>> = {
  subscription: PLAIN_SUBSCRIPTION,
  resource: { appService: ['appServiceEnvironmentV3'] },
};

/** The value is a plainer word for what is known: said again, it confirms what is known and changes nothing. */
export function restates(fact: FactName, known: unknown, value: unknown): boolean {
  return COVERS[fact]?.[String(value)]?.includes(known) ?? false;
}

export function currentValue(known: SessionFacts, fact: FactName): unknown {
  if (isClarifying(fact)) return known.clarified[fact] ?? undefined;
  if (fact === 'resource' || fact === 'vnetIntegration' || fact === 'subscription') return known[fact]?.value;
  if (fact === 'subscriptionId') return known.subscriptionId;
  return undefined;
}

/** Guessed facts worth a "did you mean?": unknown ones, or more precise than what is known; a guess never overwrites a known value. */
export function guessesToConfirm(known: SessionFacts, guessed: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(guessed).filter(([fact, value]) => {
      const before = currentValue(known, fact as FactName);
      return before === undefined || restates(fact as FactName, value, before);
    }),
  );
}

/**
 * Told facts override what was known, Azure's reading of the subscription included: the person
 * corrects it. A plainer word for a known value is no correction; a more precise one is news.
 */
export function applyFacts(known: SessionFacts, facts: Record<string, unknown>): Applied {
  const applied: Applied = { added: [], changed: [], confirmed: [] };
  for (const [fact, value] of Object.entries(facts) as [FactName, unknown][]) {
    if (value === undefined) continue;
    const before = currentValue(known, fact);
    if (before === value || restates(fact, before, value)) {
      applied.confirmed.push(fact);
      continue;
    }
    if (isClarifying(fact)) known.clarified[fact] = value as boolean;
    else if (fact === 'resource') known.resource = { value: value as never, source: 'told' };
    else if (fact === 'vnetIntegration') known.vnetIntegration = { value: value as boolean, source: 'told' };
    else if (fact === 'subscription') known.subscription = { value: value as never, source: 'told' };
    else if (fact === 'subscriptionId') known.subscriptionId = value as string;
    else continue;
    if (before === undefined || before === null || restates(fact, value, before)) applied.added.push({ fact, value });
    else applied.changed.push({ fact, from: before, to: value });
  }
  return applied;
}
