/** The support ticket through the real Azure SDK pipeline against a local HTTPS server answering like ARM. */
import type { TokenCredential } from '@azure/core-auth';
import { startBudget } from '../../src/azure/budget';
import { createSupportTicket, type TicketRequest } from '../../src/azure/supportTicket';
import type { AzureSettings } from '../../src/azure/settings';
import { ARM_TOKEN, SUPPORT_SERVICE as SERVICE, serveSupportCatalog, settingsFor, useFakeAzure } from './fakeAzure';

const SUB = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';

const fake = useFakeAzure();
beforeEach(() => {
  serveSupportCatalog(fake, SUB);
});

const credential: TokenCredential = { getToken: () => Promise.resolve({ token: ARM_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }) };
const settings = (): AzureSettings => settingsFor(fake, { maxRetries: 0, cacheTtlMs: 0, cacheMax: 1 });
const request: TicketRequest = {
  subscriptionId: SUB,
  caseNumber: 'SMTP-7K3QX',
  title: 'Cannot send mail on port 25 (case SMTP-7K3QX)',
  description: 'Outbound port 25 times out from our VM.',
  severity: 'moderate',
  contact: {
    firstName: 'Taro',
    lastName: 'Yamada',
    email: 'taro@contoso.com',
    country: 'JPN',
    timeZone: 'Tokyo Standard Time',
    language: 'ja-JP',
  },
  diagnosticsConsent: true,
};
const ticketPath = `/subscriptions/${SUB}/providers/Microsoft.Support/supportTickets/port25-smtp-7k3qx`;

describe('an Azure support ticket as the signed-in person', () => {
  it('finds the service and problem by display name, checks the name, and creates the ticket with what the person chose', async () => {
    let sent: unknown;
    fake.routes.set(ticketPath, (req) => {
      sent = req.headers['content-type'];
      return { status: 201, body: { name: 'port25-smtp-7k3qx', properties: { supportTicketId: '2611290010000123' } } };
    });
    const outcome = await createSupportTicket(credential, settings(), startBudget(4000), request);
    expect(outcome).toEqual({ kind: 'created', ticketName: 'port25-smtp-7k3qx', supportTicketId: '2611290010000123' });
    expect(sent).toBe('application/json');
    expect(fake.seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'GET /providers/Microsoft.Support/services',
      `GET ${SERVICE}/problemClassifications`,
      `POST /subscriptions/${SUB}/providers/Microsoft.Support/checkNameAvailability`,
      `PUT ${ticketPath}`,
    ]);
    expect(fake.seen.every((s) => s.query === '?api-version=2024-04-01' && s.bearer === ARM_TOKEN)).toBe(true);
  });

  it('does not open a second ticket when the case already has one', async () => {
    fake.routes.set(`/subscriptions/${SUB}/providers/Microsoft.Support/checkNameAvailability`, () => ({
      status: 200,
      body: { nameAvailable: false, reason: 'AlreadyExists' },
    }));
    expect(await createSupportTicket(credential, settings(), startBudget(4000), request)).toEqual({
      kind: 'exists',
      ticketName: 'port25-smtp-7k3qx',
    });
    expect(fake.seen.some((s) => s.method === 'PUT')).toBe(false);
  });

  it("reports a refusal (403: no support plan or role) with Azure's code", async () => {
    fake.routes.set(ticketPath, () => ({ status: 403, body: { error: { code: 'AuthorizationFailed', message: 'no plan' } } }));
    expect(await createSupportTicket(credential, settings(), startBudget(4000), request)).toEqual({
      kind: 'refused',
      code: 'AuthorizationFailed',
    });
  });

  it('reports a classification that Azure no longer lists, and creates nothing', async () => {
    fake.routes.set(`${SERVICE}/problemClassifications`, () => ({
      status: 200,
      body: { value: [{ id: 'x', properties: { displayName: 'Connectivity / Cannot connect to VM' } }] },
    }));
    expect(await createSupportTicket(credential, settings(), startBudget(4000), request)).toEqual({ kind: 'classificationNotFound' });
    expect(fake.seen.some((s) => s.method === 'PUT')).toBe(false);
  });
});
