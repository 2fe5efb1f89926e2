/** The real server (start()) with its state in a real Azurite blob container. */
import { ContainerClient } from '@azure/storage-blob';
import type { Server } from 'restify';
import { start } from '../../src';
import { loadConfig } from '../../src/config';
import { en } from '../../src/locale/en';
import { ja } from '../../src/locale/ja';
import { startAzurite, type Azurite } from '../support/azurite';
import { ask, type Person } from '../support/conversation';
import { withAnyValues } from '../support/catalogText';

const CONTAINER = 'triage-state';
let azurite: Azurite;
let server: Server;
let url: string;
let container: ContainerClient;

async function storedConversations(): Promise<string[]> {
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat()) names.push(decodeURIComponent(blob.name));
  return names;
}

beforeAll(async () => {
  azurite = await startAzurite();
  ({ server } = await start(
    loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      STATE_STORE: 'blobs',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: CONTAINER,
    }),
  ));
  url = server.url;
  container = new ContainerClient(azurite.connectionString, CONTAINER);
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  await azurite.stop();
});

describe('the server with blob state', () => {
  it('creates its container at start and takes a whole triage to the case summary', async () => {
    await expect(container.exists()).resolves.toBe(true);
    const person: Person = { conversationId: 'whole-triage' };
    expect(await ask(url, person, 'hello')).toContain(en.questions.resource.prompt);
    expect(await ask(url, person, 'vm')).toContain(en.questions.subscription.prompt);
    const verdict = await ask(url, person, 'pay as you go');
    expect(verdict).toContain(en.outcome.blocked);
    expect(verdict).toContain(en.questions.solved.prompt);
    const summary = await ask(url, person, 'no');
    expect(summary).toContain(en.summary.title);
    expect(summary).toContain('Pay-As-You-Go');
    expect(await storedConversations()).toContain('test/conversations/whole-triage/');
  });

  it('holds a conversation in Japanese through the blob store', async () => {
    const person: Person = { conversationId: 'japanese', locale: 'ja-JP' };
    expect(await ask(url, person, 'こんにちは')).toContain(ja.questions.resource.prompt);
    expect(await ask(url, person, '仮想マシン')).toContain(ja.questions.subscription.prompt);
    expect(await ask(url, person, 'English')).toContain(en.languageSwitched);
    expect(await ask(url, person, '日本語')).toContain(ja.questions.subscription.prompt);
  });

  it.each([
    ['forget me', 'en-US', en.forgotten],
    ['データを削除', 'ja-JP', ja.forgotten],
    ['Forget me!', 'ja-JP', en.forgotten],
  ])('"%s" deletes the conversation\'s blob, confirms, and the next message starts afresh', async (words, locale, confirmation) => {
    const person: Person = { conversationId: `forget-${words}`, locale };
    await ask(url, person, 'hello');
    await ask(url, person, 'vm');
    const blob = `test/conversations/${person.conversationId}/`;
    expect(await storedConversations()).toContain(blob);

    expect(await ask(url, person, words)).toBe(confirmation);
    expect(await storedConversations()).not.toContain(blob);
    const again = await ask(url, person, 'pay as you go');
    expect(again).toContain((locale === 'ja-JP' ? ja : en).questions.resource.prompt);
  });

  it('answers a damaged state blob with an apology, and the next message starts afresh', async () => {
    const person: Person = { conversationId: 'damaged' };
    await ask(url, person, 'hello');
    await ask(url, person, 'vm');
    const blob = container.getBlockBlobClient(encodeURIComponent(`test/conversations/${person.conversationId}/`));
    await blob.upload('{"dialogState": {', 17);
    expect(await ask(url, person, 'pay as you go')).toMatch(withAnyValues(en.errorApology));
    expect(await ask(url, person, 'hello')).toContain(en.questions.resource.prompt);
  });
});
