/**
 * The support case as plain data, and its lifecycle: open → assigned → resolved → reopened (→ assigned
 * or resolved again). No Bot Framework here; the dialog, the store and the destinations build on it.
 */
import { randomInt } from 'node:crypto';

export type CaseStatus = 'open' | 'assigned' | 'resolved' | 'reopened';

/** What moves a case; `by` is the support engineer's display name as their channel gives it. */
export type CaseEvent =
  | { kind: 'assign'; by: string; byId?: string }
  | { kind: 'resolve'; by: string }
  | { kind: 'reopen'; by: string }
  | { kind: 'rate'; rating: number };

export interface HistoryEntry {
  at: string;
  status: CaseStatus;
  by?: string;
}

/** Where the requester is reached (their own conversation), as the channel gave it; never shown to anyone. */
export interface Requester {
  /** channel id + user id: whose cases "status" lists. */
  userKey: string;
  channelId: string;
  /** The Bot Framework conversation reference, stored as plain JSON. */
  reference: Record<string, unknown>;
  /** Teams only: the person's sign-in name, for the "Chat with requester" link they agreed to. */
  userPrincipalName?: string;
  /** Web visitors only, if they gave it: how the team reaches them once they left the page. */
  email?: string;
}

/** A message owed because the case moved: a line in the card's thread, or a notice to the requester. */
export interface OutboxItem {
  id: string;
  to: 'thread' | 'requester';
  event: 'assigned' | 'resolved' | 'reopened' | 'rated';
  by?: string;
  /** Cases saved by earlier versions kept sent items marked so; sent items are now removed. */
  done?: boolean;
}

/** Where the case went in the support team's Teams channel. */
export interface TeamsDelivery {
  /** The card's message id, recorded once the connector accepted it: a retry then updates, never posts again. */
  activityId?: string;
  /** The case revision the card shows. */
  shownRevision?: number;
}

export interface SupportCase {
  /** The readable case number, e.g. SMTP-7K3QX. */
  number: string;
  status: CaseStatus;
  locale: 'en' | 'ja';
  createdAt: string;
  /** The triage answers (what was told, what Azure verified), as the person confirmed them. */
  answers: Record<string, unknown>;
  /** Undefined when the person asked for a human before the triage reached a verdict. */
  verdict?: { outcome: string; rules: string[] };
  /** False for blocked and unsupported verdicts: the agent starts from the answer, not from zero. */
  supportCanLift: boolean;
  /** H1's category in the case's language. */
  category: string[];
  /** What the person typed as the description, if anything. */
  description?: string;
  /** Pictures the person sent (Teams), as links to where the channel keeps them. */
  pictures?: { url: string; name?: string }[];
  requester: Requester;
  assignee?: { name: string; id?: string };
  /** 1–5, asked after resolution. */
  rating?: number;
  history: HistoryEntry[];
  /** Counts every change, so a card knows whether it shows the latest. */
  revision: number;
  teams?: TeamsDelivery;
  outbox: OutboxItem[];
  /** 'live' while an engineer and the requester chat through the card's thread. */
  chat?: 'live';
  /** Which destination took the case: the support team's Teams channel (the default) or an agent hub. */
  route?: 'teams' | 'handoffProtocol';
  /** The agent hub's last handoff.status for it. */
  protocolState?: 'initiated' | 'accepted' | 'completed' | 'failed';
  /** Sent to the agent hub in handoff.initiate; a handoff.status counts only when it carries it back. */
  protocolCorrelation?: string;
}

/** Crockford's base 32 without I, L, O, U: nothing to misread on the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newCaseNumber(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 5; i++) code += ALPHABET[random(ALPHABET.length)];
  return `SMTP-${code}`;
}

export class CaseTransitionError extends Error {
  constructor(status: CaseStatus, event: CaseEvent['kind']) {
    super(`A case that is ${status} cannot be ${event === 'assign' ? 'assigned' : `${event}d`}.`);
    this.name = 'CaseTransitionError';
  }
}

export function isOpen(c: SupportCase): boolean {
  return c.status !== 'resolved';
}

/** Which events a case in this status accepts; the cards show exactly these actions. */
export function allowedEvents(status: CaseStatus): CaseEvent['kind'][] {
  // Assigning an assigned case hands it to another engineer.
  return status === 'resolved' ? ['reopen', 'rate'] : ['assign', 'resolve'];
}

/**
 * The case after `event`, with the thread line and the requester's notice it owes, or
 * CaseTransitionError. Pure: the input is not changed.
 */
export function apply(c: SupportCase, event: CaseEvent, now: Date): SupportCase {
  const moved = move(c, event, now);
  const revision = c.revision + 1;
  const owed = (to: OutboxItem['to'], e: OutboxItem['event'], by?: string): OutboxItem => ({
    id: `${revision}-${to}`,
    to,
    event: e,
    ...(by ? { by } : {}),
  });
  const outbox =
    event.kind === 'rate'
      ? [owed('thread', 'rated')]
      : [owed('thread', moved.status as OutboxItem['event'], event.by), owed('requester', moved.status as OutboxItem['event'], event.by)];
  return { ...moved, revision, outbox: [...c.outbox, ...outbox] };
}

function move(c: SupportCase, event: CaseEvent, now: Date): SupportCase {
  if (!allowedEvents(c.status).includes(event.kind)) throw new CaseTransitionError(c.status, event.kind);
  const at = now.toISOString();
  switch (event.kind) {
    case 'assign':
      return {
        ...c,
        status: 'assigned',
        assignee: { name: event.by, ...(event.byId ? { id: event.byId } : {}) },
        history: [...c.history, { at, status: 'assigned', by: event.by }],
      };
    case 'resolve':
      // A resolved case relays nothing: the chat ends with it, and the bot asks for the rating.
      return { ...c, status: 'resolved', chat: undefined, history: [...c.history, { at, status: 'resolved', by: event.by }] };
    case 'reopen':
      return { ...c, status: 'reopened', rating: undefined, history: [...c.history, { at, status: 'reopened', by: event.by }] };
    case 'rate':
      if (!Number.isInteger(event.rating) || event.rating < 1 || event.rating > 5)
        throw new RangeError('A rating is a whole number from 1 to 5.');
      // One rating per resolution (a reopen clears it): each one posts to the team's thread.
      if (c.rating !== undefined) throw new CaseTransitionError(c.status, event.kind);
      return { ...c, rating: event.rating };
  }
}

/** Longest id kept from a conversation reference (the edge refuses longer ids; see MAX_ID_CHARS). */
const MAX_REFERENCE_CHARS = 512;

/**
 * What a case keeps of the requester's conversation reference: only what reaching them again needs
 * (channel, service URL, conversation, user and bot ids, locale), each bounded. Display names and
 * whatever else the sender put in the activity are dropped: a 200 KB name is not stored with the case.
 */
export function storedReference(reference: Record<string, unknown>): Record<string, unknown> {
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_REFERENCE_CHARS) : undefined);
  const pick = (v: unknown, fields: string[]) => {
    const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const f of fields) {
      if (typeof o[f] === 'boolean') kept[f] = o[f];
      else if (text(o[f]) !== undefined) kept[f] = text(o[f]);
    }
    return kept;
  };
  return {
    ...pick(reference, ['channelId', 'serviceUrl', 'locale']),
    conversation: pick(reference.conversation, ['id', 'conversationType', 'tenantId', 'isGroup']),
    user: pick(reference.user, ['id', 'aadObjectId', 'role']),
    bot: pick(reference.bot, ['id', 'role']),
  };
}
