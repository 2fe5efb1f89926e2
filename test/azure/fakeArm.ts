/**
 * A local HTTPS server that answers like ARM (subscriptions, billing property) and like the
 * Entra ID token endpoint, with a self-signed certificate made here, so the real Azure SDK
 * clients (which refuse bearer tokens over plain HTTP) can be pointed at it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import type { AzureSettings } from '../../src/azure/settings';

export interface Answer {
  status: number;
  body?: unknown;
  /** Sent as is (malformed JSON, for example). */
  raw?: string;
  headers?: Record<string, string>;
}

/** An answer, or 'hang' for a server that never answers; body is the request's, as text. */
export type Route = (request: IncomingMessage, count: number, body: string) => Answer | 'hang';

export interface FakeAzure {
  url: string;
  ca: string;
  /** Path → how to answer; the count is how many times this path was asked, from 1. */
  routes: Map<string, Route>;
  /** Every request seen: method, path without query, bearer token. */
  seen: { method: string; path: string; bearer: string | undefined; query: string }[];
  /** Forgets the ARM routes, the requests seen and the counts, between tests. */
  reset(): void;
  close(): Promise<void>;
}

export const ARM_TOKEN = 'arm-token-of-the-person';
export const SSO_TOKEN = 'sign-in-token-of-the-person';

export function armSubscription(
  subscriptionId: string,
  displayName: string,
  quotaId: string | undefined,
  options: { state?: string; spendingLimit?: string } = {},
): object {
  return {
    id: `/subscriptions/${subscriptionId}`,
    subscriptionId,
    displayName,
    state: options.state ?? 'Enabled',
    tenantId: '11111111-2222-3333-4444-555555555555',
    authorizationSource: 'RoleBased',
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId, spendingLimit: options.spendingLimit ?? 'Off' },
  };
}

export function billingProperty(properties: Record<string, string>): object {
  return { id: 'billingProperty/default', name: 'default', type: 'Microsoft.Billing/billingProperty', properties };
}

/** Paths that answer only to the person's ARM token, and that tests set per test. */
const isArm = (path: string) => path.startsWith('/subscriptions') || path.startsWith('/providers/Microsoft.ResourceGraph');

let certificate: Promise<{ cert: string; key: string }> | undefined;

/** One RSA key per test file is enough, and key generation is the slow part. */
function selfSigned(): Promise<{ cert: string; key: string }> {
  certificate ??= generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  }).then((pems) => ({ cert: pems.cert, key: pems.private }));
  return certificate;
}

function send(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
  response.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
}

export async function startFakeAzure(): Promise<FakeAzure> {
  const { cert, key } = await selfSigned();
  const routes = new Map<string, Route>();
  const counts = new Map<string, number>();
  const seen: FakeAzure['seen'] = [];
  let url = '';

  // Entra ID: discovery for the tenant, and the token endpoint exchanging the sign-in token (on-behalf-of).
  routes.set('/test-tenant/v2.0/.well-known/openid-configuration', () => ({
    status: 200,
    body: {
      issuer: `${url}/test-tenant/v2.0`,
      authorization_endpoint: `${url}/test-tenant/oauth2/v2.0/authorize`,
      token_endpoint: `${url}/test-tenant/oauth2/v2.0/token`,
      end_session_endpoint: `${url}/test-tenant/oauth2/v2.0/logout`,
      jwks_uri: `${url}/test-tenant/discovery/v2.0/keys`,
      response_types_supported: ['code', 'id_token', 'token'],
    },
  }));

  const server: Server = createServer({ cert, key }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const parsed = new URL(request.url ?? '/', url);
      const path = parsed.pathname;
      const authorization = request.headers.authorization;
      seen.push({ method: request.method ?? '', path, bearer: authorization?.replace(/^Bearer /, ''), query: parsed.search });
      const count = (counts.get(path) ?? 0) + 1;
      counts.set(path, count);
      if (path === '/test-tenant/oauth2/v2.0/token') {
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        const exchanged = form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' && form.get('assertion') === SSO_TOKEN;
        send(
          response,
          exchanged
            ? {
                status: 200,
                body: { token_type: 'Bearer', access_token: ARM_TOKEN, expires_in: 3600, ext_expires_in: 3600, scope: form.get('scope') },
              }
            : { status: 400, body: { error: 'invalid_grant', error_description: 'AADSTS50013: Assertion failed signature validation.' } },
        );
        return;
      }
      const route = routes.get(path);
      if (!route) {
        send(response, { status: 404, body: { error: { code: 'NotFound', message: `no route ${path}` } } });
        return;
      }
      // ARM needs the person's ARM token.
      if (isArm(path) && authorization !== `Bearer ${ARM_TOKEN}`) {
        send(response, { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'bad token' } } });
        return;
      }
      const answer = route(request, count, Buffer.concat(chunks).toString());
      if (answer !== 'hang') send(response, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    ca: cert,
    routes,
    seen,
    reset() {
      for (const path of routes.keys()) if (isArm(path)) routes.delete(path);
      seen.length = 0;
      counts.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/** Settings that point the real Azure clients at this fake; a test overrides what it is about. */
export function settingsFor(fake: FakeAzure, overrides: Partial<AzureSettings> = {}): AzureSettings {
  return {
    armEndpoint: fake.url,
    tokenMode: 'arm',
    budgetMs: 4000,
    maxRetries: 1,
    retryDelayMs: 20,
    cacheTtlMs: 60_000,
    cacheMax: 10,
    tlsOptions: { ca: fake.ca },
    ...overrides,
  };
}

export const SUPPORT_SERVICE = '/providers/Microsoft.Support/services/6d3f465e-8c8e-4c6a-b2a5-7a2a3f0e9f00';
export const SUPPORT_PROBLEM = `${SUPPORT_SERVICE}/problemClassifications/2a1b3c4d-0000-4e5f-9a8b-123456789abc`;

/** Microsoft.Support as the ticket path reads it: services and classifications (with others beside them), a free name. */
export function serveSupportCatalog(fake: FakeAzure, subscriptionId: string): void {
  fake.routes.set('/providers/Microsoft.Support/services', () => ({
    status: 200,
    body: {
      value: [
        { id: '/providers/Microsoft.Support/services/other', properties: { displayName: 'Virtual Machine running Windows' } },
        { id: SUPPORT_SERVICE, properties: { displayName: 'Virtual Network' } },
      ],
    },
  }));
  fake.routes.set(`${SUPPORT_SERVICE}/problemClassifications`, () => ({
    status: 200,
    body: {
      value: [
        { id: `${SUPPORT_SERVICE}/problemClassifications/x`, properties: { displayName: 'Connectivity / Cannot connect to VM' } },
        { id: SUPPORT_PROBLEM, properties: { displayName: 'Connectivity / Cannot send email (SMTP-Port 25)' } },
      ],
    },
  }));
  fake.routes.set(`/subscriptions/${subscriptionId}/providers/Microsoft.Support/checkNameAvailability`, () => ({
    status: 200,
    body: { nameAvailable: true },
  }));
}
