/**
 * The Teams SSO de-duplication store: the middleware writes one key per token exchange, which
 * MemoryStorage keeps for ever. This keeps the latest `maxKeys` (Teams sends an exchange's copies within
 * seconds of each other, so an old key is never needed again); its write semantics are MemoryStorage's.
 */
import { MemoryStorage, type StoreItems } from 'botbuilder';

export class BoundedDedupeStorage extends MemoryStorage {
  private readonly keys = new Set<string>();

  constructor(private readonly maxKeys = 10_000) {
    super();
  }

  /** Keys held in memory now. */
  get size(): number {
    return Object.keys(this.memory).length;
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    for (const key of Object.keys(changes)) {
      this.keys.delete(key);
      this.keys.add(key);
    }
    const over: string[] = [];
    // A Set iterates in insertion order: the first keys are the oldest.
    for (const key of this.keys) {
      if (this.keys.size - over.length <= this.maxKeys) break;
      over.push(key);
    }
    for (const key of over) this.forget(key);
  }

  override delete(keys: string[]): Promise<void> {
    for (const key of keys) this.forget(key);
    return Promise.resolve();
  }

  /** MemoryStorage's own delete sets the value to undefined and keeps the key: this removes it. */
  private forget(key: string): void {
    this.keys.delete(key);
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
    delete this.memory[key];
  }
}
