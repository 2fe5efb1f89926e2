/**
 * State in an Azure Blob Storage container, one JSON blob per key, written with the blob's eTag as a
 * condition so that concurrent turns on several instances cannot overwrite each other.
 *
 * Written on @azure/storage-blob rather than botbuilder-azure-blobs' BlobsStorage, which cannot say
 * "create only if absent" (If-None-Match: *): without it the first turns of a new conversation,
 * arriving together on two instances, would both be saved and one silently lost. BlobsStorage also
 * reports a conflict only as an error message text.
 */
import { createHash } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { RestError, type BlobRequestConditions, type ContainerClient } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError, StorageUnavailableError, withoutETag, type VersionedStorage } from './versionedStorage';

/** The container's address without any query (a SAS token there is a secret). */
export function containerAddress(container: ContainerClient): string {
  const url = new URL(container.url);
  return `${url.origin}${url.pathname}`;
}

const MAX_BLOB_NAME = 1024;

/**
 * Blob names are limited to 1,024 characters; conversation ids hold characters like ':' and '/'. A key
 * too long once encoded is named by its start and its SHA-256, never cut: two keys sharing their first
 * 1,024 characters would otherwise share one blob, and one person's state.
 */
export function blobName(key: string): string {
  const encoded = encodeURIComponent(key);
  if (encoded.length <= MAX_BLOB_NAME) return encoded;
  const hash = createHash('sha256').update(key).digest('hex');
  // "%~" is in no encoded key (encodeURIComponent writes "%" only before two hex digits): no collision with one.
  return `${encoded.slice(0, 256).replace(/%[0-9A-F]?$/, '')}%~${hash}`;
}

function statusOf(err: unknown): number | undefined {
  return err instanceof RestError ? err.statusCode : undefined;
}

/** A call that has not finished in this time has failed: a turn must end, and say so, inside the channel's 15 s. */
export const DEFAULT_CALL_TIMEOUT_MS = 5000;

export class BlobStateStorage implements VersionedStorage {
  constructor(
    private readonly container: ContainerClient,
    private readonly callTimeoutMs = DEFAULT_CALL_TIMEOUT_MS,
  ) {}

  /** Creates the container if needed; fails now, with the reason, if it cannot be reached. */
  async ensureReachable(): Promise<void> {
    await this.guard('reach the container', (abortSignal) => this.container.createIfNotExists({ abortSignal }));
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const blob = await this.guard('read state', async (abortSignal) => {
        try {
          const response = await this.container.getBlobClient(blobName(key)).download(0, undefined, { abortSignal });
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
      await this.guard('delete state', (abortSignal) =>
        this.container.deleteBlob(blobName(key), { abortSignal }).catch((err: unknown) => {
          if (statusOf(err) !== 404) throw err;
        }),
      );
    }
  }

  private async put(key: string, item: StoreItem, conditions: BlobRequestConditions): Promise<string> {
    // The length is counted in bytes: Japanese text is longer in UTF-8 than in characters.
    const body = Buffer.from(JSON.stringify(withoutETag(item)), 'utf8');
    try {
      const response = await this.withDeadline((abortSignal) =>
        this.container.getBlockBlobClient(blobName(key)).upload(body, body.length, {
          conditions,
          abortSignal,
          blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        }),
      );
      return response.etag ?? '';
    } catch (err) {
      // 412: the eTag no longer matches; 409: the blob was created meanwhile (If-None-Match: *).
      const status = statusOf(err);
      if (status === 412 || status === 409) throw new ETagConflictError();
      throw this.unavailable('write state', err);
    }
  }

  private async guard<T>(action: string, run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await this.withDeadline(run);
    } catch (err) {
      throw this.unavailable(action, err);
    }
  }

  /**
   * The SDK's tryTimeoutInMs only asks the server to give up (timeout=); a server, or a network, that
   * accepts and never answers would hold the turn for ever. The signal aborts the call and its retries,
   * and the race ends a call still reading a body when the time is up.
   */
  private async withDeadline<T>(run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new Error(`no answer within ${String(this.callTimeoutMs)} ms`);
        abort.abort(error);
        reject(error);
      }, this.callTimeoutMs);
    });
    try {
      return await Promise.race([run(abort.signal), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private unavailable(action: string, err: unknown): StorageUnavailableError {
    const reason = err instanceof RestError ? `${String(err.statusCode ?? err.code)} ${err.message.split('\n')[0] ?? ''}` : String(err);
    return new StorageUnavailableError(`Could not ${action} in ${containerAddress(this.container)}: ${reason}`, { cause: err });
  }
}

/**
 * Moves the blobs whose names start with one of `prefixes` from one container to another: each is copied
 * where it is absent (the destination's copy wins, e.g. when another instance moved it first), then
 * deleted at the source, so that a later run cannot bring back an item deleted in the destination.
 * Downloaded and uploaded rather than copied by URL: a copy between containers signed in with an identity
 * needs the source authorised separately. Returns how many were copied.
 */
export async function moveBlobs(from: ContainerClient, to: ContainerClient, prefixes: string[]): Promise<number> {
  let moved = 0;
  for (const prefix of prefixes) {
    for await (const blob of from.listBlobsFlat({ prefix })) {
      const source = from.getBlobClient(blob.name);
      const body = await source.downloadToBuffer();
      try {
        await to.getBlockBlobClient(blob.name).upload(body, body.length, {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        });
        moved += 1;
      } catch (err) {
        if (statusOf(err) !== 409) throw err;
      }
      await source.deleteIfExists();
    }
  }
  return moved;
}
