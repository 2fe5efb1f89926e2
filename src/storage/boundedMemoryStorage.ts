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
}

interface Entry {
  /** Kept as JSON so a caller changing its object does not change what is stored. */
  json: string;
  eTag: string;
}

export class BoundedMemoryStorage implements VersionedStorage {
  private readonly items: LRUCache<string, Entry>;
  private lastETag = 0;

  constructor({ maxItems, maxBytes = 256 * 1024 * 1024, ttlMs, clock }: BoundedMemoryOptions) {
    this.items = new LRUCache<string, Entry>({
      max: maxItems,
      maxSize: maxBytes,
      // UTF-16 in memory: two bytes a character, the key included.
      sizeCalculation: (entry, key) => 2 * (entry.json.length + key.length) + 64,
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
    return Promise.resolve(this.put(key, item));
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
    return Promise.resolve();
  }

  private put(key: string, item: StoreItem): string {
    const eTag = String(++this.lastETag);
    this.items.set(key, { json: JSON.stringify(withoutETag(item)), eTag });
    return eTag;
  }
}
