/**
 * Destination 3: an Azure support ticket in the person's name, after the case is saved. Sign-in tokens
 * come from the TestAdapter (the token service); ARM is a local HTTPS server, reached by the real SDK pipeline.
 */
import { loadConfig } from '../../src/config';
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type Middleware } from 'botbuilder';
import { TriageBot } from '../../src/bot';
import { RecordingAdapter } from '../support/recordingAdapter';
import { DialogTestClient } from 'botbuilder-testing';
import { AzureSubscriptionLookup } from '../../src/azure/lookup';
import type { AzureSettings } from '../../src/azure/settings';
import { openTicketAs } from '../../src/azure/supportTicket';
import { CaseStore } from '../../src/cases/caseStore';
import { createLogger } from '../../src/logger';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { TriageRoot } from '../../dialogs/triageRoot';
import { ARM_TOKEN, SUPPORT_SERVICE, armSubscription, serveSupportCatalog, settingsFor, useFakeAzure } from '../azure/fakeAzure';
import { CATALOGS, format, type Catalog } from '../../src/locale';
import { COMMANDS, commandOf, type CommandId } from '../../src/triage';
import { GLOBAL_COMMAND_WORDS, type GlobalCommand } from '../support/globalCommands';

const CONNECTION = 'azure-arm';
const SUB = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';

const fake = useFakeAzure();
beforeEach(() => {
  fake.routes.set(`/subscriptions/${SUB}`, () => ({
    status: 200,
    body: armSubscription(SUB, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'),
  }));
  fake.routes.set(`/subscriptions/${SUB}/providers/Microsoft.Billing/billingProperty/default`, () => ({
    status: 403,
    body: { error: { code: 'AuthorizationFailed' } },
  }));
  fake.routes.set('/subscriptions', () => ({
    status: 200,
    body: { value: [armSubscription(SUB, 'Contoso Production', 'EnterpriseAgreement_2014-09-01')] },
  }));
  serveSupportCatalog(fake, SUB);
});

function rootDialog(): TriageRoot {
  const settings: AzureSettings = settingsFor(fake, { maxRetries: 0, cacheTtlMs: 0, cacheMax: 1 });
  return new TriageRoot(
    { connectionName: CONNECTION, lookup: new AzureSubscriptionLookup(settings, createLogger('silent')) },
    {
      store: new CaseStore(new BoundedMemoryStorage({ maxItems: 100, ttlMs: 3_600_000 })),
      hours: { opensAt: 0, closesAt: 1440, days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], timeZone: 'UTC' },
      ticket: {
        create: (user, request) => openTicketAs(user, settings, request),
        contacts: { en: loadConfig({}).TICKET_CONTACT_EN, ja: loadConfig({}).TICKET_CONTACT_JA },
      },
    },
  );
}

/** signedIn: the token service already holds the person's token; without it, sign-in waits at its card. */
function chat(locale: string, { signedIn = true }: { signedIn?: boolean } = {}) {
  const root = rootDialog();
  // The token service already holds the person's token.
  const tokenService: Middleware = {
    async onTurn(context, next) {
      if (signedIn && context.adapter instanceof TestAdapter)
        context.adapter.addUserToken(CONNECTION, context.activity.channelId, context.activity.from.id, ARM_TOKEN);
      await next();
    },
  };
  const client = new DialogTestClient('test', root, undefined, [tokenService]);
  return async (text: string): Promise<string> => {
    const replies: Partial<Activity>[] = [];
    for (
      let r = (await client.sendActivity({ type: 'message', text, locale })) as Partial<Activity> | undefined;
      r;
      r = client.getNextReply()
    )
      replies.push(r);
    return replies.map((r) => r.text ?? '').join('\n');
  };
}

const ticketPath = (number: string) => `/subscriptions/${SUB}/providers/Microsoft.Support/supportTickets/port25-${number.toLowerCase()}`;

/** Triage with the subscription read from Azure, the hand-off confirmed: returns the case number. */
async function toTicketOffer(say: (text: string) => Promise<string>, words: string[]): Promise<string> {
  let last = '';
  for (const text of words) last = await say(text);
  return /SMTP-[0-9A-Z]{5}/.exec(last)![0];
}

