import type { StoreItem, StoreItems } from 'botbuilder';
import type { VersionedStorage } from '../../src/storage/versionedStorage';

/**
 * A real storage with one seam: the next read can be held after it has read, so a test decides
 * that another turn runs in between — the interleaving two instances produce by chance.
 */
export class GatedStorage implements VersionedStorage {
  private gate?: { reached: () => void; released: Promise<void> };

  constructor(private readonly inner: VersionedStorage) {}

  holdNextRead(): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    let release!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.gate = { reached, released };
    return { reached: reachedPromise, release };
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    const gate = this.gate;
    if (gate) {
      this.gate = undefined;
      gate.reached();
      await gate.released;
    }
    return items;
  }

  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }

  writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined): Promise<string> {
    return this.inner.writeIfUnchanged(key, item, eTag);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
