/**
 * The subscription question with an OAuth connection: sign-in through the OAuthPrompt (tokens
 * from the TestAdapter), then the real Azure lookup against a local HTTPS ARM.
 */
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { AzureSubscriptionLookup } from '../../src/azure/lookup';
import { createLogger } from '../../src/logger';
import { TriageRoot } from '../../dialogs/triageRoot';
import { TriageBot } from '../../src/bot';
import { CATALOGS, format } from '../../src/locale';
import { RecordingAdapter } from '../support/recordingAdapter';
import { ARM_TOKEN, armSubscription, billingProperty, settingsFor, useFakeAzure } from '../azure/fakeAzure';

const CONNECTION = 'azure-arm';
const EA_ID = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';
const DEVTEST_ID = '7d9c2a41-5e1b-4c3f-9a8d-2f6e4b1c0d3a';
const MCA_ID = '3c4d5e6f-0000-4a4a-8b8b-123456789abc';

const fake = useFakeAzure();
beforeEach(() => {
  fake.routes.set('/subscriptions', () => ({
    status: 200,
    body: {
      value: [
        armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'),
        armSubscription(DEVTEST_ID, 'Contoso Test', 'MSDNDevTest_2014-09-01'),
      ],
    },
  }));
  serve(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'));
  serve(DEVTEST_ID, armSubscription(DEVTEST_ID, 'Contoso Test', 'MSDNDevTest_2014-09-01'));
});

function serve(
  id: string,
  body: object,
  billing: { status: number; body?: unknown } = { status: 403, body: { error: { code: 'AuthorizationFailed' } } },
) {
  fake.routes.set(`/subscriptions/${id}`, () => ({ status: 200, body }));
  fake.routes.set(`/subscriptions/${id}/providers/Microsoft.Billing/billingProperty/default`, () => billing);
}

function lookup(budgetMs = 4000): AzureSubscriptionLookup {
  return new AzureSubscriptionLookup(settingsFor(fake, { budgetMs }), createLogger('silent'));
}

interface Chat {
  say(text: string): Promise<Partial<Activity>[]>;
}

/**
 * signedIn: the token service already holds the person's token (no card needed); magicCode: it
 * will once the person types the code. The TestAdapter plays the token service.
 */
function chat(options: { connection: boolean; signedIn?: boolean; magicCode?: string; locale?: string; budgetMs?: number }): Chat {
  const root = new TriageRoot(options.connection ? { connectionName: CONNECTION, lookup: lookup(options.budgetMs) } : undefined);
  let tokenAdded = false;
  const tokenService: Middleware = {
    async onTurn(context, next) {
      const adapter = context.adapter;
      if (!tokenAdded && (options.signedIn || options.magicCode) && adapter instanceof TestAdapter) {
        adapter.addUserToken(CONNECTION, context.activity.channelId, context.activity.from.id, ARM_TOKEN, options.magicCode);
        tokenAdded = true;
      }
      await next();
    },
  };
  const client = new DialogTestClient('test', root, undefined, [tokenService]);
  return {
    async say(text) {
      const first: unknown = await client.sendActivity({ type: 'message', text, locale: options.locale ?? 'en-US' });
      const replies = [first as Partial<Activity>];
      for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
      return replies.filter(Boolean);
    },
  };
}

/** Teams through the bot itself (TriageBot, which updates answered cards), signed in; the adapter records updates. */
function teamsChat() {
  const bot = new TriageBot(new ConversationState(new MemoryStorage()), new TriageRoot({ connectionName: CONNECTION, lookup: lookup() }));
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
  return { adapter, say };
}

const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const buttons = (replies: Partial<Activity>[]) => replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);

/** Starts a triage and answers "virtual machine", so the next question is the subscription. */
async function toSubscriptionQuestion(c: Chat): Promise<Partial<Activity>[]> {
  await c.say('hello');
  return c.say('vm');
}

