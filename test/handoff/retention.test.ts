/**
 * The deployment's storage lifecycle rule deletes blobs some days after their last change. Cases, their
 * indexes and the support channel's registration must outlive it while a case is open. Here the rule is
 * read from the template and applied on Azurite as if every blob were older than the retention period:
 * whatever it would delete is deleted, and the live case must go on as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import { newCaseNumber, type SupportCase } from '../../src/cases/case';
import { CaseStore } from '../../src/cases/caseStore';
import { loadConfig } from '../../src/config';
import { start } from '../../src/index';
import { createLogger } from '../../src/logger';
import { BlobStateStorage } from '../../src/storage/blobStateStorage';
import { startAzurite, type Azurite } from '../support/azurite';
import { postActivity } from '../support/supportChannelBot';
import { FakeConnector } from './fakeConnector';

const CHANNEL = '19:support@thread.tacv2';
const ADMIN = 'admin-object-id';
const TEMPLATE = join(__dirname, '..', '..', 'deploymentTemplates', 'deployUseExistingResourceGroup', 'template-BotApp-with-rg.json');

interface Template {
  parameters: Record<string, { defaultValue?: unknown }>;
  resources: { type: string; properties?: { policy?: { rules: Rule[] } } }[];
}
interface Rule {
  enabled: boolean;
  definition: { filters: { blobTypes: string[]; prefixMatch: string[] }; actions: { baseBlob: { delete?: unknown } } };
}

const template = JSON.parse(readFileSync(TEMPLATE, 'utf8')) as Template;
const parameter = (name: string) => template.parameters[name].defaultValue as string;

/** The template's prefixes, evaluated with its default parameters (the one expression form it uses). */
function prefixOf(expression: string): string {
  const format = /^\[format\('\{0\}\/', parameters\('(\w+)'\)\)\]$/.exec(expression);
  if (format) return `${parameter(format[1])}/`;
  if (expression.startsWith('[')) throw new Error(`The test cannot evaluate ${expression}; teach it the new form.`);
  return expression;
}

/** Every blob the template's delete rules match, as if it were older than their retention: deleted. */
async function applyLifecycleRules(account: BlobServiceClient): Promise<string[]> {
  const rules = template.resources
    .filter((r) => r.type === 'Microsoft.Storage/storageAccounts/managementPolicies')
    .flatMap((r) => r.properties!.policy!.rules)
    .filter((rule) => rule.enabled && rule.definition.actions.baseBlob.delete);
  expect(rules.length).toBeGreaterThan(0);
  const deleted: string[] = [];
  for await (const container of account.listContainers()) {
    const client = account.getContainerClient(container.name);
    for await (const blob of client.listBlobsFlat()) {
      const path = `${container.name}/${blob.name}`;
      const matches = rules.some(
        (rule) =>
          rule.definition.filters.blobTypes.includes('blockBlob') &&
          rule.definition.filters.prefixMatch.map(prefixOf).some((prefix) => path.startsWith(prefix)),
      );
      if (matches) {
        await client.deleteBlob(blob.name);
        deleted.push(path);
      }
    }
  }
  return deleted;
}

let azurite: Azurite;
let connector: FakeConnector;
beforeEach(async () => {
  azurite = await startAzurite();
  connector = new FakeConnector();
  await connector.start();
});
afterEach(async () => {
  await connector.stop();
  await azurite.stop();
});

/** The bot as the templates deploy it: blob state, the template's containers, the team's channel as destination. */
async function startBot(log: string[] = []) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log.push(chunk.toString('utf8'));
      done();
    },
  });
  const started = await start(
    loadConfig({
      PORT: '0',
      STATE_STORE: 'blobs',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: parameter('stateContainerName'),
      BLOB_CASE_CONTAINER: parameter('caseContainerName'),
      HANDOFF_DESTINATIONS: 'teams',
      SUPPORT_ADMINS: ADMIN,
      SUPPORT_DAYS: 'Mon-Sun',
      SUPPORT_HOURS: '00:00-24:00',
      HANDOFF_RETRY_BASE_MS: '10',
      HANDOFF_RETRY_MAX_MS: '50',
    }),
    createLogger('info', sink),
  );
  const base = started.server.url.replace('[::]', '127.0.0.1');
  return { ...started, base };
}
type Bot = Awaited<ReturnType<typeof startBot>>;

