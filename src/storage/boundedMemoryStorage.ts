/**
 * State in this process's memory, for one machine: idle conversations expire and the number kept has
 * a cap (least recently used goes first), so a long-running instance does not grow without end.
 */
import { LRUCache } from 'lru-cache';
import type { StoreItems, StoreItem } from 'botbuilder';
import { ETagConflictError, withoutETag, type VersionedStorage } from './versionedStorage';

export interface BoundedMemoryOptions {
  maxItems: number;
  /** Bytes of JSON kept over all items (least recently used go first): many large conversations stay within it. */
  maxBytes?: number;
  /** Idle time after which an item is dropped; every read or write starts it again. */
  ttlMs: number;
  /** The clock; tests hand in their own. */
  clock?: { now(): number };
  /**
   * What happens when the caps are reached: `evict` the least recently used (conversation state), or
   * `refuse`: hasRoom() says no from the caps on (the case store then refuses new cases), and beyond a
   * headroom kept for the items already stored to grow, a new key is refused with StorageFullError; an
   * item already stored is never evicted to make room (another person's open case).
   */
  whenFull?: 'evict' | 'refuse';
}

/** The store holds its maximum: the new item was not written, and nothing was evicted for it. */
export class StorageFullError extends Error {
  constructor() {
    super('The store holds its maximum; the new item was not written.');
    this.name = 'StorageFullError';
  }
}

/** Refusing stores keep this much room beyond their cap, so that items already kept can still grow. */
const HEADROOM = 1.25;

interface Entry {
  /** Kept as JSON so a caller changing its object does not change what is stored. */
  json: string;
  eTag: string;
}

/** UTF-16 in memory: two bytes a character, the key included. */
const sizeOf = (entry: Entry, key: string) => 2 * (entry.json.length + key.length) + 64;

export class BoundedMemoryStorage implements VersionedStorage {
  private readonly items: LRUCache<string, Entry>;
  private lastETag = 0;
  private readonly refuse?: { maxItems: number; maxBytes: number };

  constructor({ maxItems, maxBytes = 256 * 1024 * 1024, ttlMs, clock, whenFull = 'evict' }: BoundedMemoryOptions) {
    if (whenFull === 'refuse') this.refuse = { maxItems, maxBytes };
    const headroom = whenFull === 'refuse' ? HEADROOM : 1;
    this.items = new LRUCache<string, Entry>({
      max: Math.ceil(maxItems * headroom),
      maxSize: Math.ceil(maxBytes * headroom),
      sizeCalculation: sizeOf,
      ttl: ttlMs,
      // A turn reads its conversation even when it changes nothing: that is activity too.
      updateAgeOnGet: true,
      // Expired items are dropped on their own, not only when read (unref'd timers: they never hold the process).
      ttlAutopurge: true,
      // A hand-moved clock must be read every time, not cached for a millisecond of real time.
      ...(clock ? { perf: clock, ttlResolution: 0 } : {}),
    });
  }

  /** Bytes held now, as counted for the cap. */
  get bytes(): number {
    return this.items.calculatedSize;
  }

  /** Refusing stores: false once the caps are reached (the headroom is for what is stored already). */
  hasRoom(): boolean {
    if (!this.refuse) return true;
    this.items.purgeStale();
    return this.items.size < this.refuse.maxItems && this.items.calculatedSize < this.refuse.maxBytes;
  }

  /** How many items are kept now. */
  get size(): number {
    this.items.purgeStale();
    return this.items.size;
  }

  read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const entry = this.items.get(key);
      if (entry) found[key] = { ...(JSON.parse(entry.json) as StoreItem), eTag: entry.eTag };
    }
    return Promise.resolve(found);
  }

  /** Bot Framework semantics: eTag '*' or none writes unconditionally, any other eTag must still match. */
  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const eTag = item.eTag as unknown;
      if (typeof eTag === 'string' && eTag !== '*' && eTag !== '') {
        await this.writeIfUnchanged(key, item, eTag);
      } else {
        this.put(key, item);
      }
    }
  }

  writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined): Promise<string> {
    if (this.items.get(key)?.eTag !== eTag) return Promise.reject(new ETagConflictError());
    // A refused write (StorageFullError) rejects the promise.
    return new Promise((resolve) => {
      resolve(this.put(key, item));
    });
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
    return Promise.resolve();
  }

  private put(key: string, item: StoreItem): string {
    const entry = { json: JSON.stringify(withoutETag(item)), eTag: String(++this.lastETag) };
    if (this.refuse && !this.items.has(key)) {
      const { maxItems, maxBytes } = this.refuse;
      if (this.items.size + 1 > maxItems * HEADROOM || this.items.calculatedSize + sizeOf(entry, key) > maxBytes * HEADROOM)
        throw new StorageFullError();
    }
    this.items.set(key, entry);
    return entry.eTag;
  }
}
