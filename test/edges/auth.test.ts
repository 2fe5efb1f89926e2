/**
 * With an app id, every request must carry a valid Bot Framework channel token. Real JWTs, signed by a key
 * the test makes and publishes (OpenID metadata + JWKS) on a local HTTPS server the bot trusts.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import selfsigned from 'selfsigned';
import { startBotProcess, type BotProcess } from '../support/botProcess';

const APP_ID = '6f1c2a4e-0000-4000-8000-00000000b07a';
const SECRET = 'test-secret-do-not-log-8c1f';
/** Every other secret setting, configured too, so the log check covers a run with all of them. */
const OTHER_SECRETS = {
  AZURE_OBO_CLIENT_SECRET: 'obo-secret-do-not-log-51aa',
  DIRECT_LINE_SECRET: 'dl-secret-do-not-log-77c2',
  METRICS_TOKEN: 'metrics-token-do-not-log-3e9d',
};
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.example.test/apac/';
const KID = 'test-key-1';

const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 });

let metadata: Server;
let bot: BotProcess;

const now = () => Math.floor(Date.now() / 1000);

/** A channel token as the Bot Connector sends it; claims override the good defaults. */
function token(claims: Record<string, unknown> = {}, key: KeyObject = signing.privateKey): string {
  const payload = { iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, iat: now(), nbf: now() - 5, exp: now() + 600, ...claims };
  return jwt.sign(payload, key, { algorithm: 'RS256', keyid: KID });
}

beforeAll(async () => {
  const tls = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'auth-test-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, tls.cert);

  metadata = createServer({ key: tls.private, cert: tls.cert }, (req, res) => {
    const base = `https://127.0.0.1:${(metadata.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/keys') {
      res.end(JSON.stringify({ keys: [{ ...signing.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  metadata.listen(0, '127.0.0.1');
  await once(metadata, 'listening');
  const metadataUrl = `https://127.0.0.1:${(metadata.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;

  bot = await startBotProcess(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: SECRET,
      MicrosoftAppType: 'MultiTenant',
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      OAUTH_CONNECTION_NAME: 'azure',
      AZURE_TOKEN_MODE: 'onBehalfOf',
      AZURE_OBO_TENANT_ID: '11111111-1111-4111-8111-111111111111',
      AZURE_OBO_CLIENT_ID: APP_ID,
      ...OTHER_SECRETS,
      NODE_EXTRA_CA_CERTS: caFile,
    },
    dir,
  );
});

afterAll(async () => {
  bot.child.kill();
  await bot.exited;
  metadata.close();
});

async function post(conversation: string, text: string, authorization?: string, serviceUrl = SERVICE_URL) {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({
      type: 'message',
      text,
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: conversation },
      from: { id: 'user-1' },
      recipient: { id: `28:${APP_ID}` },
    }),
  });
  const body = response.status === 200 ? ((await response.json()) as { activities: { text?: string }[] }) : undefined;
  return { status: response.status, text: body?.activities.map((a) => a.text ?? '').join('\n') ?? '' };
}

describe('token validation', () => {
  it('accepts a correctly signed token for this app id and serviceUrl', async () => {
    const reply = await post('auth-ok', 'hi', `Bearer ${token()}`);
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('What sends the mail?');
  });

  it.each([
    ['no token', () => undefined],
    ['a token signed by another key', () => `Bearer ${token({}, impostor.privateKey)}`],
    ['a token for another app id', () => `Bearer ${token({ aud: 'someone-else' })}`],
    ['a token from another issuer', () => `Bearer ${token({ iss: 'https://evil.example' })}`],
    ['an expired token', () => `Bearer ${token({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })}`],
    ['a token for another serviceUrl', () => `Bearer ${token({ serviceurl: 'https://attacker.example/' })}`],
    ['a token that is not a JWT', () => 'Bearer not-a-jwt'],
  ])('answers %s with 401 and runs no dialog', async (name, authorization) => {
    const conversation = `auth-${name.replace(/\W+/g, '-')}`;
    expect((await post(conversation, 'vm', authorization())).status).toBe(401);
    // Had the refused turn run, this conversation would be past its first question.
    const after = await post(conversation, 'hi', `Bearer ${token()}`);
    expect(after.text).toContain('What sends the mail?');
    expect(after.text).toContain('Hello!');
  });

  it('logs a flood of refused tokens as sampled JSON lines, with no stack trace', async () => {
    for (let i = 0; i < 40; i++) expect((await post(`auth-flood-${String(i)}`, 'hi', 'Bearer not-a-jwt')).status).toBe(401);
    const logs = bot.output();
    expect(logs).not.toMatch(/^\s+at /m);
    const refusals = logs.split('\n').filter((l) => l.includes('"refused":"unauthorized"'));
    expect(refusals.length).toBeGreaterThanOrEqual(1);
    expect(refusals.length).toBeLessThanOrEqual(3);
    for (const line of refusals) expect(JSON.parse(line)).toMatchObject({ level: 40, msg: 'request refused' });
  });

  it('never writes a secret or a token to its logs', async () => {
    const t = token();
    await post('auth-logs', 'hi', `Bearer ${t}`);
    await post('auth-logs-bad', 'hi', `Bearer ${token({ aud: 'x' })}`);
    const logs = bot.output();
    expect(logs).toContain('listening');
    for (const secret of [SECRET, ...Object.values(OTHER_SECRETS)]) expect(logs).not.toContain(secret);
    expect(logs).not.toContain(t.split('.')[2]);
    expect(logs).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});

/**
 * Sends the headers of a request announcing a 200 KB body and only its first bytes, and resolves with the
 * answer: a server that waited for the rest would never answer (the rest never comes).
 */
function withUnsentBody(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    const req = request(`${bot.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024), ...headers },
    });
    req.on('response', (res) => {
      resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
      res.resume();
      req.destroy();
    });
    req.on('error', reject);
    req.write('{"type":"message","items":[');
  });
}

describe('bodies and authentication', () => {
  it.each([
    ['no token', undefined],
    ['a token signed by another key', () => `Bearer ${token({}, impostor.privateKey)}`],
    ['a token for another app id', () => `Bearer ${token({ aud: 'someone-else' })}`],
  ])('refuses a message with %s before reading its body, and closes the connection', async (_name, authorization) => {
    const answer = await withUnsentBody('POST', '/api/messages', authorization ? { authorization: authorization() } : {});
    expect(answer).toEqual({ status: 401, connection: 'close' });
  });

  it('reads no body on a route that takes none: /healthz answers at once', async () => {
    const answer = await withUnsentBody('GET', '/healthz');
    expect(answer).toEqual({ status: 200, connection: 'close' });
  });
});

describe('GET /metrics with authentication on', () => {
  it("answers only with the METRICS_TOKEN: the process's figures are not public", async () => {
    expect((await fetch(`${bot.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${bot.url}/metrics`, { headers: { authorization: 'Bearer guessed' } })).status).toBe(401);
    const allowed = await fetch(`${bot.url}/metrics`, { headers: { authorization: `Bearer ${OTHER_SECRETS.METRICS_TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('process_resident_memory_bytes');
  });
});