const post = (bot: Bot, activity: Record<string, unknown>) => postActivity(bot.base, connector.url, activity);

function visitor(bot: Bot, id: string) {
  const conversation = `webchat-${id}`;
  return {
    conversation,
    say: (text: string) => post(bot, { channelId: 'webchat', locale: 'en-US', conversation: { id: conversation }, from: { id }, text }),
    received: () => connector.accepted(conversation).map((r) => r.activity.text ?? ''),
  };
}

function teamsMember(bot: Bot, name: string, conversation: string, aadObjectId = `${name}-oid`) {
  return (text: string, mention = false) =>
    post(bot, {
      channelId: 'msteams',
      locale: 'en-US',
      conversation: { id: conversation, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      from: { id: `29:${name}`, name, aadObjectId },
      text: mention ? `<at>Port 25 triage</at> ${text}` : text,
      ...(mention
        ? { entities: [{ type: 'mention', text: '<at>Port 25 triage</at>', mentioned: { id: '28:bot', name: 'Port 25 triage' } }] }
        : {}),
    });
}

const caseNumberIn = (text: string) => /SMTP-[0-9A-HJKMNP-TV-Z]{5}/.exec(text)![0];
const ANSWERS = ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no', 'Mail to contoso.com times out'];

async function openCase(person: ReturnType<typeof visitor>): Promise<{ number: string; card: string; done: string }> {
  for (const text of ANSWERS) await person.say(text);
  const done = await person.say('yes');
  const number = caseNumberIn(done);
  await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity.attachments).includes(number)));
  const card = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity.attachments).includes(number))!.id;
  return { number, card, done };
}

