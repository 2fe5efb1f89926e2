/**
 * What can still change the decision, derived from the policy itself: evaluateEligibility over every
 * combination of the facts not known yet. The space is small because every rule is stated for a group
 * (groups.ts), so one representative per group stands for all of its kinds.
 */
import { evaluateEligibility, supportCanAct } from './evaluateEligibility';
import { resourceGroup, subscriptionGroup } from './groups';
import type { ResourceKind, Step, SubscriptionKind, TriageFacts, Verdict } from './types';

/** Every fact the policy decides on. A Record over TriageFacts' keys: a fact added there must be listed here. */
const LISTED: Record<keyof TriageFacts, true> = {
  resource: true,
  subscription: true,
  exemptionGranted: true,
  restartedSinceExemption: true,
  routedDirectlyToInternet: true,
  delegatedSubnet: true,
  temporarySubnetDone: true,
  formerlyEnterprise: true,
  receivingDomainRejects: true,
};

export type PolicyFact = keyof TriageFacts;
const POLICY_FACTS = Object.keys(LISTED) as PolicyFact[];

/** The yes/no facts: the ones that refine a verdict once resource and subscription are known. */
export type ConditionFact = Exclude<PolicyFact, 'resource' | 'subscription'>;

/** One kind per group: the policy gives every kind of a group the same answer. */
const RESOURCE_REPRESENTATIVES: ResourceKind[] = ['virtualMachine', 'azureFirewall', 'appServiceVnetIntegration', 'otherPaas'];
const SUBSCRIPTION_REPRESENTATIVES: SubscriptionKind[] = ['enterpriseAgreement', 'enterpriseDevTest', 'payAsYouGo'];

/** What is known: a value per fact; a fact left out is unknown. */
export type KnownFacts = Partial<TriageFacts>;
/** The values an unknown fact can still take (an "MCA" is MCA-E or individual); all of them when absent. */
export type Possible = { resource?: readonly ResourceKind[]; subscription?: readonly SubscriptionKind[] };

/** What the person must know of a verdict: the outcome, and whether Azure support can act on it (H1). */
export type Decision = `${Verdict['outcome']}/${'support' | 'self'}`;

function decisionOf(verdict: Verdict): Decision {
  return `${verdict.outcome}/${supportCanAct(verdict) ? 'support' : 'self'}`;
}

function valuesOf(fact: PolicyFact, possible: Possible): readonly unknown[] {
  if (fact === 'resource') {
    const kinds = possible.resource ?? RESOURCE_REPRESENTATIVES;
    return RESOURCE_REPRESENTATIVES.filter((r) => kinds.some((k) => resourceGroup(k) === resourceGroup(r))).map((r) =>
      kinds.find((k) => resourceGroup(k) === resourceGroup(r))!,
    );
  }
  if (fact === 'subscription') {
    const kinds = possible.subscription ?? SUBSCRIPTION_REPRESENTATIVES;
    return SUBSCRIPTION_REPRESENTATIVES.filter((s) => kinds.some((k) => subscriptionGroup(k) === subscriptionGroup(s))).map((s) =>
      kinds.find((k) => subscriptionGroup(k) === subscriptionGroup(s))!,
    );
  }
  return [true, false];
}

function unknownFacts(known: KnownFacts): PolicyFact[] {
  return POLICY_FACTS.filter((f) => known[f] === undefined);
}

/** Every world the unknown facts allow: the known facts with one value for each unknown one. */
export function worlds(known: KnownFacts, possible: Possible = {}): TriageFacts[] {
  let all: KnownFacts[] = [{ ...known }];
  for (const fact of unknownFacts(known)) {
    const values = valuesOf(fact, possible);
    all = all.flatMap((w) => values.map((v) => ({ ...w, [fact]: v })));
  }
  return all as TriageFacts[];
}

export interface Split {
  fact: PolicyFact;
  /** How many decisions stay possible after the answer, summed over its answers: fewer splits better. */
  remaining: number;
}

/**
 * The unknown facts some value of which changes the decision, with how well each splits the possible
 * decisions. A fact is left out when, whatever the other unknown facts are, all its values decide alike.
 */
export function splits(known: KnownFacts, possible: Possible = {}): Split[] {
  const id = JSON.stringify([known, possible]);
  let found = SPLITS.get(id);
  if (!found) {
    if (SPLITS.size >= MEMO_LIMIT) SPLITS.clear();
    SPLITS.set(id, (found = computeSplits(known, possible)));
  }
  return found.map((s) => ({ ...s }));
}

/** The same facts get the same answer: remembered, since every message of every conversation asks again. */
const SPLITS = new Map<string, Split[]>();
const MEMO_LIMIT = 20_000;

/**
 * The symptom (E2) is asked only where port 25 can be open. A rejection would also turn a block into E2, but where the
 * policy blocks port 25 a timeout is what the block looks like, so asking everyone "timeout or rejection?" costs a turn
 * for the rare exception: the verdict says it as a condition instead.
 */
function portCanBeOpen(withoutRejection: Decision | undefined): boolean {
  return withoutRejection !== undefined && (withoutRejection.startsWith('open/') || withoutRejection.startsWith('exemptable/'));
}

