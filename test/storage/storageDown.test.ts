/** Azurite stops mid-conversation: the person is told so in their language, and nothing is lost. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'restify';
import { start } from '../../src';
import { loadConfig } from '../../src/config';
import { en } from '../../src/locale/en';
import { ja } from '../../src/locale/ja';
import { startAzurite, type Azurite } from '../support/azurite';
import { ask, type Person } from '../support/conversation';
import { withAnyValues } from '../support/catalogText';

let location: string;
let azurite: Azurite;
let server: Server;
let url: string;

beforeAll(async () => {
  // On disk, in a temporary directory: in-memory data would not outlive the stop.
  location = await mkdtemp(path.join(tmpdir(), 'azurite-'));
  azurite = await startAzurite(location);
  ({ server } = await start(
    loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STATE_STORE: 'blobs', BLOB_CONNECTION_STRING: azurite.connectionString }),
  ));
  url = server.url;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  await azurite.stop();
  await rm(location, { recursive: true, force: true });
});

it.each([
  ['en-US', en],
  ['ja-JP', ja],
])('with the store down, a %s speaker hears why and goes on where they were once it is back', async (locale, catalog) => {
  const person: Person = { conversationId: `down-${locale}`, locale };
  await ask(url, person, 'hello');
  expect(await ask(url, person, 'vm')).toContain(catalog.questions.subscription.prompt);

  await azurite.stop();
  expect(await ask(url, person, 'pay as you go')).toMatch(withAnyValues(catalog.storageUnavailable));
  await azurite.restart();

  expect(await ask(url, person, 'pay as you go')).toContain(catalog.outcome.blocked);
});
