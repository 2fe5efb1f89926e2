/**
 * Cases on the project's versioned storage (memory, or blobs when configured): one item per case and
 * one index per requester, each changed only with the eTag it was read with, so two instances never
 * overwrite each other's change. A case is saved here before any delivery is tried.
 */
import { ETagConflictError, type VersionedStorage } from '../storage/versionedStorage';
import { apply, isOpen, type CaseEvent, type SupportCase } from './case';

const caseKey = (number: string) => `case/${number}`;
const requesterKey = (userKey: string) => `case-requester/${userKey}`;
/** A case card's message id → its case: a message in the card's thread belongs to that case. */
const cardKey = (activityId: string) => `case-card/${activityId}`;
/** A requester's conversation → the case it is chatting about with an engineer. */
const liveKey = (conversation: string) => `case-live/${conversation}`;
/** The cases with deliveries still owed, so that a restart resumes them. */
const PENDING = 'case-pending';
/** The support team's channel, as an admin registered it. */
const SUPPORT_CHANNEL = 'case-support-channel';
/** Every key the store writes starts with one of these (an earlier version kept them in the state container). */
export const CASE_KEY_PREFIXES = ['case/', 'case-requester/', 'case-card/', 'case-live/', PENDING, SUPPORT_CHANNEL];

/** What the versioned storage keeps: an item and the eTag it was read with. */
interface StoreItem {
  eTag?: string;
}

interface CaseItem extends StoreItem {
  supportCase: SupportCase;
}
interface IndexItem extends StoreItem {
  numbers: string[];
}
interface NumberItem extends StoreItem {
  number: string;
}
interface ChannelItem extends StoreItem {
  reference: Record<string, unknown>;
}

/** How often a read-change-write runs again when another writer got there first. */
const ATTEMPTS = 5;
/**
 * "status" reads a requester's latest cases, at most these (one read each). The index itself keeps every
 * case of theirs, so that "forget me" finds them all (new cases per client are limited, see caseLimits).
 */
const MAX_LISTED = 20;

/** A person has the case in hand: an engineer assigned or reopened it, its card is in the team's channel, or an agent hub took it. */
function withAPerson(c: SupportCase): boolean {
  if (!isOpen(c)) return false;
  return c.status !== 'open' || c.teams?.activityId !== undefined || c.protocolState === 'initiated' || c.protocolState === 'accepted';
}

export class CaseNumberTakenError extends Error {
  constructor(number: string) {
    super(`Case number ${number} is taken by another requester's case.`);
    this.name = 'CaseNumberTakenError';
  }
}

/** The store holds as many cases as it may: a new one is refused rather than another person's dropped. */
export class CaseStoreFullError extends Error {
  constructor() {
    super('The case store is full; the new case was not saved.');
    this.name = 'CaseStoreFullError';
  }
}

export class CaseStore {
  constructor(private readonly storage: VersionedStorage) {}

  /**
   * Saves a new case. Idempotent: a turn that runs again (after a state conflict) saving the same
   * number for the same requester gets the stored case back instead of a second one.
   */
  async create(supportCase: SupportCase): Promise<SupportCase> {
    if (this.storage.hasRoom && !this.storage.hasRoom()) throw new CaseStoreFullError();
    try {
      await this.storage.writeIfUnchanged(caseKey(supportCase.number), { supportCase }, undefined);
    } catch (err) {
      if (!(err instanceof ETagConflictError)) throw err;
      const stored = await this.get(supportCase.number);
      if (stored?.requester.userKey !== supportCase.requester.userKey) throw new CaseNumberTakenError(supportCase.number);
    }
    await this.change<IndexItem>(requesterKey(supportCase.requester.userKey), (index) => {
      const numbers = index?.numbers ?? [];
      return numbers.includes(supportCase.number) ? undefined : { numbers: [...numbers, supportCase.number] };
    });
    return (await this.get(supportCase.number)) ?? supportCase;
  }

  async get(number: string): Promise<SupportCase | undefined> {
    const items = await this.storage.read([caseKey(number)]);
    return (items[caseKey(number)] as CaseItem | undefined)?.supportCase;
  }

  async recordCard(activityId: string, number: string): Promise<void> {
    await this.change<NumberItem>(cardKey(activityId), () => ({ number }));
  }

  /** The case whose card roots this thread. */
  async caseOfCard(activityId: string): Promise<SupportCase | undefined> {
    const item = (await this.storage.read([cardKey(activityId)]))[cardKey(activityId)] as NumberItem | undefined;
    return item ? this.get(item.number) : undefined;
  }

