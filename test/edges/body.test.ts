/**
 * Bodies before authentication: only plain JSON is read, counted as it arrives, never written to disk.
 * The attacks (a multipart upload, a gzip bomb, a cross-site form post) are sent small: what matters is
 * that they are refused before anything is stored or inflated.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';
import { DIRECT_LINE_PATH } from '../../src/directline/localDirectLine';

let server: Server;
let base: string;
let uploads: string;
const savedTmp = process.env.TMPDIR;

beforeAll(async () => {
  // A temp folder of its own, so a file an upload leaves behind is seen.
  uploads = mkdtempSync(join(tmpdir(), 'body-test-'));
  process.env.TMPDIR = uploads;
  ({ server } = await start(loadConfig({ PORT: '0' }), createLogger('silent')));
  base = server.url.replace('[::]', '127.0.0.1');
});
afterAll(() => {
  process.env.TMPDIR = savedTmp;
  server.close();
});

const activity = {
  type: 'message',
  text: 'hello',
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:9/never-called',
  conversation: { id: 'body-1' },
  from: { id: 'user-1' },
  recipient: { id: 'bot' },
  deliveryMode: 'expectReplies',
};

function multipart(bytes: number): { body: Buffer; type: string } {
  const boundary = 'x-boundary-7f3a';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.alloc(bytes, 0x61),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

describe.each(['/api/messages', `${DIRECT_LINE_PATH}/conversations`])('POST %s', (path) => {
  it('refuses a multipart upload (415) and leaves no file in the temp folder', async () => {
    const { body, type } = multipart(300 * 1024);
    const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(415);
    expect(readdirSync(uploads)).toEqual([]);
  });

  it('refuses a gzip body (415) without inflating it', async () => {
    // 8 MB of JSON whitespace, about 8 KB compressed: over the limit only once inflated.
    const bomb = gzipSync(
      Buffer.concat([Buffer.from('{"type":"message","pad":"'), Buffer.alloc(8 * 1024 * 1024, 0x20), Buffer.from('"}')]),
    );
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bomb,
    });
    expect(response.status).toBe(415);
  });
});

describe('POST /api/directline/token, which takes no body', () => {
  it('reads none: an upload or a gzip bomb is answered as a request without one, nothing is stored, the connection closes', async () => {
    const { body, type } = multipart(300 * 1024);
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    for (const [headers, sent] of [
      [{ 'content-type': type }, body],
      [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, bomb],
    ] as const) {
      const response = await fetch(`${base}/api/directline/token`, { method: 'POST', headers, body: sent });
      // No DIRECT_LINE_SECRET here: the answer a request without a body gets.
      expect(response.status).toBe(503);
      expect(response.headers.get('connection')).toBe('close');
    }
    expect(readdirSync(uploads)).toEqual([]);
  });
});

describe('POST /api/messages', () => {
  it('refuses what a cross-site form can send (form, text/plain) with 415, so no turn runs', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify(activity),
      });
      expect(response.status).toBe(415);
    }
  });

  it('refuses a chunked body over the limit (413) counting the bytes as they come', async () => {
    const big = JSON.stringify({ ...activity, text: 'x'.repeat(300 * 1024) });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < big.length; i += 16 * 1024) controller.enqueue(Buffer.from(big.slice(i, i + 16 * 1024)));
        controller.close();
      },
    });
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
  });

  it('still takes plain JSON, with or without a UTF-8 charset', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify(activity),
      });
      expect(response.status).toBe(200);
    }
  });
});

describe('local mode and the serviceUrl', () => {
  it.each(['http://169.254.169.254/metadata/', 'https://attacker.example/', 'http://10.0.0.4/', 'not a url'])(
    'refuses %s with 400: the bot calls no address off this machine',
    async (serviceUrl) => {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl, conversation: { id: `ssrf-${serviceUrl}` } }),
      });
      expect(response.status).toBe(400);
    },
  );

  it('takes a serviceUrl on this machine', async () => {
    for (const serviceUrl of ['http://127.0.0.1:9/never-called', 'http://localhost:9/', 'http://[::1]:9/']) {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl, conversation: { id: `loopback-${serviceUrl}` } }),
      });
      expect(response.status).toBe(200);
    }
  });
});