describe('an Azure support ticket after the case', () => {
  it.each([
    ['O1, blocked', ['Pay-As-You-Go']],
    ['S4, unsupported', []],
    ['E2, rejected by the receiving domain', ['Enterprise Agreement (EA)', 'the receiving server rejects it with 550 5.7.1']],
  ])('is not offered after a verdict support cannot act on (%s): the case is saved, no ticket offered', async (_, answers) => {
    const say = chat('en-US');
    await say('hi');
    await say(answers.length ? 'Virtual machine' : 'Another Azure service');
    for (const answer of answers) await say(answer);
    await say('agent');
    await say('skip');
    const done = await say('yes');
    expect(done).toMatch(/SMTP-[0-9A-Z]{5}/);
    expect(done).not.toContain(CATALOGS.en.handoff.ticket.offer);
  });

  it('asks severity, contact and consent, signs in, and opens the ticket through Microsoft.Support', async () => {
    const say = chat('en-US');
    const number = await toTicketOffer(say, [
      'hi',
      'Virtual machine',
      SUB,
      'Enterprise Agreement (EA)',
      'it times out',
      'no',
      'It stopped on Monday',
      'yes',
    ]);
    fake.routes.set(ticketPath(number), () => ({ status: 201, body: { properties: { supportTicketId: '2611290010000123' } } }));
    expect(await say('Moderate (B)')).toContain('Type your first name, last name and email');
    expect(await say('jane@contoso.com')).toContain('I need a first name, a last name and an email address');
    const confirm = await say('Jane Doe jane@contoso.com GBR');
    expect(confirm).toContain(
      `"Cannot send email on port 25 (case ${number})", severity B - Moderate impact, contact Jane Doe <jane@contoso.com>, country GBR`,
    );
    expect(confirm).toContain('May Microsoft support collect diagnostic information');
    expect(await say('Open it, with diagnostics')).toBe(
      'Your Azure support ticket is open: 2611290010000123. Microsoft support will contact you by email.',
    );
    const put = fake.seen.find((s) => s.method === 'PUT');
    expect(put?.path).toBe(ticketPath(number));
    expect(put?.bearer).toBe(ARM_TOKEN);
  });

  it('in Japanese: a 403 (no support plan) gives the portal path and the exact category', async () => {
    const say = chat('ja-JP');
    const number = await toTicketOffer(say, [
      'こんにちは',
      '仮想マシン',
      SUB,
      'Enterprise Agreement (EA)',
      'タイムアウト',
      'いいえ',
      'スキップ',
      'はい',
    ]);
    fake.routes.set(ticketPath(number), () => ({ status: 403, body: { error: { code: 'AuthorizationFailed', message: 'no plan' } } }));
    await say('中 (B)');
    expect(await say('山田 太郎 taro@contoso.com')).toContain(
      '連絡先 山田 太郎 <taro@contoso.com>、国 JPN、タイム ゾーン Tokyo Standard Time',
    );
    const refused = await say('作成する (診断情報なし)');
    expect(refused).toContain('Professional Direct、Premier、Unified のいずれかのサポート プラン');
    expect(refused).toContain(
      '[ヘルプとサポート] → [サポート リクエストの作成] で [問題の種類] に [技術関連] → [仮想ネットワーク] → [メールを送信できない (SMTP 25 番ポート)] を選び',
    );
    expect(refused).toContain(number);
  });

  it('says so when Azure no longer lists the category, and opens nothing; "No ticket" opens nothing either', async () => {
    fake.routes.set(`${SUPPORT_SERVICE}/problemClassifications`, () => ({ status: 200, body: { value: [] } }));
    const say = chat('en-US');
    await toTicketOffer(say, ['hi', 'Virtual machine', SUB, 'Enterprise Agreement (EA)', 'it times out', 'no', 'skip', 'yes']);
    await say('Critical (A)');
    await say('Jane Doe jane@contoso.com');
    const answer = await say('Open it, without diagnostics');
    expect(answer).toContain('Azure no longer lists this problem type under that name');
    expect(answer).toContain(
      'Help + support → Create a support request, with the problem type Technical → Virtual Network → Cannot send email (SMTP/Port 25)',
    );
    expect(fake.seen.some((s) => s.method === 'PUT')).toBe(false);

    const again = chat('en-US');
    await toTicketOffer(again, ['hi', 'Virtual machine', SUB, 'Enterprise Agreement (EA)', 'it times out', 'no', 'skip', 'yes']);
    expect(await again('No ticket')).toBe('No ticket was opened.');
  });
});

