/**
 * Web Chat is served as the build made it: a content-hashed name the page references, cached for a
 * year, in the encoding the browser asks for (brotli, gzip, or none), each decoding to the same bundle.
 */
import { createHash } from 'node:crypto';
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';

let server: Server;
let base: string;

beforeAll(async () => {
  ({ server } = await start(loadConfig({ PORT: '0' }), createLogger('silent')));
  base = server.url.replace('[::]', '127.0.0.1');
});
afterAll(() => {
  server.close();
});

/** Raw bytes and headers: fetch would undo the encoding this test is about. */
function raw(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => {
        chunks.push(c);
      });
      res.on('end', () => {
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

async function webChatUrl(): Promise<string> {
  const page = await (await fetch(`${base}/`)).text();
  const src = /<script src="(\/vendor\/webchat\.([0-9a-f]{16})\.js)" defer><\/script>/.exec(page);
  expect(src).not.toBeNull();
  return src![1];
}

it('the page references Web Chat by a name that carries its content hash', async () => {
  const url = await webChatUrl();
  const { body } = await raw(`${base}${url}`, {});
  expect(url).toBe(`/vendor/webchat.${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`);
  expect(body.toString('utf8', 0, 2000)).toMatch(/WebChat|webchat/i);
});

it('serves brotli, gzip or plain as Accept-Encoding asks, immutable for a year, all the same bundle', async () => {
  const url = `${base}${await webChatUrl()}`;
  const plain = await raw(url, { 'accept-encoding': 'identity' });
  const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
  const gzip = await raw(url, { 'accept-encoding': 'gzip, br;q=0' });
  for (const response of [plain, br, gzip]) {
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toBe('accept-encoding');
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
  }
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(br.headers['content-encoding']).toBe('br');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  expect(br.body.length).toBeLessThan(gzip.body.length);
});

it('an old or unknown bundle name is a 404, not another bundle', async () => {
  expect((await raw(`${base}/vendor/webchat.0000000000000000.js`, {})).status).toBe(404);
  expect((await raw(`${base}/portal/webchat.js`, {})).status).toBe(404);
});
