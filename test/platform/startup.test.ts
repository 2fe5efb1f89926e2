/**
 * The built bot starts, serves the portal and a turn, and stops without a single warning on stderr:
 * a deprecated Node API in a dependency (restify 11's spdy called process.binding) shows up here first.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ENTRY = path.resolve(__dirname, '../../dist/src/index.js');

it('starts, serves a turn and stops with nothing on stderr', async () => {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run "npm run build" first (npm test does).`);
  const child = spawn(process.execPath, [ENTRY], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  while (!stdout.includes('"stateStore"') && child.exitCode === null) await Promise.race([once(child.stdout, 'data'), exited]);
  const url = /"url":"(http:\/\/[^"]+)"/.exec(stdout)?.[1];
  expect(url).toBeDefined();

  expect((await fetch(`${url!}/`)).status).toBe(200);
  const turn = await fetch(`${url!}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text: 'hello',
      deliveryMode: 'expectReplies',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/never-called',
      conversation: { id: 'startup-1' },
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
    }),
  });
  expect(turn.status).toBe(200);

  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  expect(code).toBe(0);
  expect(stderr).toBe('');
});