describe('the ticket in Teams', () => {
  it('its cards answered in words are updated in place like pressed ones: the severity, then with or without diagnostics', async () => {
    const bot = new TriageBot(new ConversationState(new MemoryStorage()), rootDialog());
    const adapter = new RecordingAdapter((context) => bot.run(context), { channelId: 'msteams' });
    adapter.use({
      async onTurn(context, next) {
        adapter.addUserToken(CONNECTION, context.activity.channelId, context.activity.from.id, ARM_TOKEN);
        await next();
      },
    });
    const say = async (text: string) => {
      await adapter.receiveActivity({ type: 'message', text, locale: 'en-US' });
      return adapter.activeQueue.splice(0);
    };
    let replies: Partial<Activity>[] = [];
    for (const text of ['hi', 'Virtual machine', SUB, 'Enterprise Agreement (EA)', 'it times out', 'no', 'skip', 'yes'])
      replies = await say(text);
    const number = /SMTP-[0-9A-Z]{5}/.exec(replies.map((r) => r.text).join('\n'))![0];
    const severityCard = replies.find((r) => r.text?.includes(CATALOGS.en.handoff.ticket.offer))!;
    fake.routes.set(ticketPath(number), () => ({ status: 201, body: { properties: { supportTicketId: '2611290010000123' } } }));

    await say('Moderate (B)');
    expect(adapter.updated.at(-1)?.id).toBe(severityCard.id);
    expect(adapter.updated.at(-1)?.text).toContain(
      format(CATALOGS.en.teamsChat.cardAnswered, { choice: CATALOGS.en.handoff.ticket.severity.moderate.label }),
    );
    const consentCard = (await say('Jane Doe jane@contoso.com')).at(-1)!;
    await say('without diagnostics');
    expect(adapter.updated.at(-1)?.id).toBe(consentCard.id);
    expect(adapter.updated.at(-1)?.text).toContain(
      format(CATALOGS.en.teamsChat.cardAnswered, { choice: CATALOGS.en.handoff.ticket.withoutDiagnostics.label }),
    );
    expect(adapter.updated.at(-1)?.attachments).toEqual([]);
  });
});

/**
 * Every global command in every part that asks, in both languages: the root acts on it before the part,
 * which then asks its question again (status, help, a language) or ends (cancel, start over). The live
 * chat, a part of the case's thread rather than a dialog, has its row in test/handoff/liveChat.test.ts.
 */
