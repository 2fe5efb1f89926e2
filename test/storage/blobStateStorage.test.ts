import { ContainerClient } from '@azure/storage-blob';
import { BlobStateStorage, blobName } from '../../src/storage/blobStateStorage';
import { ETagConflictError, StorageUnavailableError } from '../../src/storage/versionedStorage';
import { startAzurite, type Azurite } from '../support/azurite';

let azurite: Azurite;
let container: ContainerClient;
let storage: BlobStateStorage;

beforeAll(async () => {
  azurite = await startAzurite();
  container = new ContainerClient(azurite.connectionString, 'state-test');
  storage = new BlobStateStorage(container);
  await storage.ensureReachable();
});

afterAll(async () => {
  await azurite.stop();
});

describe('BlobStateStorage on Azurite', () => {
  it('keeps apart two keys that share their first 1,100 characters (long keys are hashed, never cut)', async () => {
    const shared = `webchat/conversations/${'x'.repeat(1100)}`;
    await storage.write({ [`${shared}-alice`]: { who: 'alice', eTag: '*' } });
    await storage.write({ [`${shared}-bob`]: { who: 'bob', eTag: '*' } });
    expect((await storage.read([`${shared}-alice`]))[`${shared}-alice`]).toMatchObject({ who: 'alice' });
    expect((await storage.read([`${shared}-bob`]))[`${shared}-bob`]).toMatchObject({ who: 'bob' });
    expect(blobName(`${shared}-alice`).length).toBeLessThanOrEqual(1024);
  });

  it('round-trips Japanese and "Zoë", stored as UTF-8 bytes', async () => {
    const key = 'test/conversations/ja:1';
    const value = { note: '日本語のメモ、Zoë さん', nested: { ja: 'ポート２５' } };
    await storage.write({ [key]: { ...value, eTag: '*' } });
    expect(await storage.read([key])).toEqual({ [key]: { ...value, eTag: expect.any(String) as string } });
    const properties = await container.getBlobClient(blobName(key)).getProperties();
    expect(properties.contentLength).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
  });

  it('refuses a write over a version it did not read, and a create over an existing blob', async () => {
    const created = await storage.writeIfUnchanged('race', { step: 1 }, undefined);
    await expect(storage.writeIfUnchanged('race', { step: 9 }, undefined)).rejects.toBeInstanceOf(ETagConflictError);
    const second = await storage.writeIfUnchanged('race', { step: 2 }, created);
    await expect(storage.writeIfUnchanged('race', { step: 3 }, created)).rejects.toBeInstanceOf(ETagConflictError);
    expect(await storage.read(['race'])).toEqual({ race: { step: 2, eTag: second } });
  });

  it('deletes the blob, and deleting twice is fine', async () => {
    await storage.write({ gone: { step: 1 } });
    await storage.delete(['gone']);
    await storage.delete(['gone']);
    expect(await storage.read(['gone'])).toEqual({});
    await expect(container.getBlobClient(blobName('gone')).exists()).resolves.toBe(false);
  });

  it('reports an unreachable store as StorageUnavailableError, without the account key', async () => {
    const nowhere = new BlobStateStorage(
      new ContainerClient(azurite.connectionString.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:9'), 'state-test', {
        retryOptions: { maxTries: 1 },
      }),
    );
    const failure = nowhere.read(['x']);
    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failure).rejects.not.toThrow(/AccountKey|Eby8vdM02/);
  });
});