describe("cases outlive the state store's lifecycle rule", () => {
  it('keeps the registration, the card and live-chat indexes and an open case: the chat, "status" and new cases work after the rule ran', async () => {
    const bot = await startBot();
    try {
      expect(await teamsMember(bot, 'Admin', `${CHANNEL};messageid=1`, ADMIN)('register support channel', true)).toContain(
        'This channel now receives the support cases',
      );
      const jane = visitor(bot, 'jane');
      const { number, card } = await openCase(jane);
      const aiko = teamsMember(bot, 'Aiko', `${CHANNEL};messageid=${card}`);
      await aiko('Hello, which region is the VM in?');
      await connector.until(() => jane.received().some((t) => t.includes('which region')));

      const deleted = await applyLifecycleRules(BlobServiceClient.fromConnectionString(azurite.connectionString));
      // The rule did run: the conversations' state went.
      expect(deleted.some((path) => path.includes('conversations'))).toBe(true);

      // The engineer's next message still reaches the person, and the person's answer the thread.
      await aiko('Thanks. Is it a new VM?');
      await connector.until(() => jane.received().some((t) => t.includes('Is it a new VM')));
      expect(await jane.say('It is two weeks old')).toBe('');
      expect(connector.accepted(`${CHANNEL};messageid=${card}`).map((r) => r.activity.text)).toContain(
        '**Requester:** It is two weeks old',
      );
      expect(await jane.say('status')).toContain(`${number}: assigned`);
      // The registration is still there: another person's new case gets its card at once.
      const { done } = await openCase(visitor(bot, 'leo'));
      expect(done).not.toContain('not connected');
      expect(done).not.toContain('has not reached the support team yet');
    } finally {
      bot.server.close();
    }
  });

  it('moves the cases an earlier version kept in the state container out of the rule, once', async () => {
    // An earlier version's layout: the registration, a case with its card and index, in the state container.
    const state = new ContainerClient(azurite.connectionString, parameter('stateContainerName'));
    await state.createIfNotExists();
    const old = new CaseStore(new BlobStateStorage(state));
    await old.setSupportChannel({
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: CHANNEL, isGroup: true, conversationType: 'channel', tenantId: 'tenant-1' },
    });
    const number = newCaseNumber();
    const supportCase: SupportCase = {
      number,
      status: 'open',
      locale: 'en',
      createdAt: new Date().toISOString(),
      answers: {},
      supportCanLift: true,
      category: ['Technical'],
      requester: {
        userKey: 'webchat:kim',
        channelId: 'webchat',
        reference: {
          channelId: 'webchat',
          serviceUrl: connector.url,
          conversation: { id: 'webchat-kim' },
          user: { id: 'kim' },
          bot: { id: '28:bot' },
        },
      },
      history: [],
      revision: 0,
      outbox: [],
      teams: { activityId: 'old-card', shownRevision: 0 },
    };
    await old.create(supportCase);
    await old.recordCard('old-card', number);

    const log: string[] = [];
    const bot = await startBot(log);
    try {
      expect(log.join('')).toContain('case items moved out of the state container');
      await applyLifecycleRules(BlobServiceClient.fromConnectionString(azurite.connectionString));
      // The engineer answers in the old card's thread: it reaches Kim.
      await teamsMember(bot, 'Ben', `${CHANNEL};messageid=old-card`)('Hello Kim, I have your case.');
      await connector.until(() => connector.accepted('webchat-kim').some((r) => r.activity.text?.includes('I have your case')));
      expect(await visitor(bot, 'kim').say('status')).toContain(`${number}: assigned`);
      const { done } = await openCase(visitor(bot, 'ann'));
      expect(done).not.toContain('not connected');
    } finally {
      await bot.handoff.deliveries?.stop();
      bot.server.close();
    }
    // Moved, not copied: nothing is left in the state container for a later start to bring back.
    const again: string[] = [];
    const second = await startBot(again);
    try {
      expect(again.join('')).not.toContain('case items moved out of the state container');
    } finally {
      await second.handoff.deliveries?.stop();
      second.server.close();
    }
  });

  it('with no support channel registered: the log and /metrics say so at start, and the person is told the truth', async () => {
    const log: string[] = [];
    const bot = await startBot(log);
    try {
      expect(log.join('')).toContain('no support channel is registered');
      const metrics = async () => (await (await fetch(`${bot.base}/metrics`)).text()).match(/^support_channel_registered (\d)/m)?.[1];
      expect(await metrics()).toBe('0');

      const mia = visitor(bot, 'mia');
      for (const text of ANSWERS) await mia.say(text);
      const done = await mia.say('yes');
      const number = caseNumberIn(done);
      expect(done).toContain(`Your case ${number} is saved, but the support team's channel is not connected to this bot right now`);
      expect(done).toContain('with the problem type Technical → Virtual Network → Cannot send email (SMTP/Port 25) (H1)');
      expect(done).not.toContain('an engineer will take your case shortly');
      // What the person adds meanwhile goes to the case, and the card shows it once posted.
      await mia.say('agent');
      expect(await mia.say('We also see 421 now')).toBe(`Added to case ${number}: the support team sees it with the case.`);
      // A second case waits too; the log says it once, not per case.
      const noa = visitor(bot, 'noa');
      for (const text of ANSWERS) await noa.say(text);
      const second = caseNumberIn(await noa.say('yes'));
      expect(log.filter((line) => line.includes('waiting for a support channel'))).toHaveLength(1);

      // Registered: the metric says so and the waiting case goes out.
      await teamsMember(bot, 'Admin', `${CHANNEL};messageid=1`, ADMIN)('register support channel', true);
      expect(await metrics()).toBe('1');
      await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity.attachments).includes(number)));
      await connector.until(() => connector.accepted(CHANNEL, 'POST').some((r) => JSON.stringify(r.activity.attachments).includes(second)));
      const card = connector.accepted(CHANNEL, 'POST').find((r) => JSON.stringify(r.activity.attachments).includes(number))!;
      expect(JSON.stringify(card.activity.attachments)).toContain('We also see 421 now');
    } finally {
      bot.server.close();
    }
  });
});