  /** The case a requester's conversation is chatting about; one read, made on each of their turns. */
  async liveCaseOf(conversation: string): Promise<string | undefined> {
    return ((await this.storage.read([liveKey(conversation)]))[liveKey(conversation)] as NumberItem | undefined)?.number;
  }

  async setLive(conversation: string, number: string | undefined): Promise<void> {
    if (number === undefined) await this.storage.delete([liveKey(conversation)]);
    else await this.change<NumberItem>(liveKey(conversation), () => ({ number }));
  }

  /** The requester's cases not yet resolved, oldest first. */
  async openCasesOf(userKey: string): Promise<SupportCase[]> {
    const index = (await this.storage.read([requesterKey(userKey)]))[requesterKey(userKey)] as IndexItem | undefined;
    const cases = await Promise.all((index?.numbers ?? []).slice(-MAX_LISTED).map((n) => this.get(n)));
    return cases.filter((c): c is SupportCase => c !== undefined && isOpen(c));
  }

  /**
   * "forget me": deletes the requester's cases nobody is working on (resolved, or not yet with a person)
   * and keeps those a person has in hand, until they are resolved. The index keeps only what is kept.
   */
  async forgetRequester(userKey: string): Promise<{ deleted: string[]; kept: string[] }> {
    const index = (await this.storage.read([requesterKey(userKey)]))[requesterKey(userKey)] as IndexItem | undefined;
    const deleted: string[] = [];
    const kept: string[] = [];
    for (const number of index?.numbers ?? []) {
      const supportCase = await this.get(number);
      if (supportCase && withAPerson(supportCase)) {
        // The e-mail address goes even so (the engineer still reaches the person in their own chat), from
        // the card too: it is marked behind, so the next delivery shows it without the address.
        if (supportCase.requester.email)
          await this.update(number, (c) => ({
            ...c,
            requester: { ...c.requester, email: undefined },
            ...(c.teams && { teams: { ...c.teams, shownRevision: -1 } }),
          }));
        kept.push(number);
        continue;
      }
      await this.storage.delete([caseKey(number)]);
      await this.clearPending(number);
      if (supportCase) deleted.push(number);
    }
    if (kept.length) {
      await this.change<IndexItem>(requesterKey(userKey), () => ({ numbers: kept }));
    } else {
      await this.storage.delete([requesterKey(userKey)]);
    }
    return { deleted, kept };
  }

  /** Moves the case through its lifecycle (see case.ts); throws CaseTransitionError for a move it does not allow. */
  async apply(number: string, event: CaseEvent, now: Date): Promise<SupportCase> {
    return this.update(number, (c) => apply(c, event, now));
  }

  /** Read, change, write with the eTag read; runs again if another writer changed the case meanwhile. */
  async update(number: string, change: (c: SupportCase) => SupportCase): Promise<SupportCase> {
    let result: SupportCase | undefined;
    await this.change<CaseItem>(caseKey(number), (item) => {
      if (!item) throw new Error(`There is no case ${number}.`);
      result = change(item.supportCase);
      return { supportCase: result };
    });
    return result!;
  }

  async markPending(number: string): Promise<void> {
    await this.change<IndexItem>(PENDING, (index) => {
      const numbers = index?.numbers ?? [];
      return numbers.includes(number) ? undefined : { numbers: [...numbers, number] };
    });
  }

  async clearPending(number: string): Promise<void> {
    await this.change<IndexItem>(PENDING, (index) =>
      index?.numbers.includes(number) ? { numbers: index.numbers.filter((n) => n !== number) } : undefined,
    );
  }

  async pending(): Promise<string[]> {
    return ((await this.storage.read([PENDING]))[PENDING] as IndexItem | undefined)?.numbers ?? [];
  }

  async supportChannel(): Promise<Record<string, unknown> | undefined> {
    return ((await this.storage.read([SUPPORT_CHANNEL]))[SUPPORT_CHANNEL] as ChannelItem | undefined)?.reference;
  }

  async setSupportChannel(reference: Record<string, unknown>): Promise<void> {
    await this.change<ChannelItem>(SUPPORT_CHANNEL, () => ({ reference }));
  }

  /** `change` returns the new item, or undefined to leave it as it is. */
  private async change<T extends StoreItem>(key: string, change: (item: T | undefined) => Omit<T, 'eTag'> | undefined): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const item = (await this.storage.read([key]))[key] as T | undefined;
      const next = change(item);
      if (!next) return;
      try {
        await this.storage.writeIfUnchanged(key, next, item?.eTag);
        return;
      } catch (err) {
        if (!(err instanceof ETagConflictError) || attempt >= ATTEMPTS) throw err;
      }
    }
  }
}
