/**
 * State in an Azure Blob Storage container, one JSON blob per key, written with the blob's eTag as a
 * condition so that concurrent turns on several instances cannot overwrite each other.
 *
 * Written on @azure/storage-blob rather than botbuilder-azure-blobs' BlobsStorage, which cannot say
 * "create only if absent" (If-None-Match: *): without it the first turns of a new conversation,
 * arriving together on two instances, would both be saved and one silently lost. BlobsStorage also
 * reports a conflict only as an error message text.
 */
import { text } from 'node:stream/consumers';
import { RestError, type BlobRequestConditions, type ContainerClient } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError, StorageUnavailableError, withoutETag, type VersionedStorage } from './versionedStorage';

/** The container's address without any query (a SAS token there is a secret). */
export function containerAddress(container: ContainerClient): string {
  const url = new URL(container.url);
  return `${url.origin}${url.pathname}`;
}

/** Blob names are limited to 1,024 characters; conversation ids hold characters like ':' and '/'. */
export function blobName(key: string): string {
  return encodeURIComponent(key).slice(0, 1024);
}

function statusOf(err: unknown): number | undefined {
  return err instanceof RestError ? err.statusCode : undefined;
}

export class BlobStateStorage implements VersionedStorage {
  constructor(private readonly container: ContainerClient) {}

  /** Creates the container if needed; fails now, with the reason, if it cannot be reached. */
  async ensureReachable(): Promise<void> {
    await this.guard('reach the container', () => this.container.createIfNotExists());
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const blob = await this.guard('read state', async () => {
        try {
          const response = await this.container.getBlobClient(blobName(key)).download();
          return response.readableStreamBody ? { json: await text(response.readableStreamBody), eTag: response.etag } : undefined;
        } catch (err) {
          if (statusOf(err) === 404) return undefined;
          throw err;
        }
      });
      // Parsed outside the guard: a damaged blob is a broken state (the turn error handler resets it), not an outage.
      if (blob) found[key] = { ...(JSON.parse(blob.json) as StoreItem), eTag: blob.eTag };
    }
    return found;
  }

  /** Bot Framework semantics: eTag '*' or none writes unconditionally, any other eTag must still match. */
  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const eTag = item.eTag as unknown;
      await this.put(key, item, typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? { ifMatch: eTag } : {});
    }
  }

  writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined): Promise<string> {
    return this.put(key, item, eTag ? { ifMatch: eTag } : { ifNoneMatch: '*' });
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.guard('delete state', () => this.container.deleteBlob(blobName(key)).catch((err: unknown) => {
        if (statusOf(err) !== 404) throw err;
      }));
    }
  }

  private async put(key: string, item: StoreItem, conditions: BlobRequestConditions): Promise<string> {
    // The length is counted in bytes: Japanese text is longer in UTF-8 than in characters.
    const body = Buffer.from(JSON.stringify(withoutETag(item)), 'utf8');
    try {
      const response = await this.container.getBlockBlobClient(blobName(key)).upload(body, body.length, {
        conditions,
        blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
      });
      return response.etag ?? '';
    } catch (err) {
      // 412: the eTag no longer matches; 409: the blob was created meanwhile (If-None-Match: *).
      const status = statusOf(err);
      if (status === 412 || status === 409) throw new ETagConflictError();
      throw this.unavailable('write state', err);
    }
  }

  private async guard<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw this.unavailable(action, err);
    }
  }

  private unavailable(action: string, err: unknown): StorageUnavailableError {
    const reason = err instanceof RestError ? `${String(err.statusCode ?? err.code)} ${err.message.split('\n')[0] ?? ''}` : String(err);
    return new StorageUnavailableError(`Could not ${action} in ${containerAddress(this.container)}: ${reason}`, { cause: err });
  }
}