describe('global commands in every part that asks', () => {
  const words = GLOBAL_COMMAND_WORDS;
  const global = (Object.keys(COMMANDS) as CommandId[]).filter((id) => COMMANDS[id] === 'global').sort();

  it.each(['en', 'ja'] as const)('%s: the table has a word for every global command, and each word is that command', (locale) => {
    expect(Object.keys(words[locale]).sort()).toEqual(global);
    expect(global.map((id) => commandOf(words[locale][id as GlobalCommand])?.id)).toEqual(global);
  });

  interface Part {
    part: string;
    steps: string[];
    /** The part's question, as it is asked again. */
    prompt: (c: Catalog) => string;
    signedIn?: boolean;
    /** What "a person" gives: the hand-off begins, or the part (already on its way to a person) asks again. */
    person?: (c: Catalog) => string;
    /** What "cancel" says: the part says what it dropped, or the triage asks its question again. */
    cancelled: (c: Catalog) => string;
    /** What "status" lists: the case once it is saved, otherwise that there is none. */
    status: (c: Catalog) => string;
  }
  const TO_CASE = ['hi', 'Virtual machine', SUB, 'Enterprise Agreement (EA)', 'it times out', 'no'];
  const parts: Part[] = [
    {
      part: 'triage question',
      steps: ['hi', 'Virtual machine'],
      prompt: (c) => c.questions.subscription.prompt,
      person: (c) => c.handoff.noTeam.askDescription.slice(0, 30),
      cancelled: (c) => c.cancelled,
      status: (c) => c.handoff.statusNone,
    },
    {
      part: 'sign-in',
      steps: ['hi', 'Virtual machine', 'sign in'],
      signedIn: false,
      prompt: (c) => c.azure.signInPrompt,
      person: (c) => c.handoff.noTeam.askDescription.slice(0, 30),
      cancelled: (c) => c.questions.subscription.prompt,
      status: (c) => c.handoff.statusNone,
    },
    {
      part: 'sign-in: pick a subscription',
      steps: ['hi', 'Virtual machine', 'sign in'],
      prompt: (c) => c.azure.pickPrompt,
      person: (c) => c.handoff.noTeam.askDescription.slice(0, 30),
      cancelled: (c) => c.questions.subscription.prompt,
      status: (c) => c.handoff.statusNone,
    },
    {
      part: 'hand-off description',
      steps: TO_CASE,
      prompt: (c) => c.handoff.noTeam.askDescription,
      cancelled: (c) => c.handoff.noTeam.notSent,
      status: (c) => c.handoff.statusNone,
    },
    {
      part: 'hand-off confirmation',
      steps: [...TO_CASE, 'skip'],
      prompt: (c) => c.handoff.noDescription,
      cancelled: (c) => c.handoff.noTeam.notSent,
      status: (c) => c.handoff.statusNone,
    },
    {
      part: 'hand-off: add to the open case',
      steps: [...TO_CASE, 'skip', 'yes', 'No ticket', 'agent'],
      prompt: (c) => c.handoff.cases.offerOne.split('{')[0],
      cancelled: (c) => c.handoff.noTeam.notSent,
      status: (c) => c.handoff.statusTitle,
    },
    {
      part: 'hand-off: what to add to the case',
      steps: [...TO_CASE, 'skip', 'yes', 'No ticket', 'agent', 'add to case'],
      prompt: (c) => c.handoff.cases.askAddition.split('{')[0],
      cancelled: (c) => c.handoff.noTeam.notSent,
      status: (c) => c.handoff.statusTitle,
    },
    {
      part: 'ticket severity',
      steps: [...TO_CASE, 'skip', 'yes'],
      prompt: (c) => c.handoff.ticket.offer.slice(0, 20),
      cancelled: (c) => c.handoff.ticket.notOpened,
      status: (c) => c.handoff.statusTitle,
    },
    {
      part: 'e-mail (ticket contact)',
      steps: [...TO_CASE, 'skip', 'yes', 'Moderate (B)'],
      prompt: (c) => c.handoff.ticket.contactPrompt.slice(0, 20),
      cancelled: (c) => c.handoff.ticket.notOpened,
      status: (c) => c.handoff.statusTitle,
    },
    {
      part: 'ticket consent',
      steps: [...TO_CASE, 'skip', 'yes', 'Moderate (B)', 'Jane Doe jane@contoso.com GBR'],
      prompt: (c) => c.handoff.ticket.confirm.split('}').at(-1)!,
      cancelled: (c) => c.handoff.ticket.notOpened,
      status: (c) => c.handoff.statusTitle,
    },
  ];
  const cases = (['en', 'ja'] as const).flatMap((locale) => parts.map((p) => [locale, p.part, p] as const));

  it.each(cases)(
    '%s, %s: status, help, the other language and a person answer and ask again',
    async (locale, _part, { steps, prompt, signedIn, person, status }) => {
      const say = chat(locale === 'ja' ? 'ja-JP' : 'en-US', { signedIn });
      for (const text of steps) await say(text);
      const catalog = CATALOGS[locale];
      const w = words[locale];
      expect(await say(w.status)).toContain(status(catalog));

      const help = await say(w.help);
      expect(help).toContain(catalog.help.slice(0, 30));
      expect(help).toContain(prompt(catalog));

      const other = locale === 'en' ? CATALOGS.ja : CATALOGS.en;
      const switched = await say(locale === 'en' ? w.japanese : w.english);
      expect(switched).toContain(other.languageSwitched);
      expect(switched).toContain(prompt(other));
      const back = await say(locale === 'en' ? w.english : w.japanese);
      expect(back).toContain(prompt(catalog));

      expect(await say(w.human)).toContain((person ?? prompt)(catalog));
    },
  );

  it.each(cases)('%s, %s: cancel ends the part', async (locale, _part, { steps, signedIn, cancelled }) => {
    const say = chat(locale === 'ja' ? 'ja-JP' : 'en-US', { signedIn });
    for (const text of steps) await say(text);
    expect(await say(words[locale].cancel)).toContain(cancelled(CATALOGS[locale]));
  });

  it.each(cases)('%s, %s: start over ends the part and begins a new triage', async (locale, part, { steps, signedIn }) => {
    const say = chat(locale === 'ja' ? 'ja-JP' : 'en-US', { signedIn });
    for (const text of steps) await say(text);
    const catalog = CATALOGS[locale];
    const over = await say(words[locale].startOver);
    expect(over).toContain(catalog.startingOver);
    expect(over).toContain(catalog.questions.resource.prompt);
    if (!part.startsWith('triage')) expect(over).not.toContain(catalog.handoff.noDescription);
  });
});
