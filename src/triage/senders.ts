/**
 * Several senders in one conversation ("our scale set and a function app in the same subscription"): the current one
 * is the session's resource, the others wait their turn or keep the facts their verdict was given on. The
 * subscription and what holds for all of it (D1, D3, C1) are shared; the route (D4), the symptom (E2), the restart
 * (D2), the VNet integration (S2) and the network read for a named resource belong to each sender.
 */
import { PER_SENDER_FACTS } from '../policy/relevance';
import { nextQuestion } from './nextQuestion';
import type { ClarifyingFact } from './questions';
import type { ReadFacts, ResourceChoice } from './reading';
import type { OtherSender, SessionFacts } from './session';

function split(clarified: SessionFacts['clarified']): { own: SessionFacts['clarified']; shared: SessionFacts['clarified'] } {
  const entries = Object.entries(clarified) as [ClarifyingFact, boolean | null][];
  return {
    own: Object.fromEntries(entries.filter(([f]) => PER_SENDER_FACTS.has(f))),
    shared: Object.fromEntries(entries.filter(([f]) => !PER_SENDER_FACTS.has(f))),
  };
}

/** What a sender's yes/no answers say of it alone (its route, symptom, restart), apart from the subscription's. */
export function ownFacts(clarified: SessionFacts['clarified']): SessionFacts['clarified'] {
  return split(clarified).own;
}

/** The session's facts as they stand for another sender: its own facts beside the shared ones. */
export function factsOf(known: SessionFacts, other: OtherSender): SessionFacts {
  return {
    ...known,
    others: undefined,
    resource: other.resource,
    vnetIntegration: other.vnetIntegration,
    target: other.target,
    network: other.network,
    clarified: { ...split(known.clarified).shared, ...other.clarified },
  };
}

/** The current sender, as another one. */
function current(known: SessionFacts, decided: boolean): OtherSender {
  return {
    resource: known.resource!,
    vnetIntegration: known.vnetIntegration,
    clarified: split(known.clarified).own,
    target: known.target,
    network: known.network,
    decided: decided || undefined,
  };
}

/** Make a waiting sender the current one; the current one goes back among the others, decided or still waiting. */
function makeCurrent(known: SessionFacts, index: number, currentDecided: boolean): void {
  const others = known.others!;
  const [next] = others.splice(index, 1, current(known, currentDecided));
  known.resource = next.resource;
  known.vnetIntegration = next.vnetIntegration;
  known.target = next.target;
  known.network = next.network;
  known.clarified = { ...split(known.clarified).shared, ...next.clarified };
}

function waitingIndex(known: SessionFacts, decidedNow: boolean): number {
  return (known.others ?? []).findIndex((o) => !o.decided && (!decidedNow || nextQuestion(factsOf(known, o)) === 'decided'));
}

/**
 * Senders named together in one message: the first becomes the current one unless one is already, the rest wait.
 * What the message says of one sender (its symptom, its route) it says of each. Returns the senders new to the session.
 */
export function takeSenders(known: SessionFacts, named: ResourceChoice[], said: Partial<ReadFacts>): ResourceChoice[] {
  const others = (known.others ??= []);
  const present = new Set([known.resource?.value, ...others.map((o) => o.resource.value)]);
  const added = named.filter((r) => !present.has(r));
  const own = Object.fromEntries(Object.entries(said).filter(([f]) => PER_SENDER_FACTS.has(f as ClarifyingFact)));
  const vnet = said.vnetIntegration;
  for (const resource of added) {
    const sender: OtherSender = {
      resource: { value: resource, source: 'told' },
      clarified: own,
      ...(vnet === undefined ? {} : { vnetIntegration: { value: vnet, source: 'told' as const } }),
    };
    if (!known.resource) {
      known.resource = sender.resource;
      if (sender.vnetIntegration) known.vnetIntegration = sender.vnetIntegration;
    } else others.push(sender);
  }
  return added;
}

/** The senders in the order they are taken: those decided first, the current one, then those still waiting. */
export function sendersInTurn(known: SessionFacts): ResourceChoice[] {
  const others = known.others ?? [];
  return [
    ...others.filter((o) => o.decided).map((o) => o.resource.value),
    ...(known.resource ? [known.resource.value] : []),
    ...others.filter((o) => !o.decided).map((o) => o.resource.value),
  ];
}

/** Whether every sender not decided yet can be decided now, with no question. */
export function allDecidable(known: SessionFacts): boolean {
  return nextQuestion(known) === 'decided' && (known.others ?? []).every((o) => o.decided || nextQuestion(factsOf(known, o)) === 'decided');
}

/**
 * One verdict per sender in one reply when the facts allow: a waiting sender that can be decided now goes before a
 * current one that still needs a question (the current one waits, with its own answers).
 */
export function decidedFirst(known: SessionFacts): void {
  if (!known.others?.length || nextQuestion(known) === 'decided') return;
  const index = waitingIndex(known, true);
  if (index >= 0) makeCurrent(known, index, false);
}

/** After the current sender's verdict: the next one waiting becomes current. False when none waits. */
export function nextSender(known: SessionFacts): boolean {
  const index = waitingIndex(known, false);
  if (index < 0) return false;
  makeCurrent(known, index, true);
  return true;
}

/** The first sender for which `leads` holds becomes the current one, unless the current one already does. */
export function leadWith(known: SessionFacts, leads: (facts: SessionFacts) => boolean): void {
  if (!known.others?.length || leads(known)) return;
  const index = known.others.findIndex((o) => leads(factsOf(known, o)));
  if (index >= 0) makeCurrent(known, index, known.others[index].decided === true);
}

/** A change made to the current sender's facts and to those of every other sender whose verdict was given; each keeps its own. */
export function forEachDecided(known: SessionFacts, change: (facts: SessionFacts) => void): void {
  change(known);
  for (const other of known.others ?? []) {
    if (!other.decided) continue;
    const facts = factsOf(known, other);
    change(facts);
    const { own, shared } = split(facts.clarified);
    other.clarified = own;
    Object.assign(known.clarified, shared);
  }
}

/** A correction of what all senders share (the subscription, D1, D3): every sender decided on the old value is decided again. */
export function reopen(known: SessionFacts, changed: string[]): void {
  const shared = changed.some((f) => f !== 'resource' && f !== 'vnetIntegration' && !PER_SENDER_FACTS.has(f as ClarifyingFact));
  if (shared) for (const other of known.others ?? []) other.decided = undefined;
}

/** Where the current sender stands among all senders (1-based), and how many there are. */
export function senderPlace(known: SessionFacts): { place: number; count: number } {
  const others = known.others ?? [];
  return { place: others.filter((o) => o.decided).length + 1, count: others.length + 1 };
}
