/**
 * No message, up to the body limit, holds the event loop: each is answered within a fixed bound and
 * /healthz answers while it is read. Driven over HTTP, so it holds whatever reads the text inside.
 * The bounds are generous (they prove "answered at all", not speed; npm run bench measures speed).
 */
import fc from 'fast-check';
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

/** The JSON body stays under the server's 256 KB limit. */
const BODY_BUDGET = 240 * 1024;
const ANSWER_WITHIN_MS = 10_000;
const HEALTH_WITHIN_MS = 3_000;

let conversations = 0;

/** Posts the text and, while it is being answered, asks /healthz. Both must answer within their bounds. */
async function sendAndProbe(text: string): Promise<void> {
  conversations += 1;
  const message = fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text,
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/never-called',
      conversation: { id: `slow-${String(conversations)}` },
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    }),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const health = new Promise((resolve) => setTimeout(resolve, 20)).then(() =>
    fetch(`${base}/healthz`, { signal: AbortSignal.timeout(HEALTH_WITHIN_MS) }),
  );
  // Both settle either way, so a hang shows as a failed expectation rather than an unhandled abort.
  const [healthAnswer, messageAnswer] = await Promise.allSettled([health, message]);
  expect(healthAnswer.status === 'fulfilled' ? healthAnswer.value.status : String(healthAnswer.reason)).toBe(200);
  expect(messageAnswer.status === 'fulfilled' ? messageAnswer.value.status : String(messageAnswer.reason)).toBe(200);
}

/** A short unit repeated to fill the body, then one other character: the shape that makes patterns retry. */
const longRepeats = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('!', 'a', '1', '-', ' ', '{', '」', '?', 'x', 'あ', '/', '.'), minLength: 1, maxLength: 4 }),
    fc.constantFrom('x', '!', '-', ''),
  )
  .map(([unit, tail]) => {
    const bytes = Buffer.byteLength(JSON.stringify(unit)) - 2;
    return unit.repeat(Math.floor(BODY_BUDGET / bytes / 1.1)) + tail;
  });

describe('text up to the body limit', () => {
  it('250,000 "!" then an "x" is answered, and /healthz answers meanwhile', async () => {
    await sendAndProbe(`${'!'.repeat(250_000)}x`);
  }, 30_000);

  it('any long repetition is answered within the bound, and /healthz meanwhile', async () => {
    await fc.assert(fc.asyncProperty(longRepeats, sendAndProbe), { numRuns: 12 });
  }, 180_000);
});
