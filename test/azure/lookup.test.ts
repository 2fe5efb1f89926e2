import { Writable } from 'node:stream';
import { AzureSubscriptionLookup } from '../../src/azure/lookup';
import type { AzureSettings } from '../../src/azure/settings';
import { createLogger } from '../../src/logger';
import type { UserToken } from '../../src/azure/subscriptionLookup';
import { ARM_TOKEN, SSO_TOKEN, armSubscription, billingProperty, settingsFor, startFakeAzure, useFakeAzure } from './fakeAzure';

const EA_ID = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';
const DEVTEST_ID = '7d9c2a41-5e1b-4c3f-9a8d-2f6e4b1c0d3a';

const fake = useFakeAzure();
let logLines: string[];

beforeEach(() => {
  logLines = [];
});

function settings(overrides: Partial<AzureSettings> = {}): AzureSettings {
  return settingsFor(fake, { maxRetries: 2, retryDelayMs: 50, cacheMax: 100, ...overrides });
}

function lookup(overrides: Partial<AzureSettings> = {}): AzureSubscriptionLookup {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  return new AzureSubscriptionLookup(settings(overrides), createLogger('debug', sink));
}

const person: UserToken = { userKey: 'msteams:person-1', token: ARM_TOKEN };

function serveSubscription(id: string, body: object, billing?: { status: number; body?: unknown }) {
  fake.routes.set(`/subscriptions/${id}`, () => ({ status: 200, body }));
  fake.routes.set(
    `/subscriptions/${id}/providers/Microsoft.Billing/billingProperty/default`,
    () => billing ?? { status: 403, body: { error: { code: 'AuthorizationFailed', message: 'no billing rights' } } },
  );
}