function computeSplits(known: KnownFacts, possible: Possible): Split[] {
  const unknown = unknownFacts(known);
  const all = worlds(known, possible).map((w) => ({ world: w, decision: decisionOf(evaluateEligibility(w)) }));
  const found: Split[] = [];
  for (const fact of unknown) {
    const others = unknown.filter((f) => f !== fact);
    const byOthers = new Map<string, Map<unknown, Decision>>();
    const byValue = new Map<unknown, Set<Decision>>();
    for (const { world, decision } of all) {
      const key = JSON.stringify(others.map((f) => world[f]));
      byOthers.set(key, (byOthers.get(key) ?? new Map<unknown, Decision>()).set(world[fact], decision));
      byValue.set(world[fact], (byValue.get(world[fact]) ?? new Set()).add(decision));
    }
    const splitting = (answers: Map<unknown, Decision>) =>
      new Set(answers.values()).size > 1 && (fact !== 'receivingDomainRejects' || portCanBeOpen(answers.get(false)));
    if ([...byOthers.values()].some(splitting)) {
      found.push({ fact, remaining: [...byValue.values()].reduce((n, d) => n + d.size, 0) });
    }
  }
  return found;
}

/** The decisions still possible. */
export function possibleDecisions(known: KnownFacts, possible: Possible = {}): Set<Decision> {
  return new Set(worlds(known, possible).map((w) => decisionOf(evaluateEligibility(w))));
}

/** S4 and the like: for this resource every subscription gets the same decision, so it is not asked. */
export function subscriptionMatters(resource: ResourceKind): boolean {
  return splits({ resource }).some((s) => s.fact === 'subscription');
}

/** A step that holds only if an unknown fact has this value. */
export interface Condition {
  fact: ConditionFact;
  value: boolean;
}

export type ConditionalStep = Step & { when?: Condition | undefined };
export type ConditionalVerdict = Omit<Verdict, 'steps'> & { steps: ConditionalStep[] };

/** The facts a rule's steps depend on, so a conditional step is said with its own rule's fact. */
const RULE_FACTS: Partial<Record<Step['rule'], ConditionFact[]>> = {
  D1: ['exemptionGranted'],
  D2: ['restartedSinceExemption'],
  D3: ['delegatedSubnet', 'temporarySubnetDone'],
  D4: ['routedDirectlyToInternet'],
  C1: ['formerlyEnterprise'],
  E2: ['receivingDomainRejects'],
};

/**
 * The yes/no facts that hold for one sender, not for its whole subscription: the route of its traffic (D4), the restart
 * of its VMs (D2) and whether the receiving server answered it (E2). The exemption (D1), the delegated subnets of the
 * subscription's networks (D3) and a change of type (C1) hold for every sender of the subscription.
 */
export const PER_SENDER_FACTS: ReadonlySet<keyof TriageFacts> = new Set([
  'routedDirectlyToInternet',
  'restartedSinceExemption',
  'receivingDomainRejects',
]);

/** The fact a step of the verdict sets once the person has done it: D1's diagnostic, D2's restart, D3's temporary subnet. */
export const DONE_BY_STEP: Partial<Record<Step['rule'], ConditionFact>> = {
  D1: 'exemptionGranted',
  D2: 'restartedSinceExemption',
  D3: 'temporarySubnetDone',
};

const key = (s: Step) => s.text.en;

/**
 * The verdict for what is known, resource and subscription included, whatever the yes/no facts still open
 * turn out to be: its steps that hold only for some answers carry that answer as their condition, and the
 * steps other answers would add are given as conditions too (E2's rejection, C1 beside O1's block).
 */
export function conditionalVerdict(known: TriageFacts): ConditionalVerdict {
  const base = evaluateEligibility(known);
  const all = worlds(known);
  const each = all.map((w) => evaluateEligibility(w).steps);
  // Only the steps of rules that turn on one yes/no fact are conditional; the statements of the cell are not.
  const condition = (step: Step): Condition | undefined => {
    const holding = all.filter((_w, i) => each[i].some((s) => key(s) === key(step)));
    if (!holding.length || holding.length === all.length) return undefined;
    for (const fact of RULE_FACTS[step.rule] ?? []) {
      const values = new Set(holding.map((w) => w[fact]));
      if (known[fact] === undefined && values.size === 1) return { fact, value: [...values][0] as boolean };
    }
    return undefined;
  };
  const steps: ConditionalStep[] = base.steps.map((s) => ({ ...s, when: condition(s) }));
  const rulesWithSteps = new Set(base.steps.map((s) => s.rule));
  const added: ConditionalStep[] = [];
  for (const s of each.flat()) {
    if (rulesWithSteps.has(s.rule) || added.some((a) => key(a) === key(s))) continue;
    // C1 explains a block, it never opens one: it is said beside O1 only.
    if (s.rule === 'C1' && !base.rules.includes('O1')) continue;
    const when = condition(s);
    if (when) added.push({ ...s, when });
  }
  // The relay (R0) stays the last step.
  steps.splice(steps.length - 1, 0, ...added);
  return { ...base, steps };
}
