/** Choosing the state store: defaults, and a misconfiguration that stops the start, saying why. */
import { ConfigError, loadConfig } from '../../src/config';
import { createStateStorage, StorageConfigError } from '../../src/storage/createStateStorage';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { startBotProcess } from '../support/bot';
import { freePort } from '../support/ports';

const SECRET_KEY = 'c2VjcmV0LWtleS1vZi10aGUtdGVzdA==';

describe('state store settings', () => {
  it('default to a bounded memory store', async () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      STATE_STORE: 'memory',
      BLOB_CONTAINER: 'bot-state',
      MEMORY_STATE_TTL_MINUTES: 60,
      MEMORY_STATE_MAX_CONVERSATIONS: 10000,
      STATE_CONFLICT_RETRIES: 3,
    });
    expect(await createStateStorage(config)).toBeInstanceOf(BoundedMemoryStorage);
  });

  it.each([
    [{ STATE_STORE: 'blobs' }, /STATE_STORE: blobs needs exactly one of BLOB_CONNECTION_STRING or BLOB_ACCOUNT_URL/],
    [{ STATE_STORE: 'blobs', BLOB_CONNECTION_STRING: 'x', BLOB_ACCOUNT_URL: 'https://a.blob.core.windows.net' }, /needs exactly one of/],
    [{ STATE_STORE: 'blobs', BLOB_ACCOUNT_URL: 'not a url' }, /BLOB_ACCOUNT_URL: Invalid url/],
    [{ BLOB_CONTAINER: 'Bot_State' }, /BLOB_CONTAINER: must be 3-63 lower-case letters/],
    [
      { STATE_STORE: 'blobs', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'state', BLOB_CASE_CONTAINER: 'state' },
      /BLOB_CASE_CONTAINER: must differ from BLOB_CONTAINER/,
    ],
    [
      { STATE_STORE: 'blobs', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'a'.repeat(60) },
      /BLOB_CASE_CONTAINER: is required when BLOB_CONTAINER/,
    ],
    [{ STATE_STORE: 'redis' }, /STATE_STORE: Invalid enum value/],
    [{ MEMORY_STATE_MAX_CONVERSATIONS: '0' }, /MEMORY_STATE_MAX_CONVERSATIONS/],
  ])('reject %j at start with a message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuse to start on a blob store nobody answers at, without showing the account key', async () => {
    const port = await freePort();
    const config = loadConfig({
      STATE_STORE: 'blobs',
      BLOB_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=acct;AccountKey=${SECRET_KEY};BlobEndpoint=http://127.0.0.1:${String(port)}/acct;`,
    });
    const failure = createStateStorage(config);
    await expect(failure).rejects.toBeInstanceOf(StorageConfigError);
    await expect(failure).rejects.toThrow(
      `STATE_STORE=blobs: Could not reach the container in http://127.0.0.1:${String(port)}/acct/bot-state`,
    );
    await expect(failure).rejects.not.toThrow(SECRET_KEY);
  });

  it('refuse a connection string that is not one, without echoing it', async () => {
    const failure = createStateStorage(loadConfig({ STATE_STORE: 'blobs', BLOB_CONNECTION_STRING: `AccountKey=${SECRET_KEY}` }));
    await expect(failure).rejects.toThrow(/STATE_STORE=blobs: the storage settings are not usable/);
    await expect(failure).rejects.not.toThrow(SECRET_KEY);
  });

  it('sign in with a token (the managed identity) when given an account URL, and check the container at start', async () => {
    const failure = createStateStorage(loadConfig({ STATE_STORE: 'blobs', BLOB_ACCOUNT_URL: 'http://127.0.0.1:9/acct' }));
    await expect(failure).rejects.toBeInstanceOf(StorageConfigError);
    // The Azure SDK sends a bearer token only over HTTPS: proof that the URL path uses a token credential.
    await expect(failure).rejects.toThrow(/container in http:\/\/127\.0\.0\.1:9\/acct\/bot-state: .*Bearer token/);
  });

  it('stop the bot process before it listens, exit code 1 and the reason on stderr', async () => {
    const port = await freePort();
    await expect(
      startBotProcess({
        STATE_STORE: 'blobs',
        BLOB_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=a;AccountKey=${SECRET_KEY};BlobEndpoint=http://127.0.0.1:${String(port)}/a;`,
      }),
    ).rejects.toThrow(/exited \(1\)[\s\S]*STATE_STORE=blobs: Could not reach the container/);
  });
});