describe('AzureSubscriptionLookup against a local ARM', () => {
  it('lists the subscriptions the person can read, with display names', async () => {
    fake.routes.set('/subscriptions', () => ({
      status: 200,
      body: {
        value: [
          armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'),
          armSubscription(DEVTEST_ID, 'Contoso Test', 'MSDNDevTest_2014-09-01'),
        ],
      },
    }));
    await expect(lookup().list(person)).resolves.toEqual({
      kind: 'listed',
      subscriptions: [
        { subscriptionId: EA_ID, displayName: 'Contoso Production', state: 'Enabled' },
        { subscriptionId: DEVTEST_ID, displayName: 'Contoso Test', state: 'Enabled' },
      ],
    });
    expect(fake.seen[0]).toMatchObject({ method: 'GET', path: '/subscriptions', bearer: ARM_TOKEN });
  });

  it('reads quota id and spending limit; a refused billing property leaves billing unknown', async () => {
    serveSubscription(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'));
    await expect(lookup().get(person, EA_ID)).resolves.toEqual({
      kind: 'found',
      facts: {
        subscriptionId: EA_ID,
        displayName: 'Contoso Production',
        state: 'Enabled',
        quotaId: 'EnterpriseAgreement_2014-09-01',
        spendingLimit: 'Off',
        billing: undefined,
      },
    });
  });

  it('reads the billing property with api-version 2024-04-01 when the person may', async () => {
    serveSubscription(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'), {
      status: 200,
      body: billingProperty({
        billingAccountAgreementType: 'MicrosoftCustomerAgreement',
        billingAccountType: 'Enterprise',
        subscriptionWorkloadType: 'Production',
        billingProfileDisplayName: 'Contoso',
      }),
    });
    const outcome = await lookup().get(person, EA_ID);
    expect(outcome.kind === 'found' && outcome.facts.billing).toEqual({
      billingAccountAgreementType: 'MicrosoftCustomerAgreement',
      billingAccountType: 'Enterprise',
      subscriptionWorkloadType: 'Production',
    });
    const billingCall = fake.seen.find((r) => r.path.endsWith('/billingProperty/default'));
    expect(billingCall).toMatchObject({ bearer: ARM_TOKEN, query: '?api-version=2024-04-01' });
  });

  it('answers 403 and 404 alike, so ids cannot be probed', async () => {
    const forbidden = '11111111-1111-1111-1111-111111111111';
    fake.routes.set(`/subscriptions/${forbidden}`, () => ({
      status: 403,
      body: { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization' } },
    }));
    const missing = '22222222-2222-2222-2222-222222222222';
    fake.routes.set(`/subscriptions/${missing}`, () => ({
      status: 404,
      body: { error: { code: 'SubscriptionNotFound', message: 'The subscription could not be found.' } },
    }));
    const client = lookup();
    const [a, b] = await Promise.all([client.get(person, forbidden), client.get(person, missing)]);
    expect(a).toEqual({ kind: 'notFoundOrForbidden' });
    expect(b).toEqual(a);
  });

  it('a disabled subscription is found, with its state', async () => {
    serveSubscription(EA_ID, armSubscription(EA_ID, 'Old project', 'PayAsYouGo_2014-09-01', { state: 'Disabled' }));
    const outcome = await lookup().get(person, EA_ID);
    expect(outcome).toMatchObject({ kind: 'found', facts: { state: 'Disabled', quotaId: 'PayAsYouGo_2014-09-01' } });
  });

  it('honours a 429 Retry-After that fits in the budget, then succeeds', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, (_request, count) =>
      count === 1
        ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } }
        : { status: 200, body: armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01') },
    );
    const outcome = await lookup().get(person, EA_ID);
    expect(outcome).toMatchObject({ kind: 'found', facts: { displayName: 'Contoso Production' } });
    expect(fake.seen.filter((r) => r.path === `/subscriptions/${EA_ID}`)).toHaveLength(2);
  });

  it('gives up at once on a Retry-After past the budget instead of waiting for it', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => ({
      status: 429,
      headers: { 'retry-after': '60' },
      body: { error: { code: 'TooManyRequests', message: 'slow down' } },
    }));
    await expect(lookup().get(person, EA_ID)).resolves.toEqual({ kind: 'unavailable', reason: 'throttled' });
    expect(fake.seen.filter((r) => r.path === `/subscriptions/${EA_ID}`)).toHaveLength(1);
  });

  it('ends a call that hangs past the budget as a timeout', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => 'hang');
    await expect(lookup({ budgetMs: 700 }).get(person, EA_ID)).resolves.toEqual({ kind: 'unavailable', reason: 'timeout' });
  });

  it('a billing property that hangs costs the budget but not the facts', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => ({ status: 200, body: armSubscription(EA_ID, 'Contoso', 'MSDN_2014-09-01') }));
    fake.routes.set(`/subscriptions/${EA_ID}/providers/Microsoft.Billing/billingProperty/default`, () => 'hang');
    await expect(lookup({ budgetMs: 700 }).get(person, EA_ID)).resolves.toMatchObject({
      kind: 'found',
      facts: { quotaId: 'MSDN_2014-09-01', billing: undefined },
    });
  });

  it('a missing subscription is "not found" even while its billing property hangs', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => ({ status: 404, body: { error: { code: 'SubscriptionNotFound' } } }));
    fake.routes.set(`/subscriptions/${EA_ID}/providers/Microsoft.Billing/billingProperty/default`, () => 'hang');
    await expect(lookup({ budgetMs: 60_000 }).get(person, EA_ID)).resolves.toEqual({ kind: 'notFoundOrForbidden' });
  });

  it('treats malformed JSON as unavailable, not as facts', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => ({ status: 200, raw: '{"subscriptionId": "0b1f6471-' }));
    await expect(lookup().get(person, EA_ID)).resolves.toEqual({ kind: 'unavailable', reason: 'malformed' });
  });

  it('treats a JSON body that is not a subscription as malformed', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => ({ status: 200, body: { hello: 'world' } }));
    await expect(lookup().get(person, EA_ID)).resolves.toEqual({ kind: 'unavailable', reason: 'malformed' });
  });

  it('retries a 503 inside the budget and reports the server as unavailable when it stays down', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, () => ({ status: 503, body: { error: { code: 'ServiceUnavailable', message: 'down' } } }));
    await expect(lookup().get(person, EA_ID)).resolves.toEqual({ kind: 'unavailable', reason: 'server' });
    expect(fake.seen.filter((r) => r.path === `/subscriptions/${EA_ID}`)).toHaveLength(3);
  });

  it('a token ARM refuses (401) is unavailable, not "not found"', async () => {
    serveSubscription(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'));
    await expect(lookup().get({ userKey: 'x', token: 'expired-token' }, EA_ID)).resolves.toEqual({
      kind: 'unavailable',
      reason: 'unauthorized',
    });
  });

  it('reports a network failure as unavailable', async () => {
    const closed = await startFakeAzure();
    const url = closed.url;
    await closed.close();
    await expect(lookup({ armEndpoint: url, retryDelayMs: 10 }).get(person, EA_ID)).resolves.toEqual({
      kind: 'unavailable',
      reason: 'network',
    });
  });

  it('remembers an answer per person and subscription, and asks again for another person', async () => {
    serveSubscription(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'));
    const client = lookup();
    await client.get(person, EA_ID);
    await client.get(person, EA_ID);
    expect(fake.seen.filter((r) => r.path === `/subscriptions/${EA_ID}`)).toHaveLength(1);
    await client.get({ userKey: 'msteams:person-2', token: ARM_TOKEN }, EA_ID);
    expect(fake.seen.filter((r) => r.path === `/subscriptions/${EA_ID}`)).toHaveLength(2);
  });

  it('does not remember a failure, so the next turn tries again', async () => {
    fake.routes.set(`/subscriptions/${EA_ID}`, (_request, count) =>
      count === 1 ? { status: 200, raw: 'not json' } : { status: 200, body: armSubscription(EA_ID, 'Contoso', 'PayAsYouGo_2014-09-01') },
    );
    const client = lookup();
    await expect(client.get(person, EA_ID)).resolves.toMatchObject({ kind: 'unavailable' });
    await expect(client.get(person, EA_ID)).resolves.toMatchObject({ kind: 'found' });
  });

  it('logs the subscription id only shortened, and never the token', async () => {
    serveSubscription(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'));
    await lookup().get(person, EA_ID);
    const log = logLines.join('');
    expect(log).toContain('0b1f6471…');
    expect(log).not.toContain(EA_ID);
    expect(log).not.toContain(ARM_TOKEN);
  });

  describe('on-behalf-of token mode', () => {
    const obo = (authorityHost: string) => ({
      tokenMode: 'onBehalfOf' as const,
      onBehalfOf: { tenantId: 'test-tenant', clientId: 'bot-app-id', clientSecret: 'bot-app-secret', authorityHost },
    });

    it('exchanges the sign-in token for an ARM token and calls ARM with it', async () => {
      serveSubscription(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'MSDNDevTest_2014-09-01'));
      const outcome = await lookup(obo(fake.url)).get({ userKey: 'webchat:p', token: SSO_TOKEN }, EA_ID);
      expect(outcome).toMatchObject({ kind: 'found', facts: { quotaId: 'MSDNDevTest_2014-09-01' } });
      // One exchange for the turn, though two ARM calls use it.
      expect(fake.seen.filter((r) => r.path === '/test-tenant/oauth2/v2.0/token')).toHaveLength(1);
      expect(fake.seen.find((r) => r.path === `/subscriptions/${EA_ID}`)?.bearer).toBe(ARM_TOKEN);
      expect(logLines.join('')).not.toContain('bot-app-secret');
    });

    it('a sign-in token Entra ID refuses to exchange gives "could not verify"', async () => {
      serveSubscription(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'MSDNDevTest_2014-09-01'));
      await expect(lookup(obo(fake.url)).get({ userKey: 'webchat:q', token: 'forged' }, EA_ID)).resolves.toEqual({
        kind: 'unavailable',
        reason: 'unauthorized',
      });
      expect(fake.seen.some((r) => r.path === `/subscriptions/${EA_ID}`)).toBe(false);
    });
  });
});
