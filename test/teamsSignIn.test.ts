/**
 * Teams: the bot as composed in src/index.ts (TriageBot, TeamsSSOTokenExchangeMiddleware, the
 * triage with its OAuthPrompt) finishing a sign-in with signin/tokenExchange (SSO, then the
 * on-behalf-of exchange against a local Entra ID) and with signin/verifyState.
 */
import { ConversationState, MemoryStorage, TeamsSSOTokenExchangeMiddleware, TestAdapter, type Activity } from 'botbuilder';
import { AzureSubscriptionLookup } from '../src/azure/lookup';
import type { AzureSettings } from '../src/azure/settings';
import { TriageBot } from '../src/bot';
import { createLogger } from '../src/logger';
import { TriageRoot } from '../dialogs/triageRoot';
import { ARM_TOKEN, SSO_TOKEN, armSubscription, settingsFor, useFakeAzure } from './azure/fakeAzure';

const CONNECTION = 'teams-sso';
const TEAMS_TOKEN = 'token-teams-hands-to-the-bot';
const SUB_ID = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';

const fake = useFakeAzure();
beforeEach(() => {
  fake.routes.set('/subscriptions', () => ({
    status: 200,
    body: { value: [armSubscription(SUB_ID, 'Contoso Production', 'PayAsYouGo_2014-09-01')] },
  }));
});

function teamsBot(mode: AzureSettings['tokenMode']): TestAdapter {
  const settings: AzureSettings = settingsFor(fake, {
    tokenMode: mode,
    onBehalfOf: { tenantId: 'test-tenant', clientId: 'bot-app-id', clientSecret: 'bot-app-secret', authorityHost: fake.url },
  });
  const storage = new MemoryStorage();
  const bot = new TriageBot(
    new ConversationState(storage),
    new TriageRoot({ connectionName: CONNECTION, lookup: new AzureSubscriptionLookup(settings, createLogger('silent')) }),
  );
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'msteams' });
  adapter.use(new TeamsSSOTokenExchangeMiddleware(storage, CONNECTION));
  return adapter;
}

async function send(adapter: TestAdapter, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  await adapter.receiveActivity({ locale: 'en-US', ...activity });
  return adapter.activeQueue.splice(0);
}

const message = (text: string): Partial<Activity> => ({ type: 'message', text });
/** The choices Teams shows: a card's buttons, or an Adaptive Card's submit actions. */
const cardButtons = (replies: Partial<Activity>[]) =>
  replies
    .flatMap((r) => r.attachments ?? [])
    .flatMap((a) => {
      const content = a.content as { buttons?: { title: string }[]; actions?: { title: string }[] } | undefined;
      return content?.buttons ?? content?.actions ?? [];
    })
    .map((b) => b.title);

async function toSignIn(adapter: TestAdapter): Promise<Partial<Activity>[]> {
  await send(adapter, message('hello'));
  await send(adapter, message('vm'));
  return send(adapter, message('sign in'));
}

describe('Teams sign-in', () => {
  it('SSO: the token exchange invoke finishes sign-in, the token is exchanged on behalf of the person, and the list follows', async () => {
    const adapter = teamsBot('onBehalfOf');
    adapter.addExchangeableToken(CONNECTION, 'msteams', 'user1', TEAMS_TOKEN, SSO_TOKEN);
    const card = await toSignIn(adapter);
    expect(card.flatMap((r) => r.attachments ?? []).map((a) => a.contentType)).toContain('application/vnd.microsoft.card.oauth');

    const invoke: Partial<Activity> = {
      type: 'invoke',
      name: 'signin/tokenExchange',
      value: { id: 'exchange-1', connectionName: CONNECTION, token: TEAMS_TOKEN },
    };
    const replies = await send(adapter, invoke);
    expect(replies.find((r) => r.type === 'invokeResponse')?.value).toMatchObject({ status: 200 });
    expect(cardButtons(replies)).toEqual([`Contoso Production (${SUB_ID})`]);
    expect(fake.seen.find((r) => r.path === '/subscriptions')?.bearer).toBe(ARM_TOKEN);

    // A repeated exchange (Teams desktop and web both send it) is answered and starts nothing new.
    const again = await send(adapter, invoke);
    expect(again.map((r) => r.type)).toEqual(['invokeResponse']);
    expect(fake.seen.filter((r) => r.path === '/subscriptions')).toHaveLength(1);
  });

  it('SSO a token service cannot exchange: 412, so Teams shows the sign-in card instead', async () => {
    const adapter = teamsBot('onBehalfOf');
    await toSignIn(adapter);
    const replies = await send(adapter, {
      type: 'invoke',
      name: 'signin/tokenExchange',
      value: { id: 'exchange-2', connectionName: CONNECTION, token: 'not-exchangeable' },
    });
    expect(replies.find((r) => r.type === 'invokeResponse')?.value).toMatchObject({ status: 412 });
    expect(fake.seen).toHaveLength(0);
  });

  it('sign-in card: signin/verifyState with the code finishes sign-in', async () => {
    const adapter = teamsBot('arm');
    adapter.addUserToken(CONNECTION, 'msteams', 'user1', ARM_TOKEN, '654321');
    await toSignIn(adapter);
    const replies = await send(adapter, { type: 'invoke', name: 'signin/verifyState', value: { state: '654321' } });
    expect(replies.find((r) => r.type === 'invokeResponse')?.value).toMatchObject({ status: 200 });
    expect(cardButtons(replies)).toEqual([`Contoso Production (${SUB_ID})`]);
  });
});

/** The Bot Framework token service cannot run here: this adapter answers like one that is down. */
class TokenServiceDown extends TestAdapter {
  override getUserToken(): Promise<never> {
    return Promise.reject(new Error('connect ECONNREFUSED token service'));
  }
}

describe('token service down', () => {
  it('says it could not verify and asks the subscription question again, keeping the answers', async () => {
    const errors: unknown[] = [];
    const bot = new TriageBot(
      new ConversationState(new MemoryStorage()),
      new TriageRoot({
        connectionName: CONNECTION,
        lookup: new AzureSubscriptionLookup(
          { armEndpoint: fake.url, tokenMode: 'arm', budgetMs: 1000, maxRetries: 0, retryDelayMs: 10, cacheTtlMs: 0, cacheMax: 1 },
          createLogger('silent'),
        ),
        onSignInError: (error) => errors.push(error),
      }),
    );
    const adapter = new TokenServiceDown((context) => bot.run(context));
    const replies = await toSignIn(adapter);
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).toContain('I could not verify the subscription with Azure just now. Nothing you told me is lost');
    expect(text).toContain('Which subscription type does it run in?');
    expect(errors).toHaveLength(1);
    const next = await send(adapter, message('Enterprise Agreement'));
    expect(next.map((r) => r.text ?? '').join('\n')).toContain('What happens when it sends? (E2)');
  });
});
