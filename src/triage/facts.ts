/** Facts into the session: what is new, and what changed (a correction), so the bot can say both. */
import { CLARIFYING_FACTS, type ClarifyingFact } from './questions';
import type { FactName } from './reading';
import type { SessionFacts } from './session';

export interface Applied {
  added: { fact: FactName; value: unknown }[];
  changed: { fact: FactName; from: unknown; to: unknown }[];
}

function isClarifying(fact: string): fact is ClarifyingFact {
  return (CLARIFYING_FACTS as readonly string[]).includes(fact);
}

export function currentValue(known: SessionFacts, fact: FactName): unknown {
  if (isClarifying(fact)) return known.clarified[fact] ?? undefined;
  if (fact === 'resource' || fact === 'vnetIntegration' || fact === 'subscription') return known[fact]?.value;
  if (fact === 'subscriptionId') return known.subscriptionId;
  return undefined;
}

/** Told facts override what was known, Azure's reading of the subscription included: the person corrects it. */
export function applyFacts(known: SessionFacts, facts: Record<string, unknown>): Applied {
  const applied: Applied = { added: [], changed: [] };
  for (const [fact, value] of Object.entries(facts) as [FactName, unknown][]) {
    if (value === undefined) continue;
    const before = currentValue(known, fact);
    if (before === value) continue;
    if (isClarifying(fact)) known.clarified[fact] = value as boolean;
    else if (fact === 'resource') known.resource = { value: value as never, source: 'told' };
    else if (fact === 'vnetIntegration') known.vnetIntegration = { value: value as boolean, source: 'told' };
    else if (fact === 'subscription') known.subscription = { value: value as never, source: 'told' };
    else if (fact === 'subscriptionId') known.subscriptionId = value as string;
    else continue;
    if (before === undefined || before === null) applied.added.push({ fact, value });
    else applied.changed.push({ fact, from: before, to: value });
  }
  return applied;
}
