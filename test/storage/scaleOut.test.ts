/**
 * Several bot instances (separate processes running dist/src/index.js) on one real Azurite, as App
 * Service runs them: any message may land on any instance, and instances die at any time.
 */
import { ContainerClient } from '@azure/storage-blob';
import { en } from '../../src/locale/en';
import { startAzurite, type Azurite } from '../support/azurite';
import { startBotProcess, type BotProcess } from '../support/bot';
import { ask, type Person } from '../support/conversation';

const CONTAINER = 'scale-out';
let azurite: Azurite;
const running: BotProcess[] = [];

async function startBot(): Promise<BotProcess> {
  const bot = await startBotProcess({
    STATE_STORE: 'blobs',
    BLOB_CONNECTION_STRING: azurite.connectionString,
    BLOB_CONTAINER: CONTAINER,
  });
  running.push(bot);
  return bot;
}

let counter = 0;
function newPerson(): Person {
  return { conversationId: `scale-${String(++counter)}-${String(process.pid)}` };
}

const prompts = {
  resource: en.questions.resource.prompt,
  subscription: en.questions.subscription.prompt,
  receivingDomainRejects: en.questions.receivingDomainRejects.prompt,
};

beforeAll(async () => {
  azurite = await startAzurite();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((bot) => bot.stop()));
});

afterAll(async () => {
  await azurite.stop();
});

describe('bot instances sharing blob state', () => {
  it('a message on another instance continues where the last one stopped', async () => {
    const [a, b] = await Promise.all([startBot(), startBot()]);
    const person = newPerson();
    expect(await ask(a.url, person, 'hello')).toContain(prompts.resource);
    expect(await ask(b.url, person, 'vm')).toContain(prompts.subscription);
    expect(await ask(a.url, person, 'enterprise agreement')).toContain(prompts.receivingDomainRejects);
    const verdict = await ask(b.url, person, 'it times out');
    expect(verdict).toContain(en.outcome.open);
    expect(verdict).toContain(en.questions.solved.prompt);
    expect(await ask(a.url, person, 'no')).toContain(en.summary.title);
  });

  it('an instance killed mid-dialog loses nothing: a new one continues the triage', async () => {
    const first = await startBot();
    const person = newPerson();
    await ask(first.url, person, 'hello');
    expect(await ask(first.url, person, 'vm')).toContain(prompts.subscription);
    await first.stop();
    const second = await startBot();
    expect(await ask(second.url, person, 'enterprise agreement')).toContain(prompts.receivingDomainRejects);
  });

  it('two copies of one answer sent at the same moment to two instances count once', async () => {
    const [a, b] = await Promise.all([startBot(), startBot()]);
    for (let round = 0; round < 4; round++) {
      const person = newPerson();
      await ask(a.url, person, 'hello');
      const replies = await Promise.all([ask(a.url, person, 'vm'), ask(b.url, person, 'vm')]);
      // One of them answered the resource question; the other then arrived at the subscription question.
      const notUnderstood = en.notUnderstood.split('{text}')[0];
      expect(replies.filter((r) => r.includes(prompts.subscription))).toHaveLength(2);
      expect(replies.filter((r) => r.includes(notUnderstood))).toHaveLength(1);
      // And the conversation goes on from the subscription question, on either instance.
      expect(await ask(b.url, person, 'pay as you go')).toContain(en.outcome.blocked);
    }
  });

  it('two different answers sent at the same moment are both taken, one after the other', async () => {
    const [a, b] = await Promise.all([startBot(), startBot()]);
    for (let round = 0; round < 4; round++) {
      const person = newPerson();
      await ask(a.url, person, 'hello');
      await ask(a.url, person, 'vm');
      // A subscription id is noted without moving on; the type then answers the question.
      const id = '12345678-1234-1234-1234-123456789abc';
      const [idReply, typeReply] = await Promise.all([ask(a.url, person, id), ask(b.url, person, 'pay as you go')]);
      const idFirst = idReply.includes(prompts.subscription);
      // The type settles the verdict at once (O1); an id after it changes nothing and the verdict stands.
      expect(idFirst ? typeReply : idReply).toContain(en.outcome.blocked);
      const summary = await ask(b.url, person, 'no');
      expect(summary).toContain(en.outcome.blocked.split(':')[0]);
      // First or second, the id is taken: the summary shows it, and a second one only asks the question again.
      expect(summary).toContain(id);
    }
  });

  it('keeps one blob per conversation in the configured container', async () => {
    const bot = await startBot();
    const person = newPerson();
    await ask(bot.url, person, 'hello');
    const container = new ContainerClient(azurite.connectionString, CONTAINER);
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(decodeURIComponent(blob.name));
    expect(names).toContain(`test/conversations/${person.conversationId}/`);
  });
});
