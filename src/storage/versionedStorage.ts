/**
 * The storage contract the bot's state needs beyond the Bot Framework's `Storage`: a write that only
 * succeeds if nobody else wrote since we read, and errors a turn can tell apart.
 */
import type { Storage, StoreItem } from 'botbuilder';

export interface VersionedStorage extends Storage {
  /**
   * Writes `item` under `key` only if the stored item still has `eTag` or, when `eTag` is undefined,
   * only if there is no item yet. Returns the new eTag; throws ETagConflictError otherwise.
   */
  writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined): Promise<string>;
  /** Whether a new item of the kind that may be refused fits (stores with a fixed capacity); absent: always. */
  hasRoom?(): boolean;
}

/** Someone else wrote the item since it was read: the turn must run again on fresh state. */
export class ETagConflictError extends Error {
  constructor() {
    super('The state was changed by another turn since it was read.');
    this.name = 'ETagConflictError';
  }
}

/** The store could not be reached or refused the request; the stored state itself is untouched. */
export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** The item as stored: its eTag belongs to the store, not to the content. */
export function withoutETag(item: StoreItem): Record<string, unknown> {
  const value: Record<string, unknown> = { ...item };
  delete value.eTag;
  return value;
}
