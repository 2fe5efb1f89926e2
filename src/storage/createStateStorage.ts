/** Builds the configured state store and proves, before the bot listens, that it can be used. */
import { DefaultAzureCredential } from '@azure/identity';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Config } from '../config';
import { BlobStateStorage } from './blobStateStorage';
import { BoundedMemoryStorage } from './boundedMemoryStorage';
import type { VersionedStorage } from './versionedStorage';

/** A turn waits on storage: fail within seconds (and say so) rather than retry for minutes. */
const PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1000, tryTimeoutInMs: 5000 },
};

export class StorageConfigError extends Error {}

export async function createStateStorage(config: Config): Promise<VersionedStorage> {
  if (config.STATE_STORE === 'memory') {
    return new BoundedMemoryStorage({
      maxItems: config.MEMORY_STATE_MAX_CONVERSATIONS,
      maxBytes: config.MEMORY_STATE_MAX_MB * 1024 * 1024,
      ttlMs: config.MEMORY_STATE_TTL_MINUTES * 60_000,
    });
  }
  return openBlobStorage(config, containerClient(config, config.BLOB_CONTAINER));
}

/** A blob container as versioned storage, created if missing and proven reachable. */
export async function openBlobStorage(config: Config, container: ContainerClient): Promise<BlobStateStorage> {
  const storage = new BlobStateStorage(container, config.STATE_STORE_TIMEOUT_MS);
  try {
    await storage.ensureReachable();
  } catch (err) {
    throw new StorageConfigError(
      `STATE_STORE=blobs: ${(err as Error).message.replace(/\.$/, '')}. ` +
        'Check BLOB_CONNECTION_STRING or BLOB_ACCOUNT_URL, the network, and that the identity may write blobs there.',
    );
  }
  return storage;
}

/** A container of the configured account (BLOB_CONNECTION_STRING or BLOB_ACCOUNT_URL). */
export function containerClient(config: Config, name: string): ContainerClient {
  try {
    if (config.BLOB_CONNECTION_STRING) {
      return new ContainerClient(config.BLOB_CONNECTION_STRING, name, PIPELINE);
    }
    const url = new URL(config.BLOB_ACCOUNT_URL!);
    url.pathname = `${url.pathname.replace(/\/$/, '')}/${name}`;
    return new ContainerClient(url.toString(), new DefaultAzureCredential(), PIPELINE);
  } catch (err) {
    // The connection string's own text is a secret: only the parser's complaint is shown.
    throw new StorageConfigError(`STATE_STORE=blobs: the storage settings are not usable (${(err as Error).message}).`);
  }
}