describe('subscription lookup without an OAuth connection', () => {
  it('keeps the manual path and says lookup is not configured', async () => {
    const c = chat({ connection: false });
    const question = await toSubscriptionQuestion(c);
    expect(buttons(question)).not.toContain('Sign in and pick my subscription');
    const replies = await c.say(EA_ID);
    expect(texts(replies)).toContain(
      `Thank you, ${EA_ID} is a valid subscription id. Looking subscriptions up in Azure is not configured on this bot`,
    );
    expect(fake.seen).toHaveLength(0);
  });
});

describe('subscription lookup with an OAuth connection', () => {
  it("offers to sign in, lists the person's subscriptions, and asks the one separating question for an EA quota id", async () => {
    const c = chat({ connection: true, signedIn: true });
    const question = await toSubscriptionQuestion(c);
    expect(buttons(question)).toContain('Sign in and pick my subscription');

    const list = await c.say('Sign in and pick my subscription');
    expect(list[0]?.type).toBe('typing');
    expect(texts(list)).toContain('Which subscription sends the mail?');
    expect(buttons(list)).toEqual([`Contoso Production (${EA_ID})`, `Contoso Test (${DEVTEST_ID})`]);

    const verified = await c.say('1');
    expect(texts(verified)).toContain(
      `This subscription (Contoso Production, ${EA_ID}) is Standard Enterprise Agreement (EA, MS-AZR-0017P) or MCA for enterprise (MCA-E) or Pay-As-You-Go (quota id EnterpriseAgreement_2014-09-01).`,
    );
    expect(texts(verified)).toContain('The data from Azure leaves more than one rule possible. Which is it?');
    expect(buttons(verified)).toEqual(['Standard Enterprise Agreement (EA, MS-AZR-0017P) / MCA for enterprise (MCA-E)', 'Pay-As-You-Go']);
    expect(texts(verified)).toContain('that an individual signed up for online counts as Pay-As-You-Go here');
    expect(fake.seen.find((r) => r.path === `/subscriptions/${EA_ID}`)?.bearer).toBe(ARM_TOKEN);

    const next = await c.say('EA');
    expect(texts(next)).toContain('What happens when it sends? (E2)');
    await c.say('The connection times out');
    const summary = await c.say('No, I still need help');
    const text = texts(summary);
    expect(text).toContain(
      '- Subscription type: Standard Enterprise Agreement (EA, MS-AZR-0017P) or MCA for enterprise (MCA-E) (told by the customer; Azure: Standard Enterprise Agreement (EA, MS-AZR-0017P) or MCA for enterprise (MCA-E) or Pay-As-You-Go; quota id EnterpriseAgreement_2014-09-01)',
    );
    expect(text).toContain(
      `- Subscription id: ${EA_ID}: Contoso Production, state: Enabled, quota id: EnterpriseAgreement_2014-09-01, spendingLimit: Off (read from Azure)`,
    );
  });

  it('a pasted id is read from Azure; a Dev/Test quota id asks which Dev/Test offer', async () => {
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    const verified = await c.say(`it is ${DEVTEST_ID}`);
    expect(texts(verified)).toContain('is Enterprise Dev/Test or Pay-As-You-Go or Visual Studio / MSDN (quota id MSDNDevTest_2014-09-01)');
    expect(buttons(verified)).toEqual(['Enterprise Dev/Test', 'Pay-As-You-Go / Visual Studio / MSDN']);
    const next = await c.say('Enterprise Dev/Test');
    expect(texts(next)).toContain('What happens when it sends? (E2)');
  });

  it('in Teams, the card that separates the rules answered in words is updated in place like a pressed one', async () => {
    const { adapter, say } = teamsChat();
    await say('hi');
    await say('Virtual machine');
    const separate = (await say(DEVTEST_ID)).find((r) => r.attachments?.length)!;
    expect(separate.text).toContain(CATALOGS.en.azure.separatePrompt);
    await say('Enterprise Dev/Test');
    const updated = adapter.updated.at(-1);
    expect([updated?.id, updated?.text?.split('\n\n').at(-1)]).toEqual([
      separate.id,
      format(CATALOGS.en.teamsChat.cardAnswered, { choice: 'Enterprise Dev/Test' }),
    ]);
  });

  it('in Teams, the subscription picked in words updates the card that listed them', async () => {
    const { adapter, say } = teamsChat();
    await say('hi');
    await say('Virtual machine');
    const pick = (await say('sign in')).find((r) => r.text?.includes(CATALOGS.en.azure.pickPrompt))!;
    await say('Contoso Production');
    const updated = adapter.updated.at(-1);
    expect(updated?.id).toBe(pick.id);
    expect(updated?.text?.split('\n\n').at(-1)).toMatch(/^Answered: Contoso Production/);
  });

  it('"individual MCA" answers the EA quota id\'s question as the non-enterprise rule', async () => {
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    await c.say(EA_ID);
    const next = await c.say('it is an individual MCA');
    expect(texts(next)).toContain('Decided by rules S1, O1.');
  });

  it('the other Dev/Test answer leads to the blocked rule (O1)', async () => {
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    await c.say(DEVTEST_ID);
    const next = await c.say('2');
    expect(texts(next)).toContain('Decided by rules S1, O1.');
  });

  it('billing facts that settle the type need no question, and the summary says verified with Azure', async () => {
    serve(MCA_ID, armSubscription(MCA_ID, 'Fabrikam', 'EnterpriseAgreement_2014-09-01'), {
      status: 200,
      body: billingProperty({ billingAccountAgreementType: 'MicrosoftCustomerAgreement', billingAccountType: 'Enterprise' }),
    });
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    const verified = await c.say(MCA_ID);
    expect(texts(verified)).toContain(
      `This subscription (Fabrikam, ${MCA_ID}) is MCA for enterprise (MCA-E) (quota id EnterpriseAgreement_2014-09-01).`,
    );
    expect(texts(verified)).toContain('Its billing account is MicrosoftCustomerAgreement (Enterprise).');
    expect(texts(verified)).toContain('What happens when it sends? (E2)');
    await c.say('timeout');
    const summary = texts(await c.say('no'));
    expect(summary).toContain('- Subscription type: MCA for enterprise (MCA-E) (verified with Azure)');
    expect(summary).toContain('billing: MicrosoftCustomerAgreement / Enterprise');
  });

  it('answers a forbidden and a missing subscription alike, and falls back to asking', async () => {
    const forbidden = '11111111-1111-4111-8111-111111111111';
    const missing = '22222222-2222-4222-8222-222222222222';
    fake.routes.set(`/subscriptions/${forbidden}`, () => ({ status: 403, body: { error: { code: 'AuthorizationFailed' } } }));
    fake.routes.set(`/subscriptions/${missing}`, () => ({ status: 404, body: { error: { code: 'SubscriptionNotFound' } } }));
    const a = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(a);
    const first = texts(await a.say(forbidden));
    const b = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(b);
    const second = texts(await b.say(missing));
    expect(first).toContain(
      `I could not read the subscription ${forbidden} with your account: either it does not exist or your account has no access to it.`,
    );
    expect(first.replace(forbidden, 'ID')).toEqual(second.replace(missing, 'ID'));
    expect(first).toContain('Which subscription type does it run in?');
  });

  it('when Azure does not answer in time it says so and asks, keeping the answers so far', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => 'hang');
    const c = chat({ connection: true, signedIn: true, budgetMs: 600 });
    await toSubscriptionQuestion(c);
    const replies = texts(await c.say(EA_ID));
    expect(replies).toContain(
      'I could not verify the subscription with Azure just now. Nothing you told me is lost; please tell me its type:',
    );
    expect(replies).toContain('Which subscription type does it run in?');
    const next = await c.say('Enterprise Agreement');
    expect(texts(next)).toContain('What happens when it sends? (E2)');
  });

  it('malformed JSON from Azure is "could not verify", in Japanese for a Japanese conversation', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => ({ status: 200, raw: '{"subscriptionId":' }));
    const c = chat({ connection: true, signedIn: true, locale: 'ja-JP' });
    await c.say('こんにちは');
    await c.say('仮想マシン');
    const replies = texts(await c.say(EA_ID));
    expect(replies).toContain('現在、Azure でサブスクリプションを確認できません。');
  });

  it('points out a disabled subscription', async () => {
    serve(EA_ID, armSubscription(EA_ID, 'Old project', 'PayAsYouGo_2014-09-01', { state: 'Disabled' }));
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    const replies = texts(await c.say(EA_ID));
    expect(replies).toContain('Note: this subscription is disabled. A disabled subscription sends nothing, whatever the port');
    expect(replies).toContain('is Pay-As-You-Go (quota id PayAsYouGo_2014-09-01)');
  });

  it.each([
    ['PastDue', 'Note: this subscription is past due.'],
    ['Warned', 'Note: this subscription is in the warned state'],
  ])('points out a %s subscription', async (state, note) => {
    serve(EA_ID, armSubscription(EA_ID, 'Contoso', 'PayAsYouGo_2014-09-01', { state }));
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    expect(texts(await c.say(EA_ID))).toContain(note);
  });

  it('shows the sign-in card when there is no token yet, and a typed answer instead is not lost', async () => {
    const c = chat({ connection: true });
    await toSubscriptionQuestion(c);
    const card = await c.say('sign in');
    expect(texts(card)).toContain('Please sign in with the account you use in the Azure portal.');
    expect(card.flatMap((r) => r.attachments ?? []).map((a) => a.contentType)).toContain('application/vnd.microsoft.card.oauth');
    const next = await c.say('Enterprise Agreement');
    expect(texts(next)).toContain('What happens when it sends? (E2)');
    expect(fake.seen).toHaveLength(0);
  });

  it('finishes sign-in with a magic code, then lists the subscriptions', async () => {
    const c = chat({ connection: true, magicCode: '123456' });
    await toSubscriptionQuestion(c);
    await c.say('sign in');
    const list = await c.say('123456');
    expect(buttons(list)).toEqual([`Contoso Production (${EA_ID})`, `Contoso Test (${DEVTEST_ID})`]);
  });

  it('a display name is shown as written, never as Markdown', async () => {
    fake.routes.set('/subscriptions', () => ({
      status: 200,
      body: { value: [armSubscription(EA_ID, 'prod_eu [click](https://example.com)', 'PayAsYouGo_2014-09-01')] },
    }));
    serve(EA_ID, armSubscription(EA_ID, 'prod_eu [click](https://example.com)', 'PayAsYouGo_2014-09-01'));
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    const list = await c.say('sign in');
    expect(buttons(list)).toEqual([`prod_eu [click](https://example.com) (${EA_ID})`]);
    expect(texts(list)).toContain(`1. prod\\_eu \\[click\\]\\(https://example.com\\) (${EA_ID})`);
    const verified = await c.say('1');
    expect(texts(verified)).toContain(`This subscription (prod\\_eu \\[click\\]\\(https://example.com\\), ${EA_ID})`);
  });

  it('a pick that is not a subscription is asked again; a pasted id works while picking', async () => {
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    await c.say('sign in');
    const again = await c.say('the blue one');
    expect(texts(again)).toContain('Sorry, "the blue one" is not one of your subscriptions.');
    const verified = await c.say(DEVTEST_ID);
    expect(texts(verified)).toContain('(quota id MSDNDevTest_2014-09-01)');
  });
});

describe('a quota id the table does not know', () => {
  it('says Azure does not tell the type, asks the usual question, and the summary keeps the quota id', async () => {
    serve(EA_ID, armSubscription(EA_ID, 'Lab', 'Internal_2014-09-01'));
    const c = chat({ connection: true, signedIn: true });
    await toSubscriptionQuestion(c);
    const replies = texts(await c.say(EA_ID));
    expect(replies).toContain(`I found the subscription (Lab, ${EA_ID}), but its quota id Internal_2014-09-01 does not tell me its type.`);
    expect(replies).toContain('Which subscription type does it run in?');
    await c.say('Pay-As-You-Go');
    const summary = texts(await c.say('No, I still need help'));
    expect(summary).toContain('- Subscription type: Pay-As-You-Go (told by the customer; Azure: —; quota id Internal_2014-09-01)');
  });
});
